package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A text with its sentences, tokens and names.
 *
 * @param text      the original text
 * @param sentences its sentences, in order
 */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /** Number of tokens in all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
