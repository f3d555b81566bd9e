package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * People a sentence names as also taking part in a meeting told of just before, as readouts and wire copy
 * list them: "Also present were A, B and C", "A was also present", "Also taking part in the talks were A
 * and B", "The talks were also attended by A", "in the presence of A", "accompanied by A". The people are
 * those named in the stretch the cue governs: after it when the cue comes first, else before it back to
 * the start of the clause ("sources said ... that A was also present"). Thread-safe.
 */
final class Attendance {
    /** Cues followed by the people they add: the last word of the cue, and the words before it. */
    private static final List<List<String>> AFTER_CUES = List.of(
            List.of("attended", "by"), List.of("joined", "by"), List.of("accompanied", "by"), List.of("presence", "of"),
            List.of("also", "present"), List.of("also", "attending"), List.of("also", "participating"),
            List.of("taking", "part"), List.of("took", "part"), List.of("in", "attendance"), List.of("among", "those", "present"));

    private final ParticipantFinder finder;

    Attendance(ParticipantFinder finder) {
        this.finder = finder;
    }

    /** The people the sentence adds to a meeting at or after token {@code from}, if it has such a cue. */
    Optional<Participants> added(Sentence s, int from) {
        List<Token> t = s.tokens();
        for (int i = from; i < t.size(); i++) {
            for (List<String> cue : AFTER_CUES) {
                if (matches(t, i, cue)) {
                    int end = i + cue.size();
                    boolean first = cue.get(0).equals("also") && !beforeIsVerbOfBeing(t, i) || !cue.get(0).equals("also");
                    Participants p = first ? finder.named(s, end, clauseEnd(t, end)) : finder.named(s, clauseStart(t, i, from), i);
                    if (!p.keys().isEmpty()) {
                        return Optional.of(p);
                    }
                }
            }
            if (low(t.get(i)).equals("present") && i > from && beforeIsVerbOfBeing(t, i)) {
                Participants p = finder.named(s, clauseStart(t, i, from), i);
                if (!p.keys().isEmpty()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<Token> t, int i, List<String> cue) {
        if (i + cue.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < cue.size(); k++) {
            if (!low(t.get(i + k)).equals(cue.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "A was (also) present", "A and B were also present": a form of "be" just before the cue. */
    private static boolean beforeIsVerbOfBeing(List<Token> t, int i) {
        int k = i - 1;
        if (k >= 0 && low(t.get(k)).equals("also")) {
            k--;
        }
        return k >= 0 && List.of("was", "were", "is", "are", "be", "been").contains(low(t.get(k)));
    }

    static int clauseEnd(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            String w = low(t.get(i));
            if (w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("who") || w.equals("which")
                    || (w.equals("said") || w.equals("says") || w.equals("told")) && i > from) {
                return i;
            }
        }
        return t.size();
    }

    private static int clauseStart(List<Token> t, int cue, int from) {
        for (int i = cue - 1; i > from; i--) {
            String w = low(t.get(i));
            if (w.equals("that") || w.equals(";") || w.equals(":") || w.equals("and") && i + 1 < cue && low(t.get(i + 1)).equals("that")) {
                return i + 1;
            }
        }
        return from;
    }

    private static String low(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
