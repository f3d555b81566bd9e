package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the topics of a stretch of a sentence: short noun phrases ("peace deal", "territorial
 * issue"), normalised to lower-case lemmas so the same topic is one key across articles. Thread-safe.
 */
final class TopicFinder {

    /** Topics in tokens {@code from} (inclusive) to {@code to} (exclusive) of the sentence. */
    List<String> topics(Sentence s, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        List<String> phrase = new ArrayList<>();
        for (int i = Math.max(0, from); i <= Math.min(to, s.tokens().size()); i++) {
            Token t = i < to && i < s.tokens().size() ? s.tokens().get(i) : null;
            boolean nominal = t != null && (t.pos().equals("NOUN") || t.pos().equals("ADJ") && phrase.isEmpty());
            if (nominal) {
                phrase.add(t.lemma().toLowerCase(Locale.ROOT));
            } else {
                if (!phrase.isEmpty() && !(phrase.size() == 1 && s.tokens().get(i - 1).pos().equals("ADJ"))) {
                    out.add(String.join(" ", phrase));
                }
                phrase.clear();
            }
        }
        return List.copyOf(out);
    }
}
