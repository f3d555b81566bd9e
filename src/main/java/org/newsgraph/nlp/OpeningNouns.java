package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * "Talks between X and Y were postponed", "Negotiations with the union resume on Monday": a plural noun of talking that
 * opens a sentence, with a preposition after it, is a noun, though the tagger, taking the capital for a subject's verb,
 * tags it a verb ("talks" as in "she talks"). Stateless.
 */
final class OpeningNouns {
    private OpeningNouns() {
    }

    /** Plurals that are also a verb's third person: "talks", "meetings" (as in "X meets"), "consultations". */
    private static final Set<String> PLURALS = Set.of("talks", "meetings", "consultations", "negotiations", "discussions");

    /** Prepositions that follow such a noun and never such a verb at the head of a sentence: "Talks between", "Talks with". */
    private static final Set<String> PREPOSITIONS = Set.of("between", "with", "among", "involving", "on", "over");

    /** Retags the first token of a sentence as a noun where it is one of {@link #PLURALS} before one of {@link #PREPOSITIONS}. */
    static void fix(String[] tokens, String[] tags) {
        if (tokens.length > 2 && tags[0].equals("VERB") && PLURALS.contains(tokens[0].toLowerCase(Locale.ROOT))
                && Character.isUpperCase(tokens[0].charAt(0)) && PREPOSITIONS.contains(tokens[1].toLowerCase(Locale.ROOT))) {
            tags[0] = "NOUN";
        }
    }
}
