package org.sipar.stream.internal.federation;

/** A remote answered badly or not at all: the message says what, for the link's last error. */
class RemoteFailure extends RuntimeException {

    private final int status;

    RemoteFailure(String message) {
        this(message, 0);
    }

    RemoteFailure(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the remote answered, 0 when there was none. */
    int status() {
        return status;
    }
}
