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
 * company's officer right after it ("Rutafresca chief", "Lumera CEO") or "which" after it ("Haneul Cell,
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
            k--; // an apposition: "the players' union, Futbolistas Argentinos, has ..."
        }
        if (k >= 0 && isBeforeCue(t.get(k).text())) {
            return true;
        }
        if (b + 1 < t.size() && AFTER.contains(t.get(b).text()) && !t.get(b + 1).capitalised()) {
            return true;
        }
        return commaAfter && !givenName && m.role().roles().isEmpty() && !m.titled() && b + 1 < t.size()
                && t.get(b + 1).text().equals("which");
    }

    private boolean isBeforeCue(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        String low = w.toLowerCase(Locale.ROOT);
        if (low.endsWith("-based")) {
            return true;
        }
        int hyphen = low.lastIndexOf('-');
        return before.contains(low) || hyphen > 0 && before.contains(low.substring(hyphen + 1)); // "food-delivery app"
    }
}
