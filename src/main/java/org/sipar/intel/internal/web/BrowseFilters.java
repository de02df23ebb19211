package org.sipar.intel.internal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sipar.identity.CurrentUser;
import org.sipar.intel.ObjectQuery;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotPermitted;
import org.sipar.platform.ParameterValues;
import org.sipar.sharing.Tlp;

/**
 * The browse filters as the REST API and the pages take them, by the same parameter names: {@code label},
 * {@code tlp} and {@code publisher} (repeated or comma-separated values are ORed; blank values are ignored),
 * and {@code added_after}, {@code added_before}, {@code modified_after}, {@code modified_before}, each an RFC 3339
 * timestamp or a date ({@code YYYY-MM-DD}, standing for its first instant in UTC). {@code *_after} includes its
 * instant, {@code *_before} excludes it. Every bad value is named in one {@link InputRejected}.
 *
 * <p>Who published what is not shown to readers, so the publisher filter is held to what TAXII's submissions
 * collections allow: a member may filter by their own organisation, a hub administrator by any.
 */
public record BrowseFilters(List<String> label, List<String> tlp, List<String> publisher, String addedAfter,
                     String addedBefore, String modifiedAfter, String modifiedBefore) {

    static final BrowseFilters NONE = new BrowseFilters(null, null, null, null, null, null, null);

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public BrowseFilters {
        label = ParameterValues.list(label);
        tlp = ParameterValues.list(tlp);
        publisher = ParameterValues.list(publisher);
        addedAfter = blankToNull(addedAfter);
        addedBefore = blankToNull(addedBefore);
        modifiedAfter = blankToNull(modifiedAfter);
        modifiedBefore = blankToNull(modifiedBefore);
    }

    /** The facets these parameters ask for, once checked; {@code user} is who asks, if anyone is signed in. */
    ObjectQuery.Facets facets(Optional<CurrentUser> user) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        Set<Tlp> levels = new LinkedHashSet<>();
        for (String t : tlp) {
            try {
                // A '+' in a query string arrives as a space unless it was percent-encoded: AMBER STRICT is AMBER+STRICT.
                levels.add(Tlp.parse(t.replace(' ', '+')));
            } catch (IllegalArgumentException e) {
                problems.add(new InputRejected.Problem("tlp", t, "must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED"));
            }
        }
        List<UUID> publishers = new ArrayList<>();
        for (String p : publisher) {
            if (UUID_TEXT.matcher(p).matches()) {
                publishers.add(UUID.fromString(p));
            } else {
                problems.add(new InputRejected.Problem("publisher", p, "must be an organisation's identifier (a UUID)"));
            }
        }
        ObjectQuery.Window added = window("added", addedAfter, addedBefore, problems);
        ObjectQuery.Window modified = window("modified", modifiedAfter, modifiedBefore, problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        mayFilterByPublisher(user, publishers);
        return new ObjectQuery.Facets(label, levels, publishers, added, modified);
    }

    /** Whether any facet is asked for (the form then offers to clear them). */
    public boolean any() {
        return !label.isEmpty() || !tlp.isEmpty() || !publisher.isEmpty() || addedAfter != null || addedBefore != null
                || modifiedAfter != null || modifiedBefore != null;
    }

    /** Whether {@code level} is among the TLP levels asked for, however it was spelled. */
    public boolean chose(Tlp level) {
        return tlp.stream().anyMatch(t -> {
            try {
                return Tlp.parse(t.replace(' ', '+')) == level;
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    private static void mayFilterByPublisher(Optional<CurrentUser> user, List<UUID> publishers) {
        for (UUID p : publishers) {
            boolean allowed = user.map(u -> u.isHubAdmin() || p.equals(u.organisationId())).orElse(false);
            if (!allowed) {
                throw new NotPermitted("The publisher filter takes your own organisation only (hub administrators: any"
                        + " organisation), not " + p);
            }
        }
    }

    private static ObjectQuery.Window window(String name, String after, String before, List<InputRejected.Problem> problems) {
        Instant from = instant(name + "_after", after, problems);
        Instant until = instant(name + "_before", before, problems);
        if (from != null && until != null && !from.isBefore(until)) {
            problems.add(new InputRejected.Problem(name + "_before", before, "must be later than " + name + "_after " + after));
        }
        return new ObjectQuery.Window(from, until);
    }

    private static Instant instant(String param, String text, List<InputRejected.Problem> problems) {
        try {
            return ParameterValues.dayOrTimestamp(param, text);
        } catch (InputRejected e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
