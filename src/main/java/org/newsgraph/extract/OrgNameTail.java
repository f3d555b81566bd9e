package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * What follows the head word of an organisation's name: "Union of Teachers", "Ministry of Trade and
 * Industry", "Bureau of Customs", "Office of the Attorney-General". The words after "of" are capitalised;
 * "and" joins one or two further capitalised words that are no organisation of their own ("Ministry of
 * Trade and Industry", not "Ministry of Health and the World Bank"). A tail that runs into a person's name is
 * no tail ("Office of President Ruto"). Thread-safe.
 */
final class OrgNameTail {
    private static final Set<String> LINKS = Set.of("of", "for");

    private OrgNameTail() {
    }

    /** The end of the name whose head ends before token head, over an "of ..." tail; head when there is none. */
    static int end(Sentence s, int head, boolean[] taken) {
        List<Token> t = s.tokens();
        if (head + 1 >= t.size() || !LINKS.contains(t.get(head).text())) {
            return head;
        }
        int k = head + 1;
        if (t.get(k).text().equals("the") && k + 1 < t.size()) {
            k++;
        }
        int words = capitalisedRun(t, k, taken);
        if (words == 0) {
            return head;
        }
        int end = k + words;
        if (end < t.size() && taken[end] && t.get(end).capitalised()) {
            return head;
        }
        while (end + 1 < t.size() && t.get(end).text().equals("and")) {
            int more = capitalisedRun(t, end + 1, taken);
            int after = end + 1 + more;
            if (more == 0 || more > 2 || Lexicon.INSTANCE.isOrgHead(t.get(after - 1).text()) || after < t.size() && taken[after]) {
                break;
            }
            end = after;
        }
        return end;
    }

    /** Whether a name from a to b reads as an organisation's head with a tail: "National Union of Nurses". */
    static boolean headedBefore(Sentence s, int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if (Lexicon.INSTANCE.isOrgHead(s.tokens().get(k).text()) && LINKS.contains(s.tokens().get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    private static int capitalisedRun(List<Token> t, int k, boolean[] taken) {
        int n = 0;
        while (k + n < t.size() && t.get(k + n).capitalised() && !NameShape.isAllCaps(t.get(k + n).text())
                && !taken[k + n] && Character.isLetter(t.get(k + n).text().charAt(0))) {
            n++;
        }
        return n;
    }
}
