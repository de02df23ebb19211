package org.sipar.intel.stix;

import java.util.Objects;

/**
 * One thing a STIX object does against the specification: an {@link Severity#ERROR} breaks a MUST, a
 * {@link Severity#WARNING} a SHOULD (for example a value outside an open vocabulary).
 *
 * @param severity how bad it is
 * @param property the property concerned, as a path such as {@code external_references[0].source_name};
 *                 empty when the finding is about the whole object
 * @param message  what is wrong, naming the offending value
 */
public record Finding(Severity severity, String property, String message) {

    /** How bad a finding is. */
    public enum Severity {
        /** The object breaks a rule the specification states with MUST. */
        ERROR,
        /** The object breaks a rule the specification states with SHOULD. */
        WARNING
    }

    /**
     * Creates a finding; throws NullPointerException naming the missing part. NUL characters and unpaired
     * surrogates in the property or message (quoted from a bad object) become \\uXXXX escapes, so that a
     * finding can always be stored and shown.
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        property = Texts.printable(Objects.requireNonNull(property, "property"));
        message = Texts.printable(Objects.requireNonNull(message, "message"));
    }
}
