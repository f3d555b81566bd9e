package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/** What the words of a person's name look like: initials, particles, suffixes, capitals. */
final class NameShape {
    private static final Set<String> PARTICLES = Set.of("al", "al-", "el", "el-", "bin", "ibn", "bint", "de", "da", "di",
            "del", "della", "van", "von", "der", "den", "le", "la", "du", "dos", "das", "ter", "abu");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> FUNCTION = Set.of("The", "A", "An", "And", "Or", "Of", "In", "On", "At", "To",
            "For", "With", "By", "From", "As", "But", "If", "This", "That", "It", "He", "She", "We", "They", "I", "You");

    private NameShape() {
    }

    /** The word without a possessive ending ("Trump's" gives "Trump"). */
    static String bare(String w) {
        return w.replaceAll("['\u2019]s?$", "");
    }

    /** Whether the word carries a possessive ending ("Trump's", "'s"). */
    static boolean isPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }

    /** Whether the token is a possessive or clitic {@code 's} on its own ("'s", "’s"). */
    static boolean isClitic(String w) {
        return w.equals("'s") || w.equals("\u2019s");
    }

    static boolean isParticle(String w) {
        return PARTICLES.contains(w.toLowerCase(Locale.ROOT));
    }

    static boolean isSuffix(String w) {
        return SUFFIXES.contains(w.toLowerCase(Locale.ROOT));
    }

    /** "J." or "J". */
    static boolean isInitial(String w) {
        return w.matches("\\p{Lu}\\.?") || w.matches("(\\p{Lu}\\.){2,}");
    }

    static boolean isFunctionWord(String w) {
        return FUNCTION.contains(w);
    }

    /** "BLINKEN" or "SECRETARY" (two or more letters, no lower case). */
    static boolean isAllCaps(String w) {
        return w.length() >= 2 && w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT))
                && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** Plural acronyms like "MPs", "MEPs", "CEOs": groups, not names. */
    static boolean isPluralAcronym(String w) {
        return w.matches("\\p{Lu}{2,}s");
    }

    /** "BLINKEN" gives "Blinken", "AL-SUDANI" gives "Al-Sudani"; other words are kept. */
    static String titleCase(String w) {
        if (!isAllCaps(w) || w.length() < 3 && w.endsWith(".")) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** Whether a token can be part of a name: capitalised, an initial, a particle or a suffix. */
    static boolean isNameWord(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || isParticle(w) || w.matches("(al|el|ad|as|ash|bin|ibn)?-\\p{Lu}.*"))
                && !isFunctionWord(w);
    }

    /** Key for comparing name words: accents and case folded, doubled letters squeezed (Zelenskyy = Zelensky). */
    static String loose(String name) {
        return NameKeys.slug(name).replaceAll("(.)\\1+", "$1");
    }
}
