package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits possessive and contracted {@code 's} (and the bare {@code '} of plural possessives) off the
 * token before it. The UD tokenizer keeps {@code Biden's} as one token, while the name finder is
 * trained on text where {@code 's} stands alone (as in CoNLL-2003 and UD treebanks); splitting keeps
 * names free of the possessive marker.
 */
final class Possessives {
    private Possessives() {
    }

    /**
     * The token spans with every {@code X's}/{@code X'S} split into {@code X} and {@code 's}, and every
     * {@code Xs'} into {@code Xs} and {@code '}; {@code text} is the ASCII-quoted sentence the spans
     * point into.
     */
    static Span[] split(Span[] tokens, CharSequence text) {
        List<Span> out = new ArrayList<>(tokens.length + 4);
        for (Span t : tokens) {
            int cut = cut(text, t.getStart(), t.getEnd());
            if (cut < 0) {
                out.add(t);
            } else {
                out.add(new Span(t.getStart(), cut));
                out.add(new Span(cut, t.getEnd()));
            }
        }
        return out.size() == tokens.length ? tokens : out.toArray(Span[]::new);
    }

    /** Where to split the token {@code [start, end)}, or -1. */
    private static int cut(CharSequence text, int start, int end) {
        int len = end - start;
        if (len > 2 && text.charAt(end - 2) == '\'' && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && Character.isLetterOrDigit(text.charAt(end - 3))) {
            return end - 2;
        }
        if (len > 2 && text.charAt(end - 1) == '\'' && (text.charAt(end - 2) == 's' || text.charAt(end - 2) == 'S')
                && Character.isLetter(text.charAt(end - 3))) {
            return end - 1;
        }
        return -1;
    }
}
