package org.sipar.detect.internal.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator's score over time: {@code confidence × 0.5^(age / half-life)}, its kind's half-life, compared with
 * the threshold below which it stops matching.
 *
 * <p>Sightings: a sighting resets the age to the sighting's time, so the score is back at the confidence and decays
 * from there. A sighting is fresh evidence that the value is in use now, as strong as the original statement; the
 * score never rises above the stated confidence, which only its producer can raise. A sighting older than the
 * indicator's own time changes nothing. An instant later than {@code now} (a partner's clock ahead) counts as age
 * zero rather than raising the score above the confidence.
 */
public final class DecayModel {

    private final DecaySettings settings;

    public DecayModel(DecaySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The score at {@code now} of an indicator of {@code kind} stated with {@code confidence} (0 to 100) at
     * {@code statedAt} (its {@code valid_from} or creation) and last sighted at {@code lastSighting}.
     */
    public DecayScore score(ValueKind kind, int confidence, Instant statedAt, Optional<Instant> lastSighting, Instant now) {
        Objects.requireNonNull(kind, "kind");
        checkConfidence(confidence);
        Instant ageFrom = ageFrom(statedAt, lastSighting);
        Objects.requireNonNull(now, "now");
        Duration age = now.isAfter(ageFrom) ? Duration.between(ageFrom, now) : Duration.ZERO;
        Duration halfLife = settings.halfLife(kind);
        double score = confidence * Math.pow(0.5, seconds(age) / seconds(halfLife));
        return new DecayScore(score, score >= settings.threshold(), confidence, ageFrom, age, halfLife, lastSighting, settings.threshold());
    }

    /**
     * The instant the score falls below the threshold if nothing is sighted meanwhile:
     * {@code ageFrom + half-life × log2(confidence / threshold)}; {@code ageFrom} itself when the confidence is
     * already below it. The index uses it to drop the indicator on time.
     */
    public Instant fallsBelowThresholdAt(ValueKind kind, int confidence, Instant statedAt, Optional<Instant> lastSighting) {
        Objects.requireNonNull(kind, "kind");
        checkConfidence(confidence);
        Instant ageFrom = ageFrom(statedAt, lastSighting);
        if (confidence < settings.threshold()) {
            return ageFrom;
        }
        double halfLives = Math.log((double) confidence / settings.threshold()) / Math.log(2);
        double seconds = halfLives * seconds(settings.halfLife(kind));
        return ageFrom.plus(Duration.ofSeconds((long) seconds, Math.round((seconds - Math.floor(seconds)) * 1e9)));
    }

    private static Instant ageFrom(Instant statedAt, Optional<Instant> lastSighting) {
        Objects.requireNonNull(statedAt, "statedAt");
        Objects.requireNonNull(lastSighting, "lastSighting (Optional.empty() when never sighted)");
        return lastSighting.filter(sighting -> sighting.isAfter(statedAt)).orElse(statedAt);
    }

    private static void checkConfidence(int confidence) {
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("the confidence must be from 0 to 100 (STIX), not " + confidence);
        }
    }

    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}
