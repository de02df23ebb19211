package org.sipar.detect.internal.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sipar.detect.internal.lifecycle.DecayModel;
import org.sipar.detect.internal.lifecycle.DecayScore;
import org.sipar.detect.internal.lifecycle.DecaySettings;
import org.sipar.intel.ObjectAnnotation;
import org.sipar.sharing.Reader;
import org.sipar.sharing.SharingPolicy;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What detection says on an indicator's page, to a reader who may see the indicator: its score now and why (its
 * confidence, how fast values of its kind decay, since when), or that it no longer matches; and how many other
 * indicators the reader may see share its values, with a value shared by too many named as over-correlating rather
 * than listed. Worked out from the index as the page is shown: bounded by the matches, never a table of all pairs.
 */
@Component
class DetectionAnnotation implements ObjectAnnotation {

    /** More indicators than this sharing one value make it over-correlating: a count, not a list. */
    static final int OVER_CORRELATING = 50;
    private final LiveIndicators live;
    private final SharingPolicy policy;
    private final MessageSource messages;
    private final DecayModel decay = new DecayModel(DecaySettings.defaults());
    private final Clock clock;

    DetectionAnnotation(LiveIndicators live, SharingPolicy policy, MessageSource messages, Clock clock) {
        this.live = live;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Line> about(Reader reader, String id) {
        if (!id.startsWith("indicator--")) {
            return List.of();
        }
        IndicatorTable table = live.engine().table();
        int row = table.rows(id).intStream().filter(r -> policy.maySee(reader, table.distribution(r))).findFirst().orElse(-1);
        if (row < 0) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        lines.add(score(table, row, id));
        return lines;
    }

    private Line score(IndicatorTable table, int row, String id) {
        Instant now = clock.instant();
        int confidence = table.confidence(row) < 0 ? Decay.UNSTATED_CONFIDENCE : table.confidence(row);
        var kind = live.engine().kindOf(row);
        DecayScore s = decay.score(kind, confidence, table.modified(row), live.engine().lastSighted(id), now);
        String text = !table.live(row, now) ? text("detect.annotation.score.unmatched")
                : text(s.live() ? "detect.annotation.score.text" : "detect.annotation.score.below",
                        Math.round(s.score()), confidence, text("detect.kind." + kind.name()), s.halfLife().toDays(),
                        s.age().toDays(), Math.round(s.threshold()));
        return new Line("detect.annotation.score", text, null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
