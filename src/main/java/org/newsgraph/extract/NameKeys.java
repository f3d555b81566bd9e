package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalised keys for names: accents folded, lower case, words joined by hyphens. */
public final class NameKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");

    private NameKeys() {
    }

    /** "Volodymyr Zelensky" and "volodymyr  ZELENSKY" both give {@code volodymyr-zelensky}. */
    public static String slug(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = POSSESSIVE.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll("");
        s = EDGE_HYPHENS.matcher(NON_WORD.matcher(s).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "unnamed" : s;
    }
}
