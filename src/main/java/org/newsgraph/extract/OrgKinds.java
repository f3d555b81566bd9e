package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Organisations named by a country and a common noun ("Kenya's foreign ministry", "the Ghanaian
 * government"), and the organisation a bare common noun stands for ("the ministry said", "the company
 * said"). Nouns and their kinds in org-kinds.txt. Thread-safe.
 */
final class OrgKinds {
    static final OrgKinds INSTANCE = new OrgKinds();

    /** A government body found in a sentence, tokens {@code from} to {@code to}, with its canonical name. */
    record Body(String name, int from, int to) {
    }

    private final Map<String, String> kinds = new HashMap<>();
    private final Set<String> bare = new HashSet<>();

    private OrgKinds() {
        for (String l : WordList.lines("org-kinds.txt")) {
            String[] cols = WordList.second(l).split("\\s+");
            kinds.put(WordList.first(l), cols[0]);
            if (cols.length > 1 && cols[1].equals("bare")) {
                bare.add(WordList.first(l));
            }
        }
    }

    /** Whether the noun stands for its body without a determiner ("Police said"). */
    boolean isBare(Token w) {
        return bare.contains(w.lemma().toLowerCase(Locale.ROOT));
    }

    /** "Kenya's foreign ministry", "the Kenyan government": a body named "Kenyan foreign ministry", "Kenyan government". */
    List<Body> bodies(Sentence s, List<Gazetteer.Hit> places) {
        List<Token> t = s.tokens();
        List<Body> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int k = i + 1;
            String word = NameShape.bare(t.get(i).text());
            Optional<String> adjective = Gazetteer.INSTANCE.country(word).map(c -> word);
            if (adjective.isEmpty()) {
                int at = i;
                Optional<Gazetteer.Hit> place = places.stream().filter(h -> h.from() == at && h.type() == EntityType.PLACE).findFirst();
                if (place.isEmpty() || place.get().to() >= t.size() || !NameShape.isPossessive(t.get(place.get().to()).text())) {
                    continue;
                }
                adjective = Gazetteer.INSTANCE.demonym(place.get().canonical());
                k = place.get().to() + 1;
            }
            int head = k;
            while (head < t.size() && head < k + 3 && isLowerWord(t.get(head)) && !"body".equals(kindOf(t.get(head)))) {
                head++;
            }
            if (adjective.isPresent() && head < t.size() && isLowerWord(t.get(head)) && "body".equals(kindOf(t.get(head)))) {
                out.add(new Body(adjective.get() + " " + s.span(k, head + 1).toLowerCase(Locale.ROOT), i, head + 1));
                i = head;
            }
        }
        return out;
    }

    private static boolean isLowerWord(Token w) {
        return !w.text().isEmpty() && Character.isLowerCase(w.text().charAt(0)) && Character.isLetter(w.text().charAt(0));
    }

    /** The kind of a noun written as a word ("Ministry", "company"), or null. */
    String kindOfWord(String word) {
        return kinds.get(word.toLowerCase(Locale.ROOT));
    }

    /** The kind of a common noun ("body", "firm"), or null. */
    String kindOf(Token w) {
        return kinds.get(w.lemma().toLowerCase(Locale.ROOT));
    }

    /** "Union of Teachers", "National Union of Nurses": the noun heads the name, before its "of ..." tail. */
    private static boolean headOfTail(String[] words, String noun) {
        for (int k = 0; k + 2 < words.length; k++) {
            if (words[k].equals(noun) && (words[k + 1].equals("of") || words[k + 1].equals("for"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an organisation's name fits a noun of a kind: a body ends in the noun; a firm is no body. */
    boolean fits(String orgName, String noun, String kind) {
        String[] words = orgName.toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        if (kind.equals("body")) {
            return last.equals(noun) || headOfTail(words, noun);
        }
        return java.util.Arrays.stream(words).noneMatch(w -> "body".equals(kinds.get(w)));
    }
}
