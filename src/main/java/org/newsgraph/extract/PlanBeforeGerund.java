package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.newsgraph.nlp.Token;

/**
 * "X will tour the port on Thursday before meeting Y", "X is set to be received by Z on Thursday, before meeting Y the
 * same afternoon": a meeting told by a gerund after "before" or "after" shares the time of the clause it hangs on, and
 * so its plan (a modal, or a plan word with "to"). Not when a verb in the past stands between ("X, who will retire in
 * May, met Z on Monday before meeting Y"), nor when the gerund opens the sentence. Stateless.
 */
final class PlanBeforeGerund {
    private PlanBeforeGerund() {
    }

    /** Words that set a gerund's act in time by the clause before: "before meeting", "after talking to". */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("before", "after");

    /** How far back from the preposition the plan of the clause may stand. */
    private static final int REACH = 20;

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "?", "!");

    /** Forms of "be" and "have" that make a participle after them no past of its own: "is set to be received". */
    private static final Set<String> HELPERS = Set.of("be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "to");

    /** Whether the gerund meeting word of {@code c} follows "before" or "after" and a planned clause. */
    static boolean at(MeetingClause c, BiFunction<MeetingClause, Integer, Optional<MeetingStatus>> cueAt) {
        List<Token> t = c.sentence().tokens();
        int g = c.trigger();
        if (g < 2 || !MeetingLexicon.pos(t.get(g)).equals("VERB") || !t.get(g).text().toLowerCase(Locale.ROOT).endsWith("ing")
                || !TIME_PREPOSITIONS.contains(t.get(g - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = g - 2; k >= Math.max(0, g - 1 - REACH); k--) {
            Token w = t.get(k);
            if (CLAUSE_ENDS.contains(w.text()) || pastVerb(t, k)) {
                return false;
            }
            Optional<MeetingStatus> cue = cueAt.apply(c, k);
            if (cue.isPresent() && cue.get() == MeetingStatus.PLANNED && (MeetingLexicon.pos(w).equals("AUX")
                    || k + 1 < g && t.get(k + 1).text().equalsIgnoreCase("to"))) {
                return true;
            }
        }
        return false;
    }

    /** A verb told in the past on its own ("met", "toured"), not a participle after "be", "have" or "to". */
    private static boolean pastVerb(List<Token> t, int k) {
        Token w = t.get(k);
        String text = w.text().toLowerCase(Locale.ROOT);
        if (!MeetingLexicon.pos(w).equals("VERB") || text.endsWith("ing") || text.equals(MeetingLexicon.lemma(w))
                || text.equals(MeetingLexicon.lemma(w) + "s") || text.equals(MeetingLexicon.lemma(w) + "es")) {
            return false;
        }
        return k == 0 || !HELPERS.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT));
    }
}
