package org.newsgraph.extract;

import java.util.Objects;

/**
 * The words a fact was drawn from.
 *
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 * @param text  the sentence or sentences as written
 */
public record Evidence(int start, int end, String text) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets: start=" + start + ", end=" + end);
        }
    }
}
