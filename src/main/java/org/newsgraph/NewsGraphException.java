package org.newsgraph;

/**
 * Root of the exceptions NewsGraph throws for problems with input or environment
 * (as opposed to programming errors, which are {@link IllegalArgumentException} or
 * {@link IllegalStateException}).
 */
public class NewsGraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsGraphException(String message) {
        super(message);
    }

    public NewsGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
