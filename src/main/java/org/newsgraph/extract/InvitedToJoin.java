package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * An invitation to a meeting told of before: "X had invited Y to join the talks", "X has invited Y to join
 * the two leaders for a three-way meeting", "Y was invited to the meeting but declined". The one invited
 * (and the one who invited) are offered the meeting with its principals, the first two people it named.
 * Thread-safe.
 */
final class InvitedToJoin {
    /** Verbs of taking part that an invitation leads to: "invited X to join / attend / take part in ...". */
    private static final Set<String> JOIN_VERBS = Set.of("join", "attend", "participate", "take");
    /** Determiners of a meeting already told of: "the talks", "these consultations". */
    private static final Set<String> BACK = Set.of("the", "these", "those", "this", "that");
    /** Pronouns for the principals themselves: "invited X to join them". */
    private static final Set<String> PRINCIPALS = Set.of("them", "both", "us");
    /** How many tokens a back-referring meeting phrase may run to its meeting noun or people word. */
    private static final int PHRASE = 4;

    /**
     * Where the sentence invites: the verb, and the token span naming the invited and the inviter.
     *
     * @param verb the token of "invite"
     * @param from first token of the span
     * @param to   token after the span (the "to" of the invitation)
     */
    record Invitation(int verb, int from, int to) {
        /**
         * "took the opportunity to invite him to join the call": an invitation told as the purpose of another
         * act, carried out with it.
         */
        boolean purpose(Sentence s) {
            return verb > 0 && s.tokens().get(verb - 1).text().equalsIgnoreCase("to");
        }
    }

    private final MeetingLexicon words;

    InvitedToJoin(MeetingLexicon words) {
        this.words = words;
    }

    /** The invitation in a sentence to a meeting named as one told of before, if any. */
    Optional<Invitation> find(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!MeetingLexicon.lemma(t.get(i)).equals("invite") || !Set.of("VERB", "ADJ").contains(MeetingLexicon.pos(t.get(i)))) {
                continue;
            }
            MeetingClause c = MeetingClause.around(s, i, words);
            for (int k = i + 1; k + 1 < c.end(); k++) {
                if (t.get(k).text().equalsIgnoreCase("to") && backReference(t, k + 1, c.end())) {
                    return Optional.of(new Invitation(i, c.start(), k));
                }
                if (!t.get(k).text().equals(",") && !Set.of("PROPN", "NOUN", "ADJ", "DET", "PRON", "PUNCT", "ADP", "PART", "CCONJ")
                        .contains(MeetingLexicon.pos(t.get(k)))) {
                    break; // the invitation is to something else: "invited X on Monday and said ..."
                }
            }
        }
        return Optional.empty();
    }

    /** "join the talks", "attend the meeting", "join the two leaders", "join them", or directly "the meeting". */
    private boolean backReference(List<Token> t, int at, int end) {
        int k = at;
        if (k < end && JOIN_VERBS.contains(MeetingLexicon.lemma(t.get(k)))) {
            k++;
            while (k < end && Set.of("part", "in").contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                k++;
            }
            if (k < end && PRINCIPALS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        if (k >= end || !BACK.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(end, k + 1 + PHRASE); j++) {
            Token w = t.get(j);
            if (words.meetingNoun(w)) {
                return j + 1 >= end || !t.get(j + 1).text().equalsIgnoreCase("with"); // "to join talks with X" names its own people
            }
            if (j == k + 1 && Set.of("two", "three").contains(w.text().toLowerCase(Locale.ROOT))) {
                return true; // "to join the two leaders"
            }
            if (!Set.of("ADJ", "NOUN", "PROPN", "NUM").contains(MeetingLexicon.pos(w))) {
                return false;
            }
        }
        return false;
    }
}
