package org.sipar.detect.internal.index;

/** Indicator ordinals are non-negative: negative payloads mark runs of several ordinals. */
final class Ordinals {

    private Ordinals() {
    }

    static int check(int ordinal) {
        if (ordinal < 0) {
            throw new IllegalArgumentException("an indicator ordinal is never negative, got " + ordinal);
        }
        return ordinal;
    }
}
