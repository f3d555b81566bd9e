package org.newsgraph.extract;

import java.util.Objects;

/**
 * One place in the article text where an entity is named or referred to.
 *
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 * @param text  the words as written
 */
public record Mention(int start, int end, String text) {
    public Mention {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention offsets: start=" + start + ", end=" + end);
        }
    }
}
