package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the topics of a stretch of a sentence: short noun phrases ("peace deal", "territorial issue",
 * "security guarantees"), compound nouns and adjective + noun, at most three words, in lower case;
 * modifiers are lemmas and the head noun keeps its number as written ("trade talks", "peace deal"),
 * since "talks" and "talk" are different topics to a reader. A lone general noun ("thing", "way",
 * stop-nouns.txt) is no topic. Thread-safe.
 */
final class TopicFinder {
    private static final int MAX_WORDS = 3;
    private static final Set<String> WEAK_ADJECTIVES = Set.of("other", "many", "such", "more", "most", "same", "own",
            "several", "few", "certain", "various", "last", "next", "first", "recent", "further", "good", "great",
            "big", "much", "very", "able", "new", "whole", "full", "main", "key", "current", "previous", "possible");

    /** Topics in tokens {@code from} (inclusive) to {@code to} (exclusive) of the sentence. */
    List<String> topics(Sentence s, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> phrase = new ArrayList<>();
        int end = Math.min(to, s.tokens().size());
        for (int i = Math.max(0, from); i <= end; i++) {
            Token t = i < end ? s.tokens().get(i) : null;
            if (t != null && fits(t, phrase)) {
                phrase.add(t);
                continue;
            }
            topic(phrase).ifPresent(out::add);
            phrase.clear();
            if (t != null && fits(t, phrase)) {
                phrase.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static boolean fits(Token t, List<Token> phrase) {
        String pos = t.pos();
        boolean word = t.text().chars().allMatch(c -> Character.isLetter(c) || c == '-');
        if (!word) {
            return false;
        }
        if (pos.equals("ADJ")) {
            return phrase.stream().allMatch(p -> p.pos().equals("ADJ"));
        }
        return pos.equals("NOUN") || pos.equals("PROPN") && !Lexicon.INSTANCE.isHonorific(t.text())
                && !Lexicon.INSTANCE.isRoleWord(t.text());
    }

    private static java.util.Optional<String> topic(List<Token> phrase) {
        int head = phrase.size() - 1;
        while (head >= 0 && !phrase.get(head).pos().equals("NOUN")) {
            head--;
        }
        if (head < 0) {
            return java.util.Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (int k = 0; k <= head; k++) {
            Token t = phrase.get(k);
            String w = t.pos().equals("PROPN") || k == head ? t.text() : t.lemma();
            w = w.toLowerCase(Locale.ROOT);
            if (!(t.pos().equals("ADJ") && WEAK_ADJECTIVES.contains(w))) {
                words.add(w);
            }
        }
        if (words.size() > MAX_WORDS) {
            words = words.subList(words.size() - MAX_WORDS, words.size());
        }
        boolean lone = words.size() == 1;
        if (words.isEmpty() || lone && (Lexicon.INSTANCE.isStopNoun(words.get(0)) || words.get(0).length() < 3)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join(" ", words));
    }
}
