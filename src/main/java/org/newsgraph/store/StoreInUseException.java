package org.newsgraph.store;

import org.newsgraph.NewsGraphException;

/** The store is held by another process. */
public final class StoreInUseException extends NewsGraphException {
    private static final long serialVersionUID = 1L;

    StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
