package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A sentence that tells, of the meeting planned or offered in the sentence before, that it fell through: "X and Y
 * were due to meet on Friday. The talks were later called off."; "X had invited me to Panama in April. It was called
 * off when the money did not come."; "... That meeting has been pushed back to Thursday." Its subject is "it" or a
 * determiner ("the", "that", "this") with a meeting noun (or "trip"), and its verb a {@link PutOff} predicate. Stateless.
 */
final class CalledOffLater {
    private CalledOffLater() {
    }

    /** How many words may stand between the meeting noun and its verb: "The meeting in Riga on Friday was called off". */
    private static final int NOUN_REACH = 5;
    private static final Set<String> DETERMINERS = Set.of("the", "that", "this", "their", "his", "her", "its");

    /** Whether sentence {@code s} opens with a meeting (or "it") that was called off or put back. */
    static boolean opens(Sentence s, MeetingLexicon words) {
        List<Token> t = s.tokens();
        if (t.size() < 3) {
            return false;
        }
        if (t.get(0).text().equals("It")) {
            return PutOff.at(t, 1);
        }
        if (!DETERMINERS.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int noun = -1;
        for (int i = 1; i < Math.min(t.size(), 5) && noun < 0; i++) {
            if (words.meetingNoun(t.get(i)) || MeetingLexicon.lemma(t.get(i)).equalsIgnoreCase("trip")) {
                noun = i;
            } else if (!Set.of("ADJ", "NOUN", "PROPN", "VERB", "PUNCT").contains(MeetingLexicon.pos(t.get(i)))) {
                return false; // "The minister's ...": anything but a modifier before the noun
            }
        }
        for (int i = noun + 1; noun > 0 && i < t.size() && i <= noun + 1 + NOUN_REACH; i++) {
            if (PutOff.at(t, i)) {
                return true;
            }
            if (t.get(i).text().equals(",") || MeetingLexicon.pos(t.get(i)).equals("VERB")) {
                return false;
            }
        }
        return false;
    }
}
