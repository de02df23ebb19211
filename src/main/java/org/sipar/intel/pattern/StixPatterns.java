package org.sipar.intel.pattern;

/** Entry point for reading STIX 2.1 patterns (indicators with {@code pattern_type} {@code stix}). */
public final class StixPatterns {

    private StixPatterns() {
    }

    /** The syntax tree of the STIX 2.1 pattern {@code text}; throws {@link PatternRejected} if it is not one. */
    public static ObservationExpression parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("pattern text must not be null");
        }
        return new ObservationParser(new Cursor(text)).pattern();
    }
}
