package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The questions of a labelled transcript ("HOST: ...", "SEN. ROE: ..."), which are no one's claims: a turn
 * whose paragraph ends in a question ("You were in Calama yesterday. Who did you see?"), and every turn of
 * the interviewer the introduction names ("Presenter: Ana Ruiz.", "hosted by Ana Ruiz"), whose remarks
 * ("The deputies say you refused them.") put questions too. Stateless.
 */
final class QuestionTurns {
    /** Words before a name in the introduction that make that person the one who asks. */
    private static final Set<String> ASKERS = Set.of("presenter", "host", "interviewer", "moderator", "anchor", "presented",
            "hosted", "moderated", "interviewed");

    private QuestionTurns() {
    }

    /**
     * The people the introduction (the sentences before sentence {@code end}) names as the interviewer: a person right
     * after an asker's word, a colon or "by" ("Presenter: Ana Ruiz", "hosted by Ana Ruiz").
     */
    static Set<String> interviewers(AnnotatedText text, EntityIndex index, int end) {
        Set<String> out = new HashSet<>();
        for (Sentence s : text.sentences().subList(0, Math.min(end, text.sentences().size()))) {
            for (MentionRef r : index.mentionsIn(s.index())) {
                int k = r.tokenStart() - 1;
                while (k >= 0 && Set.of(":", "by").contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))) {
                    k--;
                }
                if (r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && k >= 0 && k < r.tokenStart() - 1
                        && ASKERS.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))) {
                    out.add(r.key());
                }
            }
        }
        return out;
    }

    /**
     * Turns to mark as questions: for each labelled sentence whose turn is the interviewer's or whose paragraph ends in
     * a question, the indices of the sentences of that paragraph.
     */
    static Set<Integer> questions(AnnotatedText text, Map<Integer, SpeakerBlocks.Owner> owners, Set<String> interviewers) {
        Set<Integer> out = new HashSet<>();
        List<Sentence> all = text.sentences();
        for (Sentence s : all) {
            SpeakerBlocks.Owner o = owners.get(s.index());
            if (o == null || o.mode() != SpeakerBlocks.Mode.TURN || o.labelEnd() == 0) {
                continue;
            }
            int last = s.index();
            while (last + 1 < all.size() && owners.containsKey(last + 1) && owners.get(last + 1).labelEnd() == 0
                    && text.text().substring(all.get(last).end(), all.get(last + 1).start()).indexOf('\n') < 0) {
                last++;
            }
            boolean asker = o.speaker().key() != null && interviewers.contains(o.speaker().key());
            if (asker || asks(all.get(last))) {
                for (int i = s.index(); i <= last; i++) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Whether a sentence is a question: it ends in a question mark, before any closing quote or bracket. */
    static boolean asks(Sentence s) {
        List<Token> t = s.tokens();
        for (int k = t.size() - 1; k >= 0; k--) {
            String w = t.get(k).text();
            if (w.equals("?")) {
                return true;
            }
            if (!Set.of("\"", "”", "’", "'", ")").contains(w)) {
                return w.endsWith("?");
            }
        }
        return false;
    }
}
