package org.sipar.detect.internal.engine;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.sipar.detect.internal.evaluate.CompiledPattern;
import org.sipar.detect.internal.evaluate.PatternEvaluator;
import org.sipar.intel.Change;
import org.sipar.intel.SystemRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live indicators and their index, kept from intel's change log: each indicator version read past the policy
 * ({@link SystemRead}) takes a row, and its pattern's keys enter the index; a deletion kills its row. What it finds
 * for an observed value is the rows that may match; who is told of them is the caller's to decide, through the
 * sharing policy. One thread applies changes ({@link #apply}); any number find.
 */
final class Engine {

    private static final Logger log = LoggerFactory.getLogger(Engine.class);
    private final IndicatorTable table = new IndicatorTable();
    private final KeyIndex index;
    private final PatternKeys keys;
    private final UnaryOperator<Key> canonical;
    private volatile IntArrayList unfiltered = new IntArrayList();
    private final java.util.concurrent.ConcurrentHashMap<String, Long> lastSighted = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long position;

    Engine(KeyIndex index, UnaryOperator<Key> canonical) {
        this.index = index;
        this.canonical = canonical;
        this.keys = new PatternKeys(canonical);
    }

    /** Applies one change of the log (indicators and sightings); answers the indicator version that took a row, if any. */
    java.util.Optional<Arrival> apply(SystemRead.Held held) {
        Arrival arrival = null;
        switch (held.change()) {
            case Change.Added added when "indicator".equals(added.version().type()) -> arrival = put(added, held);
            case Change.Added added when "sighting".equals(added.version().type()) -> sighted(added.version().content());
            case Change.VersionDeleted deleted when "indicator".equals(deleted.type()) ->
                    table.remove(deleted.id(), deleted.publisherOrganisation());
            default -> { }
        }
        position = held.change().position();
        return java.util.Optional.ofNullable(arrival);
    }

    /**
     * A sighting raises its indicator's score (by the decay model's rule, from when it was last seen), whoever
     * reported it: what a score says is how live the indicator is, not who saw it.
     */
    private void sighted(tools.jackson.databind.JsonNode sighting) {
        String indicator = sighting.path("sighting_of_ref").asString("");
        String seen = sighting.path("last_seen").asString(sighting.path("modified").asString(""));
        if (indicator.startsWith("indicator--") && !seen.isEmpty()) {
            try {
                lastSighted.merge(indicator, Instant.parse(seen).getEpochSecond(), Math::max);
            } catch (java.time.format.DateTimeParseException e) {
                log.debug("Sighting {} has an unreadable last_seen {}", sighting.path("id").asString(""), seen);
            }
        }
    }

    /** When indicator {@code id} was last sighted, as far as the change log says. */
    java.util.Optional<Instant> lastSighted(String id) {
        Long at = lastSighted.get(id);
        return at == null ? java.util.Optional.empty() : java.util.Optional.of(Instant.ofEpochSecond(at));
    }

    private Arrival put(Change.Added added, SystemRead.Held held) {
        UUID publisher = held.distribution().publisherOrganisation();
        IndicatorVersion version = IndicatorVersion.of(added.version(), publisher);
        Plan plan = version.pattern() == null ? null : plan(version);
        CompiledPattern evaluated = plan == null || plan instanceof Plan.Indexed ? null : compiled(version);
        int row = table.put(version, held.distribution(), evaluated, kind(plan));
        if (row < 0 || plan == null || (evaluated == null && !(plan instanceof Plan.Indexed))) {
            return null;
        }
        List<Key> keys = switch (plan) {
            case Plan.Indexed i -> i.keys();
            case Plan.Filtered f -> f.keys();
            case Plan.Unfiltered u -> {
                IntArrayList more = new IntArrayList(unfiltered);
                more.add(row);
                unfiltered = more;
                yield List.of();
            }
        };
        keys.forEach(k -> index.add(k, row));
        // a pattern the index alone decides names values whose sighting is a match: those a retro-hunt looks for
        return plan instanceof Plan.Indexed ? new Arrival(version.id(), publisher, held.distribution(), keys,
                added.version().dateAdded()) : null;
    }

    /** The decay kind of a pattern's first value; file hashes' (the slowest) for a pattern without one. */
    private static org.sipar.detect.internal.lifecycle.ValueKind kind(Plan plan) {
        List<Key> keys = switch (plan) {
            case Plan.Indexed i -> i.keys();
            case Plan.Filtered f -> f.keys();
            case null, default -> List.of();
        };
        return keys.isEmpty() ? org.sipar.detect.internal.lifecycle.ValueKind.SHA_256 : Decay.kind(keys.getFirst());
    }

    org.sipar.detect.internal.lifecycle.ValueKind kindOf(int row) {
        return table.kind(row);
    }

    private static CompiledPattern compiled(IndicatorVersion version) {
        try {
            return PatternEvaluator.compile(version.pattern());
        } catch (IllegalArgumentException e) {
            log.info("Indicator {} has a pattern the evaluator refuses ({}): left unmatched", version.id(), e.getMessage());
            return null;
        }
    }

    private Plan plan(IndicatorVersion version) {
        try {
            return keys.plan(version.pattern());
        } catch (IllegalArgumentException e) {
            log.info("Indicator {} names a value matching cannot read ({}): left unmatched", version.id(), e.getMessage());
            return null;
        }
    }

    /** The live rows whose keys {@code observed} matches at {@code now}, each once. */
    IntOpenHashSet candidates(Key observed, Instant now) {
        IntOpenHashSet rows = new IntOpenHashSet();
        Key key;
        try {
            key = canonical.apply(observed);
        } catch (IllegalArgumentException e) {
            return rows;
        }
        index.find(key, row -> {
            if (table.live(row, now)) {
                rows.add(row);
            }
        });
        return rows;
    }

    /** The rows of patterns no value filters, to evaluate on every observation. */
    IntArrayList unfiltered() {
        return unfiltered;
    }

    IndicatorTable table() {
        return table;
    }

    /** The change-log position applied up to. */
    long position() {
        return position;
    }
}
