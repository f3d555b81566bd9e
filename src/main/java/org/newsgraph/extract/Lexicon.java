package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rules use, loaded once from the resources of this package (honorifics, role
 * words, speech verbs, stop nouns, organisation heads, pleasantries, person modifiers). Immutable and
 * thread-safe.
 */
final class Lexicon {
    static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, String> honorifics = new HashMap<>();
    private final Set<String> roleWords = new HashSet<>();
    private final Set<String> roleHeads = new HashSet<>();
    private final Map<String, String> speechVerbs = new HashMap<>();
    private final Set<String> stopNouns = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final List<String> pleasantries;
    private final Set<String> personModifiers = new HashSet<>();
    private final Map<String, Set<String>> givenNameTitles = new HashMap<>();

    private Lexicon() {
        for (String l : WordList.lines("honorifics.txt")) {
            honorifics.put(WordList.first(l), WordList.second(l));
        }
        for (String l : WordList.lines("role-words.txt")) {
            roleWords.add(WordList.first(l));
            if (WordList.second(l).equals("head")) {
                roleHeads.add(WordList.first(l));
            }
        }
        for (String l : WordList.lines("speech-verbs.txt")) {
            speechVerbs.put(WordList.first(l), WordList.second(l));
        }
        WordList.lines("stop-nouns.txt").forEach(stopNouns::add);
        WordList.lines("org-heads.txt").forEach(orgHeads::add);
        WordList.lines("person-modifiers.txt").forEach(personModifiers::add);
        for (String l : WordList.lines("given-name-titles.txt")) {
            givenNameTitles.put(WordList.first(l), Set.of(WordList.second(l).split("\\s+")));
        }
        pleasantries = List.copyOf(WordList.lines("pleasantries.txt"));
    }

    private static String low(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** "Mr", "Dr.", "Sir", "Maj." ..., and ranks joined by hyphens ("Maj-Gen", "Lt-Col"). */
    boolean isHonorific(String word) {
        String w = low(word);
        return honorifics.containsKey(w) || w.indexOf('-') > 0 && !w.endsWith("-") && isCompoundRank(w);
    }

    /**
     * Whether {@code word}, a title only after another title ("Datuk Seri", "Tan Sri"), opens a name as a given name
     * after {@code previous} ("Governor Sri Wahyuni", ", Sri Mulyani"): given-name-titles.txt. {@code previous} is
     * the word before it, or null at the start of a sentence.
     */
    boolean isGivenNameAfter(String word, String previous) {
        Set<String> titlesBefore = givenNameTitles.get(low(word));
        if (titlesBefore == null) {
            return false;
        }
        return previous == null || !isHonorific(previous) && !titlesBefore.contains(low(previous));
    }

    /** Whether {@code word} and {@code next} are a title of two words that is no honorific alone: "Tan Sri", "Toh Puan". */
    boolean opensTitlePair(String word, String next) {
        Set<String> titlesBefore = givenNameTitles.get(low(next));
        return titlesBefore != null && titlesBefore.contains(low(word));
    }

    /** "maj-gen", "brig-gen", "lt-col": honorifics joined by hyphens. */
    private boolean isCompoundRank(String w) {
        for (String part : w.split("-")) {
            if (!honorifics.containsKey(part) && !honorifics.containsKey(part + ".")) {
                return false;
            }
        }
        return true;
    }

    /** 'm', 'f' or 0 for an honorific's gender. */
    char honorificGender(String word) {
        String g = honorifics.getOrDefault(low(word), "");
        return g.isEmpty() ? 0 : g.charAt(0);
    }

    boolean isRoleWord(String word) {
        String w = low(NameShape.bare(word));
        return roleWords.contains(w) || compoundRole(w, false);
    }

    boolean isRoleHead(String word) {
        String w = low(NameShape.bare(word));
        return roleHeads.contains(w) || compoundRole(w, true);
    }

    /** Title words that may follow a role after a hyphen: "Mayor-elect", "Minister-designate". */
    private static final Set<String> ROLE_SUFFIXES = Set.of("elect", "designate");

    /**
     * "governor-general", "minister-president", "mayor-elect": role words joined by hyphens (a head when the last
     * role word is one).
     */
    private boolean compoundRole(String w, boolean head) {
        int hyphen = w.indexOf('-');
        if (hyphen <= 0 || w.endsWith("-")) {
            return false;
        }
        String[] parts = w.split("-");
        String last = parts[parts.length - 1];
        int end = ROLE_SUFFIXES.contains(last) ? parts.length - 1 : parts.length;
        if (end == 0) {
            return false;
        }
        for (int k = 0; k < end; k++) {
            if (!roleWords.contains(parts[k])) {
                return false;
            }
        }
        return !head || roleHeads.contains(parts[end - 1]);
    }

    boolean isSpeechVerb(String lemma) {
        return speechVerbs.containsKey(low(lemma));
    }

    /** The speech verb a token is a form of ("recommitted" gives "recommit"), or null. */
    String speechVerb(org.newsgraph.nlp.Token t) {
        if (isSpeechVerb(t.lemma())) {
            return low(t.lemma());
        }
        String w = low(t.text());
        for (String c : List.of(w, cut(w, "s"), cut(w, "es"), cut(w, "ed"), cut(w, "d"), undouble(cut(w, "ed")),
                cut(w, "ied") + "y", cut(w, "ing"), cut(w, "ing") + "e", undouble(cut(w, "ing")))) {
            if (!c.isEmpty() && speechVerbs.containsKey(c)) {
                return c;
            }
        }
        return null;
    }

    private static String cut(String w, String suffix) {
        return w.endsWith(suffix) && w.length() > suffix.length() + 2 ? w.substring(0, w.length() - suffix.length()) : "";
    }

    private static String undouble(String w) {
        int n = w.length();
        return n > 3 && w.charAt(n - 1) == w.charAt(n - 2) ? w.substring(0, n - 1) : "";
    }

    /** "", "quote" or "readout": see speech-verbs.txt. */
    String speechVerbClass(String lemma) {
        return speechVerbs.getOrDefault(low(lemma), "");
    }

    boolean isStopNoun(String lemma) {
        return stopNouns.contains(low(lemma));
    }

    boolean isOrgHead(String word) {
        return orgHeads.contains(word);
    }

    boolean isPersonModifier(String word) {
        return personModifiers.contains(low(NameShape.bare(word)));
    }

    /** The sentence with its small-talk phrases removed. */
    String withoutPleasantries(String sentence) {
        String s = low(sentence);
        for (String p : pleasantries) {
            s = s.replace(p, " ");
        }
        return s;
    }

    /** Whether a sentence is small talk ("Thank you.", "Good to see you."). */
    boolean isPleasantry(String sentence) {
        String s = low(sentence);
        return pleasantries.stream().anyMatch(s::contains);
    }
}
