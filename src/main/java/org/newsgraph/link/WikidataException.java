package org.newsgraph.link;

import org.newsgraph.NewsGraphException;

/** Wikidata could not answer: an API error, a bad HTTP status after retries, a timeout. */
public class WikidataException extends NewsGraphException {
    private static final long serialVersionUID = 1L;

    public WikidataException(String message) {
        super(message);
    }

    public WikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}
