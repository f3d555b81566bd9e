package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A correction note: "An earlier version of this story said X met Y", "A previous version of our 13:05 entry
 * misstated ...", "Correction: an earlier version of this article wrongly reported ...". What such a note says
 * the story once told is withdrawn, so no meeting is read from it. Notes that give the corrected fact ("This
 * story has been corrected to show that X met Y on Tuesday") are not of this kind. Thread-safe.
 */
final class Correction {
    /** Adjectives of a superseded text: "an earlier version", "a previous version". */
    private static final Set<String> EARLIER = Set.of("earlier", "previous", "prior", "original", "initial");
    /** Nouns for a superseded text. */
    private static final Set<String> VERSIONS = Set.of("version", "edition", "draft");
    /** How many tokens from the sentence's start the note's phrase may begin ("Correction: An earlier ..."). */
    private static final int OPENING = 4;

    private Correction() {
    }

    /** Whether a sentence is a correction note telling what an earlier version of the story said. */
    static boolean withdrawn(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size() && i <= OPENING; i++) {
            if (EARLIER.contains(t.get(i).text().toLowerCase(Locale.ROOT)) && VERSIONS.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))
                    && t.get(i + 2).text().equalsIgnoreCase("of")) {
                return true;
            }
        }
        return false;
    }
}
