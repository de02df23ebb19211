package org.sipar.detect.internal.engine;

import java.util.List;

/**
 * How an indicator's pattern is matched. {@link Indexed}: the pattern is nothing but one or more values ORed
 * together, so an observation carrying one of them matches, and the index alone decides. {@link Filtered}: any
 * observation that matches carries one of the keys, so the general evaluator runs only on observations the index
 * found one in. {@link Unfiltered}: no value is needed for a match ({@code [file:size > 10]}), so the evaluator runs
 * on every observation of the pattern's object types; such patterns are counted and shown, as they cost most.
 */
public sealed interface Plan {

    record Indexed(List<Key> keys) implements Plan {
        public Indexed {
            keys = List.copyOf(keys);
        }
    }

    record Filtered(List<Key> keys) implements Plan {
        public Filtered {
            keys = List.copyOf(keys);
        }
    }

    record Unfiltered() implements Plan {
    }
}
