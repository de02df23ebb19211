package org.sipar.intel.pattern;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Restricts when or how often an observation expression must be matched. */
public sealed interface Qualifier extends Pattern {

    /** {@code WITHIN n SECONDS}: all observations matching the expression fall within this many seconds. */
    record Within(BigDecimal seconds) implements Qualifier {

        /** A window of {@code seconds}, which must be greater than zero. */
        public Within {
            Objects.requireNonNull(seconds, "seconds");
            if (seconds.signum() <= 0) {
                throw new IllegalArgumentException("WITHIN needs seconds greater than 0 but got " + seconds);
            }
        }
    }

    /** {@code REPEATS n TIMES}: the expression is matched this many times by distinct observations. */
    record Repeats(int times) implements Qualifier {

        /** A repetition count, which must be greater than zero. */
        public Repeats {
            if (times <= 0) {
                throw new IllegalArgumentException("REPEATS needs a count greater than 0 but got " + times);
            }
        }
    }

    /** {@code START t'…' STOP t'…'}: matching observations lie between these two instants. */
    record StartStop(Instant start, Instant stop) implements Qualifier {

        /** An interval whose {@code stop} must be later than its {@code start}. */
        public StartStop {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(stop, "stop");
            Timestamps.parseArgument(start.toString()); // only years 0000-9999 can be written in a pattern
            Timestamps.parseArgument(stop.toString());
            if (!stop.isAfter(start)) {
                throw new IllegalArgumentException("STOP " + stop + " is not later than START " + start);
            }
        }
    }
}
