package org.sipar.detect.internal.lifecycle;

/**
 * A value that has no canonical form of the kind asked for: the message names the value and why. No stack trace is
 * filled in, because imports of millions of values refuse some of them routinely and the trace would cost more than
 * the check.
 */
public final class RefusedValueException extends IllegalArgumentException {

    private final String value;
    private final String reason;

    RefusedValueException(ValueKind kind, String value, String reason) {
        super("not a valid " + kind.label() + ": \"" + value + "\": " + reason);
        this.value = value;
        this.reason = reason;
    }

    /** The value as it was given. */
    public String value() {
        return value;
    }

    /** Why it was refused, without the value. */
    public String reason() {
        return reason;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
