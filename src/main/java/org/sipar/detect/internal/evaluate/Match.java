package org.sipar.detect.internal.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * What evaluating a pattern against observations found.
 *
 * @param outcome whether the pattern matched, did not, or could not be decided within the search budget
 * @param observations the observations that made the match, each once and in the order given (empty unless
 *        matched): what a sighting names in {@code observed_data_refs}
 */
public record Match(Outcome outcome, List<Observation> observations) {

    /** The three answers an evaluation can give. */
    public enum Outcome {
        MATCHED,
        NOT_MATCHED,
        /** The search for a binding ran out of its budget; treat as not matched, and perhaps log the pattern. */
        UNDECIDED
    }

    /** A result; observations only for a match. */
    public Match {
        Objects.requireNonNull(outcome, "outcome");
        observations = List.copyOf(observations);
        if (outcome != Outcome.MATCHED && !observations.isEmpty()) {
            throw new IllegalArgumentException("a result of " + outcome + " names no observations but got "
                    + observations.size());
        }
    }

    /** Whether the pattern matched. */
    public boolean matched() {
        return outcome == Outcome.MATCHED;
    }

    static Match none(Outcome outcome) {
        return new Match(outcome, List.of());
    }
}
