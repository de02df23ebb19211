package org.sipar.intel.pattern;

/** A pattern's text is not valid STIX 2.1 patterning; says where (0-based character offset) and why. */
public final class PatternRejected extends RuntimeException {

    private final int position;
    private final String reason;

    PatternRejected(int position, String reason) {
        super("at " + position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** Rejection whose reason reads "expected {@code expected} but found {@code found}". */
    static PatternRejected expected(int position, String expected, String found) {
        return new PatternRejected(position, "expected " + expected + " but found " + found);
    }

    /** The 0-based character offset in the pattern's text where the problem was found. */
    public int position() {
        return position;
    }

    /** What was expected there and what was found instead, without the position. */
    public String reason() {
        return reason;
    }
}
