package org.newsgraph.nlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Lemmas by word and tag, computed once each. The statistical lemmatizer scores thousands of
 * outcomes per token and was most of the time of annotation; news repeats its words, so a lemma is
 * computed once per (word, tag) from the word alone, which also makes it independent of the sentence
 * and of the order articles are processed in. Thread-safe; bounded: when full it starts afresh.
 */
final class LemmaCache {
    private static final int MAX_ENTRIES = 400_000;
    private final ConcurrentHashMap<String, String> lemmas = new ConcurrentHashMap<>();

    /** The lemma of a word with a tag, computing it with {@code compute} on a miss. */
    String lemma(String word, String tag, BiFunction<String, String, String> compute) {
        String key = tag + '\t' + word;
        String lemma = lemmas.get(key);
        if (lemma == null) {
            lemma = compute.apply(word, tag);
            if (lemmas.size() >= MAX_ENTRIES) {
                lemmas.clear();
            }
            lemmas.put(key, lemma);
        }
        return lemma;
    }
}
