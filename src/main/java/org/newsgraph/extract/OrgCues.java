package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * What the words around a name show it to be an organisation: a kind of organisation right before it
 * ("battery maker Haneul Cell", "the players' union, Futbolistas Argentinos", "US-based Lumera"), a
 * company's officer right after it ("Rutafresca chief", "Lumera CEO"), an apposition that says so ("Sorvang,
 * a battery maker,") or "which" after it ("Haneul Cell,
 * which says ..."). Nouns from org-cues.txt and org-kinds.txt. Immutable and thread-safe.
 */
final class OrgCues {
    static final OrgCues INSTANCE = new OrgCues();

    private final Set<String> before = new HashSet<>();
    private static final Set<String> AFTER = Set.of("CEO", "chief", "CEOs");

    private OrgCues() {
        WordList.lines("org-cues.txt").forEach(l -> before.add(WordList.first(l)));
        WordList.lines("org-kinds.txt").forEach(l -> before.add(WordList.first(l)));
    }

    /**
     * Whether a mention stands where organisations stand. A comma between the noun and the name counts
     * only in an apposition of a name that does not open with a given name ("the union, Juan Pérez, said"
     * names a person; "at the ministry, Haddad said" is no apposition); "which" only after an untitled name
     * without a given name ("Prime Minister Bekele, which had been due" is about a summit).
     */
    boolean organisation(AnnotatedText text, PersonCandidate m) {
        List<Token> t = text.sentences().get(m.sentence()).tokens();
        int b = m.to();
        boolean givenName = PersonClusters.isGivenName(m.words().get(0));
        boolean commaAfter = b < t.size() && t.get(b).text().equals(",");
        int k = m.from() - 1;
        if (k >= 1 && t.get(k).text().equals(",") && !givenName && commaAfter) {
            if (ofRoleHead(t, k - 1)) {
                return false; // "the head of the dockers' union, Ilkay Demirtas,": the apposition names the head
            }
            k--; // an apposition: "the players' union, Futbolistas Argentinos, has ..."
        }
        if (k >= 0 && isBeforeCue(t.get(k).text()) || basedAt(t, k)) {
            return true;
        }
        if (b + 1 < t.size() && AFTER.contains(t.get(b).text()) && !t.get(b + 1).capitalised()) {
            return true;
        }
        if (commaAfter && describedAsOrganisation(t, b + 1)) {
            return true;
        }
        return commaAfter && !givenName && m.role().roles().isEmpty() && !m.titled() && b + 1 < t.size()
                && t.get(b + 1).text().equals("which");
    }

    /** "US-based Lumera" as the tokenizer cuts it ("US" "-" "based"): "based" at k glued to a hyphen after a word. */
    static boolean basedAt(List<Token> t, int k) {
        return k >= 2 && t.get(k).text().equalsIgnoreCase("based") && t.get(k - 1).text().equals("-")
                && t.get(k - 1).end() == t.get(k).start() && t.get(k - 2).end() == t.get(k - 1).start();
    }

    /**
     * Whether the noun phrase ending at k is what a role is of: "the head of the dockers' union", "the president of
     * the Farmers' Federation" (a role head, "of", then only determiners, nouns, adjectives and possessives).
     */
    private static boolean ofRoleHead(List<Token> t, int k) {
        for (int j = k; j >= 1 && j > k - 8; j--) {
            String w = t.get(j).text();
            if (w.equals("of")) {
                return j < k && Lexicon.INSTANCE.isRoleHead(t.get(j - 1).text());
            }
            String pos = t.get(j).pos();
            if (!(pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("DET") || NameShape.isClitic(w)
                    || w.equals("'") || w.equals("\u2019"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * ", a battery maker from Sweden,": "a" or "an" at k and lower-case words up to a preposition, the last a
     * kind of organisation (not ", a government spokesman,").
     */
    boolean describedAsOrganisation(List<Token> t, int k) {
        int head = descriptionHead(t, k);
        return head > 0 && isKindOfOrganisation(t.get(head).text());
    }

    /** The last word of a description "a battery maker" starting at k (before a preposition or comma), or -1. */
    static int descriptionHead(List<Token> t, int k) {
        if (k >= t.size() || !(t.get(k).text().equals("a") || t.get(k).text().equals("an"))) {
            return -1;
        }
        int j = k + 1;
        while (j < t.size() && j < k + 5 && Character.isLowerCase(t.get(j).text().charAt(0)) && !t.get(j).pos().equals("ADP")) {
            j++;
        }
        return j > k + 1 ? j - 1 : -1;
    }

    /** Whether a lower-case word names a kind of organisation ("maker", "union", "food-delivery app"). */
    boolean isKindOfOrganisation(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && isBeforeCue(w);
    }

    private boolean isBeforeCue(String w) {
        String low = w.toLowerCase(Locale.ROOT);
        if (low.endsWith("-based") && low.length() > 6) {
            return true; // "US-based Lumera"
        }
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        int hyphen = low.lastIndexOf('-');
        return before.contains(low) || hyphen > 0 && before.contains(low.substring(hyphen + 1)); // "food-delivery app"
    }
}
