package org.newsgraph.nlp;

import java.util.Objects;

/**
 * One token.
 *
 * @param text  the token as it stands in the original text
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param pos   Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ...)
 * @param lemma the lemma, lower case for common words; the token itself when the lemmatizer has none
 */
public record Token(String text, int start, int end, String pos, String lemma) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets: start=" + start + ", end=" + end);
        }
    }

    /** Whether the token begins with an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
