package org.sipar.platform;

/** The caller's roles do not allow what was asked; the message says what was refused. */
public final class NotPermitted extends RuntimeException {

    /** Creates the failure with a message naming the refused action. */
    public NotPermitted(String message) {
        super(message);
    }
}
