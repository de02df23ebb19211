package org.sipar.advisory.internal.subscription;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sipar.advisory.internal.Audience;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.InputRejected;

/**
 * The subscribe form as sent: an address (ignored for a member, whose account's address is used: a member's
 * subscription reads as them, so its mail may go nowhere else), audiences, a language and, for members, how often.
 */
public record SubscriptionRequest(String email, List<String> audiences, String lang, String delivery) {

    public SubscriptionRequest {
        email = email == null ? "" : email.strip();
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        lang = lang == null || lang.isBlank() ? "en" : lang.strip();
        delivery = delivery == null ? "" : delivery.strip();
    }

    /** An empty form in {@code lang}, for the public audience. */
    public static SubscriptionRequest blank(String lang) {
        return new SubscriptionRequest("", List.of(Audience.PUBLIC.name()), lang, Delivery.IMMEDIATE.name());
    }

    /** Whether the form had {@code audience} chosen, to show it back. */
    public boolean chose(Audience audience) {
        return audiences.contains(audience.name());
    }

    /** The pending subscription this asks for, checked field by field; for {@code member} (or the public when null). */
    Subscription pending(CurrentUser member) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        String address = member != null ? member.email() : email;
        if (member == null && !isAddress(address)) {
            problems.add(new InputRejected.Problem("email", address, "not one e-mail address such as analyst@example.org"));
        }
        Set<Audience> chosen = audiences(problems);
        if (!lang.equals("en") && !lang.equals("ur")) {
            problems.add(new InputRejected.Problem("lang", lang, "must be en or ur"));
        }
        Delivery how = Delivery.IMMEDIATE;
        try {
            how = member == null ? Delivery.IMMEDIATE : Delivery.parse(delivery);
        } catch (InputRejected e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return new Subscription(UUID.randomUUID(), address, member == null ? null : member.personId(), chosen, lang, how,
                "PENDING", null, null);
    }

    private Set<Audience> audiences(List<InputRejected.Problem> problems) {
        try {
            Set<Audience> chosen = audiences.stream().map(Audience::parse).collect(Collectors.toSet());
            if (chosen.isEmpty()) {
                problems.add(new InputRejected.Problem("audiences", "", "choose at least one audience"));
            }
            return chosen;
        } catch (InputRejected e) {
            problems.addAll(e.problems());
            return Set.of();
        }
    }

    private static boolean isAddress(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            return address.length() <= 254 && parsed.getPersonal() == null && parsed.getAddress().equals(address)
                    && address.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }
}
