package org.sipar.platform;

import java.util.List;

/** Input was refused; each problem names the field, the offending value and what is wrong with it. */
public final class InputRejected extends RuntimeException {

    private final List<Problem> problems;

    /** Creates the failure from one or more problems. */
    public InputRejected(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.problems = List.copyOf(problems);
    }

    /** Creates the failure for a single bad field. */
    public InputRejected(String field, Object value, String reason) {
        this(List.of(new Problem(field, value == null ? null : String.valueOf(value), reason)));
    }

    /** The problems, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One bad field. {@code reason} is English, for APIs; pages show the translation of {@code problem.<key>}
     * (with {@code args}) where there is one, else the reason.
     */
    public record Problem(String field, String value, String reason, String key, List<Object> args) {

        public Problem {
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** A problem with no translation of its own. */
        public Problem(String field, String value, String reason) {
            this(field, value, reason, null, List.of());
        }

        @Override
        public String toString() {
            return field + (value == null ? "" : " '" + abbreviate(value) + "'") + ": " + reason;
        }

        private static String abbreviate(String value) {
            return value.length() <= 60 ? value : value.substring(0, 57) + "...";
        }
    }
}
