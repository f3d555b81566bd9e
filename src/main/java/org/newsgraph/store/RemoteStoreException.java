package org.newsgraph.store;

import org.newsgraph.NewsGraphException;

/** A running server did not take the article graphs sent to it; the message says what to do. */
public final class RemoteStoreException extends NewsGraphException {
    private static final long serialVersionUID = 1L;

    private final int status;

    RemoteStoreException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the server answered with, or 0 when there was no answer (no connection, timeout). */
    public int status() {
        return status;
    }
}
