package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Normalised keys for names: accents folded, lower case, words joined by hyphens. */
public final class NameKeys {
    private NameKeys() {
    }

    /** "Volodymyr Zelensky" and "volodymyr  ZELENSKY" both give {@code volodymyr-zelensky}. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
