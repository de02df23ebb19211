package org.sipar.platform;

/**
 * What was asked cannot be done to the thing in the state it is in now, such as approving an advisory that is
 * still a draft, or saving a form over a newer version: answered with 409 Conflict, its message naming both.
 */
public final class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
