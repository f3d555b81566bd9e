package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A sentence that names the people of a group just met: "The envoys are A, B and C", "The three ambassadors were
 * A and B", "They are A, B and C". It opens with the group (a definite plural people noun of the {@code group}
 * list, or "They") and a form of "be", and lists names after it. Thread-safe.
 */
final class GroupListed {
    private static final Set<String> DEFINITE = Set.of("the", "these", "those");
    private static final Set<String> BE = Set.of("are", "were");
    /** How many modifiers may stand between the determiner and the people noun: "The three new envoys". */
    private static final int MODIFIERS = 3;

    private GroupListed() {
    }

    /** The persons named after the opening "The envoys are", or none when the sentence does not open so. */
    static List<String> members(Sentence s, EntityIndex index, MeetingLexicon words) {
        List<Token> t = s.tokens();
        int verb = subjectEnd(t, words);
        if (verb < 0 || verb >= t.size() || !BE.contains(t.get(verb).text().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        return index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && r.tokenStart() > verb)
                .map(MentionRef::key).distinct().toList();
    }

    /** The token after "They" or "The (three new) envoys" opening the sentence, or -1. */
    private static int subjectEnd(List<Token> t, MeetingLexicon words) {
        if (t.isEmpty()) {
            return -1;
        }
        if (t.get(0).text().equals("They")) {
            return 1;
        }
        if (!DEFINITE.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = 1; k < t.size() && k <= MODIFIERS + 1; k++) {
            Token w = t.get(k);
            String pos = MeetingLexicon.pos(w);
            if (pos.equals("NOUN") && words.in("group", w) && !w.text().equalsIgnoreCase(w.lemma())) {
                return k + 1;
            }
            if (!(pos.equals("ADJ") || pos.equals("NUM"))) {
                return -1;
            }
        }
        return -1;
    }
}
