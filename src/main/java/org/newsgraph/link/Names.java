package org.newsgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name normalisation shared by the gazetteer, its builder and the linkers. Stateless and
 * thread-safe.
 *
 * <p>Two levels: {@link #fold} (case and accents folded, punctuation dropped, words separated by
 * one space) and {@link #loose} (additionally doubled letters squeezed and common transliteration
 * variants merged, so "Zelenskyy", "Zelensky" and "Zelenskiy" give one key).
 */
final class Names {
    private static final Set<String> HONORIFICS = Set.of("sir", "dame", "dr", "mr", "mrs", "ms", "miss", "prof",
            "lord", "lady", "gen", "maj", "col", "lt", "capt", "sen", "rep", "gov", "his", "her", "excellency",
            "majesty", "highness", "sheikh", "hon", "rev");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "mp", "qc", "kc");
    private static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
            Map.entry("mike", List.of("michael")), Map.entry("michael", List.of("mike")),
            Map.entry("joe", List.of("joseph")), Map.entry("joseph", List.of("joe")),
            Map.entry("tony", List.of("antony", "anthony")), Map.entry("antony", List.of("tony")),
            Map.entry("anthony", List.of("tony")), Map.entry("bill", List.of("william")),
            Map.entry("william", List.of("bill")), Map.entry("bob", List.of("robert")),
            Map.entry("robert", List.of("bob")), Map.entry("jim", List.of("james")),
            Map.entry("james", List.of("jim")), Map.entry("tom", List.of("thomas")),
            Map.entry("thomas", List.of("tom")), Map.entry("dick", List.of("richard")),
            Map.entry("richard", List.of("dick")), Map.entry("chuck", List.of("charles")),
            Map.entry("charles", List.of("chuck")), Map.entry("ted", List.of("edward")),
            Map.entry("pat", List.of("patrick")), Map.entry("patrick", List.of("pat")),
            Map.entry("dan", List.of("daniel")), Map.entry("daniel", List.of("dan")),
            Map.entry("steve", List.of("steven", "stephen")), Map.entry("steven", List.of("steve")),
            Map.entry("stephen", List.of("steve")), Map.entry("liz", List.of("elizabeth")),
            Map.entry("elizabeth", List.of("liz")), Map.entry("ben", List.of("benjamin")),
            Map.entry("benjamin", List.of("ben")), Map.entry("nick", List.of("nicholas")),
            Map.entry("nicholas", List.of("nick")), Map.entry("matt", List.of("matthew")),
            Map.entry("matthew", List.of("matt")), Map.entry("chris", List.of("christopher")),
            Map.entry("christopher", List.of("chris")), Map.entry("dave", List.of("david")),
            Map.entry("david", List.of("dave")), Map.entry("andy", List.of("andrew")),
            Map.entry("andrew", List.of("andy")), Map.entry("rob", List.of("robert")),
            Map.entry("jeff", List.of("jeffrey")), Map.entry("jeffrey", List.of("jeff")),
            Map.entry("mohammed", List.of("muhammad", "mohammad", "mohamed")),
            Map.entry("muhammad", List.of("mohammed", "mohammad", "mohamed")),
            Map.entry("mohammad", List.of("mohammed", "muhammad")), Map.entry("mohamed", List.of("mohammed")));

    private Names() {
    }

    /**
     * Case and accents folded, possessive 's and apostrophes dropped, other punctuation a space:
     * "Shia' al-Sudani" → "shia al sudani", "Ukraine's" → "ukraine".
     */
    static String fold(String name) {
        String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`') {
                boolean possessive = i + 1 < s.length() && s.charAt(i + 1) == 's'
                        && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
                if (possessive) {
                    i++; // "Ukraine's" → "ukraine"
                }
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return foldSpecial(b.toString());
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String foldSpecial(String s) {
        if (s.indexOf('ø') < 0 && s.indexOf('ß') < 0 && s.indexOf('æ') < 0 && s.indexOf('ł') < 0
                && s.indexOf('đ') < 0 && s.indexOf('ı') < 0) {
            return s;
        }
        return s.replace("ø", "o").replace("ß", "ss").replace("æ", "ae").replace("ł", "l").replace("đ", "d")
                .replace("ı", "i");
    }

    /** The folded name with transliteration variants merged: doubled letters squeezed, y→i, kh→h, j→y-like i. */
    static String loose(String name) {
        String f = fold(name);
        StringBuilder b = new StringBuilder(f.length());
        char prev = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == 'y') {
                c = 'i';
            } else if (c == 'h' && (prev == 'k' || prev == 'g')) {
                continue; // kh→k, gh→g
            } else if (c == 'w' && (i == 0 || prev == ' ')) {
                c = 'v';
            }
            if (c == prev && c != ' ') {
                continue;
            }
            b.append(c);
            prev = c;
        }
        return b.toString();
    }

    /** Words of a folded name without honorifics, generational suffixes and single-letter initials. */
    static List<String> coreWords(String foldedName) {
        List<String> words = new ArrayList<>();
        for (String w : foldedName.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        int from = 0;
        while (from < words.size() - 1 && HONORIFICS.contains(words.get(from))) {
            from++;
        }
        int to = words.size();
        while (to > from + 1 && SUFFIXES.contains(words.get(to - 1))) {
            to--;
        }
        List<String> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            if (w.length() > 1 || to - from == 1) {
                out.add(w);
            }
        }
        return out;
    }

    /** Loose keys under which a query name is looked up: the full core name, then first+last, then nickname variants. */
    static List<String> queryKeys(String name) {
        String folded = fold(name);
        List<String> words = coreWords(folded);
        List<String> keys = new ArrayList<>();
        if (words.isEmpty()) {
            return keys;
        }
        keys.add(loose(String.join(" ", words)));
        keys.add(loose(folded));
        if (words.size() > 2) {
            keys.add(loose(words.get(0) + " " + words.get(words.size() - 1)));
        }
        for (String nick : NICKNAMES.getOrDefault(words.get(0), List.of())) {
            List<String> w = new ArrayList<>(words);
            w.set(0, nick);
            keys.add(loose(String.join(" ", w)));
        }
        return keys.stream().distinct().toList();
    }

    /** The loose key of the last core word: the surname for most Western names. */
    static String surnameKey(String name) {
        List<String> words = coreWords(fold(name));
        return words.isEmpty() ? "" : loose(words.get(words.size() - 1));
    }

    /** Number of core words in a name. */
    static int wordCount(String name) {
        return coreWords(fold(name)).size();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
