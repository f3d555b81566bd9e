package org.newsgraph.nlp;

/**
 * Replaces typographic quotes and apostrophes by their ASCII forms, one character for one, so the
 * OpenNLP models (trained on ASCII-quoted text) split possessives and quotes, and every offset in the
 * normalised text is the same offset in the original.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The text with ’ ‘ ‛ ′ as {@code '} and “ ” „ ‟ ″ « » as {@code "}; same length as the input. */
    public static String normalize(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (c[i]) {
                case '\u2019', '\u2018', '\u201B', '\u2032', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u00A0', '\u2009', '\u202F' -> ' ';
                default -> c[i];
            };
        }
        return new String(c);
    }
}
