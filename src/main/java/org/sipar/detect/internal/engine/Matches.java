package org.sipar.detect.internal.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sipar.detect.internal.evaluate.CompiledPattern;
import org.sipar.detect.internal.evaluate.Observation;
import org.sipar.detect.internal.lifecycle.ValueKind;
import org.sipar.detect.internal.lifecycle.DecayModel;
import org.sipar.detect.internal.lifecycle.DecayScore;
import org.sipar.detect.internal.lifecycle.DecaySettings;
import org.sipar.intel.Intelligence;
import org.sipar.intel.ObjectQuery;
import org.sipar.intel.StoredObject;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.springframework.stereotype.Service;

/**
 * Which indicators a reader may see match each observed value: the index's live candidates whose pattern it
 * decides alone, whose decayed score is still above the threshold, and whose copy the sharing policy lets the
 * reader see; what is told of each (TLP, labels) is read back through {@link Intelligence} as the reader sees it,
 * so granular markings apply. A candidate whose pattern the index does not decide alone, and every pattern no value
 * filters, is decided by the general evaluator on the observable as a one-object observation made now.
 */
@Service
public class Matches {

    private final LiveIndicators live;
    private final SharingPolicy policy;
    private final Intelligence intelligence;
    private final DecayModel decay = new DecayModel(DecaySettings.defaults());
    private final Clock clock;

    Matches(LiveIndicators live, SharingPolicy policy, Intelligence intelligence, Clock clock) {
        this.live = live;
        this.policy = policy;
        this.intelligence = intelligence;
        this.clock = clock;
    }

    /** An indicator that matched, as the reader is told of it. */
    public record Match(String indicator, double score, String tlp, List<String> labels) {
    }

    /** An observable as asked: its keys, and itself as a STIX object for the evaluator (empty when unreadable). */
    public record Asked(List<Key> keys, Map<String, Object> object) {
    }

    /** An indicator copy that matched: its id, the organisation whose copy it is, and its decayed score. */
    public record Found(String indicator, UUID producer, double score) {
    }

    /**
     * The indicator copies matching {@code asked} that {@code reader} may see, by the policy alone (for recording
     * sightings, which tell nothing of the indicator's content): at most one per copy, its best score.
     */
    public List<Found> found(Asked asked, Reader reader, Instant now) {
        IndicatorTable table = live.engine().table();
        Map<Integer, Double> rows = new HashMap<>();
        visit(asked, reader, now, (row, score) -> rows.merge(row, score, Math::max));
        return rows.entrySet().stream().map(e -> new Found(table.id(e.getKey()), table.publisher(e.getKey()), e.getValue())).toList();
    }

    /** For each observable (in order), the matches {@code reader} may see. */
    public List<List<Match>> of(List<Asked> observables, Reader reader) {
        Instant now = clock.instant();
        List<Map<String, Double>> scored = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Asked asked : observables) {
            Map<String, Double> found = visible(asked, reader, now);
            ids.addAll(found.keySet());
            scored.add(found);
        }
        Map<String, StoredObject> shown = shown(ids, reader);
        return scored.stream().map(found -> found.entrySet().stream().filter(e -> shown.containsKey(e.getKey()))
                .map(e -> match(shown.get(e.getKey()), e.getValue())).toList()).toList();
    }

    /** The ids (best score of each) of the indicators matching {@code asked} that the reader may see. */
    private Map<String, Double> visible(Asked asked, Reader reader, Instant now) {
        IndicatorTable table = live.engine().table();
        Map<String, Double> found = new HashMap<>();
        visit(asked, reader, now, (row, score) -> found.merge(table.id(row), score, Math::max));
        return found;
    }

    /** What a match is told: a row and its score. */
    private interface Visitor {
        void matched(int row, double score);
    }

    private void visit(Asked asked, Reader reader, Instant now, Visitor visitor) {
        if (asked.object().isEmpty()) {
            return;
        }
        Engine engine = live.engine();
        IndicatorTable table = engine.table();
        Observation observation = Observation.at("observed-data--" + UUID.randomUUID(), now, Map.of("0", asked.object()));
        for (Key key : asked.keys()) {
            engine.candidates(key, now).forEach(row -> consider(table, row, Decay.kind(key), observation, reader, now, visitor));
        }
        ValueKind unfilteredKind = asked.keys().isEmpty() ? ValueKind.SHA_256 : Decay.kind(asked.keys().getFirst());
        engine.unfiltered().forEach(row -> {
            if (table.live(row, now)) {
                consider(table, row, unfilteredKind, observation, reader, now, visitor);
            }
        });
    }

    private void consider(IndicatorTable table, int row, ValueKind kind, Observation observation, Reader reader,
                          Instant now, Visitor visitor) {
        if (!policy.maySee(reader, table.distribution(row))) {
            return;
        }
        CompiledPattern pattern = table.pattern(row);
        if (pattern != null && !pattern.matches(observation)) {
            return;
        }
        DecayScore score = decay.score(kind, confidence(table, row), table.modified(row),
                live.engine().lastSighted(table.id(row)), now);
        if (score.live()) {
            visitor.matched(row, score.score());
        }
    }

    private static int confidence(IndicatorTable table, int row) {
        int c = table.confidence(row);
        return c < 0 ? Decay.UNSTATED_CONFIDENCE : c;
    }

    private Map<String, StoredObject> shown(Set<String> ids, Reader reader) {
        Map<String, StoredObject> shown = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1_000) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 1_000));
            intelligence.objects(reader, ObjectQuery.all(part.size()).withIds(part).withTypes(List.of("indicator")))
                    .objects().forEach(o -> shown.put(o.id(), o));
        }
        return shown;
    }

    private static Match match(StoredObject indicator, double score) {
        List<String> labels = new ArrayList<>();
        indicator.content().path("labels").forEach(l -> labels.add(l.asString("")));
        return new Match(indicator.id(), Math.round(score * 10) / 10.0, "TLP:" + indicator.tlp().label(), labels);
    }
}
