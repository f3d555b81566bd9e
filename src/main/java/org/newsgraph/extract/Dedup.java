package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps one statement per speaker per claim: of two with the same speaker and mostly the same words, the surer one. */
final class Dedup {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Dedup() {
    }

    static List<Statement> apply(List<Statement> in) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : in) {
            int same = -1;
            for (int k = 0; k < out.size(); k++) {
                Statement o = out.get(k);
                boolean sameSpeaker = Objects.equals(o.speaker(), s.speaker())
                        && (s.speaker() != null || Objects.equals(o.speakerText(), s.speakerText()));
                if (sameSpeaker && overlap(o.content(), s.content()) >= 0.8) {
                    same = k;
                    break;
                }
            }
            if (same < 0) {
                out.add(s);
            } else if (s.confidence() > out.get(same).confidence()) {
                out.set(same, s);
            }
        }
        return out;
    }

    static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        return (double) both.size() / Math.min(wa.size(), wb.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }
}
