package org.newsgraph.nlp.train;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import opennlp.tools.namefind.NameSample;

/**
 * Makes title-cased copies of training sentences ("Biden Holds Call With Prime Minister"), the way
 * many news sites write headlines. CoNLL-2003 headlines are in capitals, so without such copies the
 * name finder reads capitalised common words in a headline as names.
 */
final class TitleCase {
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "of", "in",
            "on", "at", "to", "for", "by", "with", "as", "from", "vs");

    private TitleCase() {
    }

    /** The sentence with its lower-case words capitalised except small function words; names unchanged. */
    static NameSample titleCased(NameSample sample) {
        String[] tokens = sample.getSentence().clone();
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = titleCased(tokens[i], i == 0);
        }
        return new NameSample(tokens, sample.getNames(), true);
    }

    /** Title-cased copies of every {@code n}-th sentence of at least four tokens. */
    static List<NameSample> copies(List<NameSample> samples, int n) {
        List<NameSample> longOnes = samples.stream().filter(s -> s.getSentence().length >= 4).toList();
        return IntStream.range(0, longOnes.size()).filter(i -> i % n == 0)
                .mapToObj(i -> titleCased(longOnes.get(i))).toList();
    }

    private static String titleCased(String token, boolean first) {
        if (token.isEmpty() || !Character.isLowerCase(token.charAt(0))
                || (!first && SMALL_WORDS.contains(token.toLowerCase(Locale.ROOT)))) {
            return token;
        }
        return Character.toUpperCase(token.charAt(0)) + token.substring(1);
    }
}
