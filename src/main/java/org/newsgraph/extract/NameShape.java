package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** What the words of a person's name look like: initials, particles, suffixes, capitals. */
final class NameShape {
    private static final Set<String> PARTICLES = Set.of("al", "al-", "el", "el-", "bin", "ibn", "bint", "de", "da", "di",
            "del", "della", "van", "von", "der", "den", "le", "la", "du", "dos", "das", "ter", "abu", "anak", "arap");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> FUNCTION = Set.of("The", "A", "An", "And", "Or", "Of", "In", "On", "At", "To",
            "For", "With", "By", "From", "As", "But", "If", "This", "That", "It", "He", "She", "We", "They", "I", "You");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s?$");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){2,}");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern PREFIXED_NAME = Pattern.compile("(al|el|ad|as|ash|bin|ibn)?-\\p{Lu}.*");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    /** An Irish name word with an initial mutation: "tSaoir", "bhFáil", "nGael". */
    /** A Khoekhoe name with a click letter first, written "!" or "//" in Namibian news: "!Naruseb", "//Hoebes". */
    private static final Pattern CLICK_NAME = Pattern.compile("(?:[!\u01C3\u01C0\u01C1\u01C2]|//)\\p{Lu}\\p{Ll}+");
    private static final Pattern MUTATED = Pattern.compile("(?:t|n|h|bh|mb|gc|nd|bhf|ng|dt)\\p{Lu}\\p{Ll}+");
    /** {@link #loose} by name: the rules compare the same few names many times per article. Bounded. */
    private static final int MAX_LOOSE = 100_000;
    private static final ConcurrentHashMap<String, String> LOOSE = new ConcurrentHashMap<>();

    private NameShape() {
    }

    /** The word without a possessive ending ("Trump's" gives "Trump"). */
    static String bare(String w) {
        if (w.indexOf('\'') < 0 && w.indexOf('\u2019') < 0) {
            return w;
        }
        return POSSESSIVE_END.matcher(w).replaceAll("");
    }

    /** Whether the word is a name with a click letter first ("!Naruseb", "//Hoebes"), which the tagger takes for punctuation. */
    static boolean isClickName(String w) {
        return CLICK_NAME.matcher(w).matches();
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
        return INITIAL.matcher(w).matches() || INITIALS.matcher(w).matches();
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
        return PLURAL_ACRONYM.matcher(w).matches();
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
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || isParticle(w) || PREFIXED_NAME.matcher(w).matches()
                || MUTATED.matcher(w).matches() || isClickName(w))
                && !isFunctionWord(w);
    }

    /** Key for comparing name words: accents and case folded, doubled letters squeezed (Zelenskyy = Zelensky). */
    static String loose(String name) {
        String key = LOOSE.get(name);
        if (key == null) {
            key = DOUBLED.matcher(NameKeys.slug(name)).replaceAll("$1");
            if (LOOSE.size() >= MAX_LOOSE) {
                LOOSE.clear();
            }
            LOOSE.put(name, key);
        }
        return key;
    }
}
