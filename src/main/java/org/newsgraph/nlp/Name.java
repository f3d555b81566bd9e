package org.newsgraph.nlp;

import java.util.Objects;

/**
 * A name found in a sentence.
 *
 * @param type        what kind of name
 * @param tokenStart  index of its first token in the sentence
 * @param tokenEnd    index after its last token
 * @param start       character offset in the article text
 * @param end         character offset after it
 * @param text        the name as written
 * @param probability the name finder's probability for the span
 */
public record Name(NameType type, int tokenStart, int tokenEnd, int start, int end, String text, double probability) {
    public Name {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (tokenStart < 0 || tokenEnd <= tokenStart) {
            throw new IllegalArgumentException("bad name token span: tokenStart=" + tokenStart + ", tokenEnd=" + tokenEnd);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad name offsets: start=" + start + ", end=" + end);
        }
    }
}
