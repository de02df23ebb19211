package org.sipar.intel.internal.ingestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sipar.sharing.Distribution;
import org.sipar.sharing.Tlp;
import tools.jackson.databind.JsonNode;

/**
 * Decides what becomes of each object of a batch, against the publisher's own copy as held
 * ({@link HeldVersions}) and the objects before it in the batch, exactly as if they were stored one by one:
 * <ul>
 * <li>the same version (by instant) with the same content is a duplicate; with other content, a conflict
 *     (STIX: the first stays), reported with what differs;</li>
 * <li>a version later than one that revoked the object is refused (STIX allows no version after a
 *     revocation); an earlier one is history and is stored, whatever the order of arrival;</li>
 * <li>a revoking version earlier than a version held is refused, as that later version may not exist;</li>
 * <li>the built-in TLP marking definitions belong to no one: a copy of one is a duplicate.</li>
 * </ul>
 */
final class Fates {

    sealed interface Fate {
        record Added(int rank, boolean copied) implements Fate { }
        record Duplicate() implements Fate { }
        record Conflict(List<String> differences) implements Fate { }
        record AfterRevocation(Instant revokedAt) implements Fate { }
        record RevokesBeforeLater(Instant later) implements Fate { }
    }

    final Fate[] fates;
    /** Ids whose own copy will have several versions: their "superseded" flags need setting. */
    final Set<String> versioned = new HashSet<>();
    /**
     * Positions of duplicates (versions held already in the publisher's copy) that arrived with another TLP level or
     * other recipients than the held version has: the import leaves them as held, and its report offers to apply.
     */
    final Set<Integer> otherDistribution = new HashSet<>();
    /** Ids of which this batch starts a copy while other organisations hold theirs: all rows become "copied". */
    final Set<String> newCopies = new HashSet<>();

    private final HeldVersions held;
    private final Map<String, Map<Instant, JsonNode>> contents;
    private final Map<String, Map<Instant, JsonNode>> batch = new HashMap<>();
    private final Map<String, TreeSet<Instant>> batchRevocations = new HashMap<>();

    Fates(List<CheckedObject> candidates, List<Instant> instants, HeldVersions held) {
        this.held = held;
        Set<String> matched = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (held.holds(candidates.get(i).id(), instants.get(i))) {
                matched.add(candidates.get(i).id());
            }
        }
        this.contents = held.contents(matched);
        this.fates = new Fate[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            fates[i] = decide(candidates.get(i), instants.get(i));
            if (fates[i] instanceof Fate.Duplicate && differs(candidates.get(i), instants.get(i))) {
                otherDistribution.add(i);
            }
        }
    }

    private Fate decide(CheckedObject c, Instant at) {
        if (Tlp.ofMarking(c.id()).isPresent()) {
            return new Fate.Duplicate(); // the checks refused any other content under a TLP id
        }
        JsonNode same = version(c.id(), at);
        if (same != null) {
            List<String> differences = differences(same, c.object());
            return differences.isEmpty() ? new Fate.Duplicate() : new Fate.Conflict(differences);
        }
        Instant revokedBefore = revocations(c.id()).lower(at);
        if (revokedBefore != null) {
            return new Fate.AfterRevocation(revokedBefore);
        }
        Instant latest = latest(c.id());
        if (c.object().path("revoked").asBoolean(false) && latest != null && latest.isAfter(at)) {
            return new Fate.RevokesBeforeLater(latest);
        }
        return add(c, at, latest != null);
    }

    /** Whether the held version differs in level or recipients from the distribution the candidate would take. */
    private boolean differs(CheckedObject c, Instant at) {
        Distribution before = held.distribution(c.id(), at);
        Distribution offered = c.distribution();
        return before != null && (before.tlp() != offered.tlp() || !before.organisations().equals(offered.organisations())
                || !before.groups().equals(offered.groups()) || !before.people().equals(offered.people()));
    }

    private Fate add(CheckedObject c, Instant at, boolean hasVersions) {
        batch.computeIfAbsent(c.id(), k -> new HashMap<>()).put(at, c.object());
        if (c.object().path("revoked").asBoolean(false)) {
            batchRevocations.computeIfAbsent(c.id(), k -> new TreeSet<>()).add(at);
        }
        if (hasVersions) {
            versioned.add(c.id());
        }
        Integer rank = held.rank(c.id());
        boolean others = held.hasOtherCopies(c.id());
        if (rank == null && others) {
            newCopies.add(c.id());
        }
        return new Fate.Added(rank != null ? rank : others ? 1 : 0, others);
    }

    private JsonNode version(String id, Instant at) {
        JsonNode inBatch = batch.getOrDefault(id, Map.of()).get(at);
        return inBatch != null ? inBatch : contents.getOrDefault(id, Map.of()).get(at);
    }

    private TreeSet<Instant> revocations(String id) {
        TreeSet<Instant> all = new TreeSet<>(held.revocations(id));
        all.addAll(batchRevocations.getOrDefault(id, new TreeSet<>()));
        return all;
    }

    private Instant latest(String id) {
        Instant latest = held.latest(id);
        for (Instant at : batch.getOrDefault(id, Map.of()).keySet()) {
            latest = latest == null || at.isAfter(latest) ? at : latest;
        }
        return latest;
    }

    /** The top-level properties whose values differ, or that only one of the two has, in name order. */
    static List<String> differences(JsonNode held, JsonNode offered) {
        Set<String> names = new TreeSet<>(held.propertyNames());
        names.addAll(offered.propertyNames());
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(held.get(name), offered.get(name))) {
                differing.add(name);
            }
        }
        return differing;
    }
}
