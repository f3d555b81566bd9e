package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One sentence with its tokens and names.
 *
 * @param index  position of the sentence in the article, from 0
 * @param start  character offset in the article text
 * @param end    character offset after it
 * @param text   the sentence as written
 * @param tokens its tokens, in order
 * @param names  the names found in it, in order
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Name> names) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets: start=" + start + ", end=" + end);
        }
    }

    /** The text covered by tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
