package org.newsgraph.extract;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Recognises headlines: title-case lines without closing punctuation ("Hun Sen Raises Issue With UN Chief"). */
final class Headline {
    private Headline() {
    }

    /** A headline, or a short first line without closing punctuation ("Starmer and Macron agree to boost aid"). */
    static boolean isTitleLine(org.newsgraph.nlp.AnnotatedText text, Sentence s) {
        String t = s.text().strip();
        boolean open = !t.isEmpty() && ".!?\"'\u201D:".indexOf(t.charAt(t.length() - 1)) < 0;
        return is(s) || open && s.index() == 0 && s.tokens().size() <= 20;
    }

    static boolean is(Sentence s) {
        String t = s.text().strip();
        if (t.isEmpty() || ".!?\"'\u201D".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token k : s.tokens()) {
            if (k.text().chars().allMatch(Character::isLetter) && k.text().length() > 3) {
                words++;
                caps += Character.isUpperCase(k.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && caps >= 0.7 * words;
    }
}
