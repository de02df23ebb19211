package org.sipar.stream.internal.federation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sipar.platform.InputRejected;
import org.sipar.platform.OutboundAddresses;
import org.sipar.sharing.Tlp;
import org.springframework.boot.convert.DurationStyle;

/** Checks a link's form: each bad field named with its value; the URL against SSRF. */
final class LinkValidation {

    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

    private LinkValidation() {
    }

    /**
     * The link the form describes, with {@code sealedSecret} as its secret. {@code secretGiven} says whether the
     * form carries a new one (a new link with credentials must).
     */
    static Link link(UUID id, UUID createdBy, LinkForm f, String sealedSecret, boolean secretGiven,
                     OutboundAddresses.Allowance allowance, Link.State state) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        String name = f.name() == null ? "" : f.name().strip();
        check(problems, !name.isEmpty() && name.length() <= 200, "name", f.name(), "must be 1 to 200 characters");
        String root = apiRoot(problems, f.apiRoot(), allowance);
        String collection = f.collection() == null ? "" : f.collection().strip();
        check(problems, COLLECTION.matcher(collection).matches(), "collection", f.collection(),
                "must be a collection id (letters, digits, . _ ~ -)");
        Link.Auth auth = parse(problems, Link.Auth.class, "auth", f.auth());
        if (auth == Link.Auth.BASIC) {
            check(problems, f.user() != null && !f.user().isBlank() && !f.user().contains(":"), "user", f.user(),
                    "must be given, without a colon, for HTTP Basic");
        }
        check(problems, auth == null || auth == Link.Auth.NONE || secretGiven || sealedSecret != null, "secret", "",
                "must be given for this kind of authentication");
        Link.Direction direction = parse(problems, Link.Direction.class, "direction", f.direction());
        int every = seconds(problems, f.every());
        Tlp unmarked = tlp(problems, "unmarkedTlp", f.unmarkedTlp());
        Tlp pushMax = tlp(problems, "pushMaxTlp", f.pushMaxTlp());
        check(problems, pushMax != Tlp.RED, "pushMaxTlp", f.pushMaxTlp(),
                "may not be RED: TLP:RED is for named people, never for another server");
        check(problems, f.organisation() != null, "organisation", null, "must be chosen");
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return new Link(id, name, f.organisation(), createdBy, root, collection, auth,
                auth == Link.Auth.BASIC ? f.user().strip() : null, auth == Link.Auth.NONE ? null : sealedSecret,
                direction, every, unmarked, new HashSet<>(f.recipientOrgs()), new HashSet<>(f.recipientGroups()),
                pushMax, state);
    }

    private static String apiRoot(List<InputRejected.Problem> problems, String url, OutboundAddresses.Allowance allowance) {
        try {
            String checked = OutboundAddresses.checked("apiRoot", url, allowance).toString();
            if (checked.contains("?") || checked.contains("#")) {
                throw new InputRejected("apiRoot", url, "must be an API root, without a query or fragment");
            }
            return checked.endsWith("/") ? checked : checked + "/";
        } catch (InputRejected e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static int seconds(List<InputRejected.Problem> problems, String every) {
        try {
            long s = DurationStyle.detectAndParse(every == null ? "" : every.strip(), java.time.temporal.ChronoUnit.MINUTES)
                    .toSeconds();
            check(problems, s >= 10 && s <= Duration.ofDays(7).toSeconds(), "every", every,
                    "must be from 10s to 7d");
            return (int) s;
        } catch (IllegalArgumentException e) {
            problems.add(new InputRejected.Problem("every", every, "must be a duration such as 5m, 30s or 1h"));
            return 0;
        }
    }

    static String every(int seconds) {
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static Tlp tlp(List<InputRejected.Problem> problems, String field, String text) {
        try {
            return Tlp.valueOf((text == null ? "" : text.strip().toUpperCase(Locale.ROOT)).replace("TLP:", "").replace('+', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new InputRejected.Problem(field, text, "must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(List<InputRejected.Problem> problems, Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new InputRejected.Problem(field, text, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static void check(List<InputRejected.Problem> problems, boolean ok, String field, String value, String reason) {
        if (!ok) {
            problems.add(new InputRejected.Problem(field, value, reason));
        }
    }
}
