package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Rejoins hyphenated given names that the UD tokenizer cuts at the hyphen: {@code Jae-} + {@code myung}
 * and {@code Jong} + {@code -} + {@code un} become {@code Jae-myung} and {@code Jong-un} ("Lee Jae-myung",
 * "Kim Jong-un"), so the name finder and the POS tagger see one word. Only a capitalised first part glued to
 * a lower-case rest is joined, and not when the rest is an English word of compounds ("Moscow-based",
 * "Biden-era"); "well-known" is left as the tokenizer made it.
 */
final class HyphenatedNames {
    private HyphenatedNames() {
    }

    /** The token spans with each capitalised {@code X-} joined to the lower-case token glued after it. */
    static Span[] join(Span[] tokens, CharSequence text) {
        List<Span> out = null;
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            int parts = i + 1 < tokens.length && (joins(text, t, tokens[i + 1]) || joinsHyphenated(text, t, tokens[i + 1])) ? 2
                    : i + 2 < tokens.length && joinsAcrossHyphen(text, t, tokens[i + 1], tokens[i + 2]) ? 3 : 1;
            if (parts > 1) {
                if (out == null) {
                    out = new ArrayList<>(List.of(tokens).subList(0, i));
                }
                out.add(new Span(t.getStart(), tokens[i + parts - 1].getEnd()));
                i += parts - 1;
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out.toArray(Span[]::new);
    }

    private static boolean joins(CharSequence text, Span a, Span b) {
        return a.length() >= 3 && text.charAt(a.getEnd() - 1) == '-' && Character.isUpperCase(text.charAt(a.getStart()))
                && Character.isLetter(text.charAt(a.getEnd() - 2)) && nameRest(text, a.getEnd(), b);
    }

    /** {@code Dong} + {@code -hoon}: the tokenizer kept the hyphen on the second part. */
    private static boolean joinsHyphenated(CharSequence text, Span a, Span b) {
        return a.length() >= 2 && b.length() >= 3 && b.getStart() == a.getEnd() && text.charAt(b.getStart()) == '-'
                && Character.isUpperCase(text.charAt(a.getStart())) && isLetters(text, a)
                && nameRest(text, b.getStart() + 1, new Span(b.getStart() + 1, b.getEnd()));
    }

    private static boolean joinsAcrossHyphen(CharSequence text, Span a, Span hyphen, Span b) {
        return a.length() >= 2 && hyphen.length() == 1 && text.charAt(hyphen.getStart()) == '-' && hyphen.getStart() == a.getEnd()
                && Character.isUpperCase(text.charAt(a.getStart())) && isLetters(text, a) && nameRest(text, hyphen.getEnd(), b);
    }

    /** A lower-case word glued at {@code at} that is no English compound part. */
    private static boolean nameRest(CharSequence text, int at, Span b) {
        return b.getStart() == at && isLetters(text, b) && Character.isLowerCase(text.charAt(b.getStart()))
                && !COMPOUND_PARTS.contains(text.subSequence(b.getStart(), b.getEnd()).toString());
    }

    private static boolean isLetters(CharSequence text, Span s) {
        for (int k = s.getStart(); k < s.getEnd(); k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Second parts of English compounds after a name ("Kremlin-backed", "Trump-era", "Paris-born"). */
    private static final java.util.Set<String> COMPOUND_PARTS = java.util.Set.of("based", "backed", "led", "era", "run", "born",
            "like", "made", "owned", "style", "linked", "held", "free", "wide", "only", "bound", "friendly", "funded",
            "appointed", "allied", "aligned", "supported", "sponsored", "controlled", "occupied", "registered", "listed",
            "bred", "raised", "educated", "trained", "centric", "related", "specific", "level", "type", "class", "area",
            "ward", "speaking", "language", "year", "day", "week", "month", "time", "long", "old",
            "up", "in", "out", "on", "off", "over", "down", "sized", "size", "shaped", "themed", "inspired", "esque",
            "ish", "ism", "ist", "ists", "isms", "ite", "ites", "mania", "gate", "bashing", "elect", "designate");
}
