package org.sipar.detect.internal.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An indicator's decayed score and everything it was computed from, so the UI can show why: the stated
 * confidence, the instant its age counts from (its own time, or its last sighting when that is later), the age,
 * the half-life of its kind, the last sighting if any, and the threshold it is compared with.
 */
public record DecayScore(double score, boolean live, int confidence, Instant ageFrom, Duration age, Duration halfLife,
        Optional<Instant> lastSighting, double threshold) {

    /** How many half-lives have passed. */
    public double halfLivesElapsed() {
        return DecayModel.seconds(age) / DecayModel.seconds(halfLife);
    }
}
