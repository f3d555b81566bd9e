package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A group of participants named as the holders of one office in several places: "the governors of Chihuahua,
 * Coahuila and Tamaulipas", "the foreign ministers of France, Germany and Italy", "the mayors of the towns of
 * Ede and Zeist". Everyone the article names from then on with that office for one of those places is one of the
 * group: "Coahuila Governor A", "Governor A of Coahuila", "the governor of Carchi, B", "B, governor of Carchi",
 * "Coahuila's governor, C", "French Foreign Minister D" (a nationality stands for its country). Thread-safe.
 */
final class GroupOfPlaces {
    /**
     * An office held in several places.
     *
     * @param head   the office's head word, singular and lower case ("governor")
     * @param places the places, folded ({@link Gazetteer#folded}), countries for nationalities
     */
    record Office(String head, Set<String> places) {
    }

    /** How many sentences after the group its members may be named. */
    private static final int REACH = 30;

    /** How many capitalised words a place's name may have. */
    private static final int PLACE_WORDS = 4;

    private GroupOfPlaces() {
    }

    /**
     * The office a group written in sentence {@code s} names with its places ("the governors of A, B and C"),
     * if it does: the group's last word, plural and a role word, followed by "of" (past "the provinces of") and at
     * least two capitalised names joined by commas and "and".
     */
    static Optional<Office> in(Sentence s, String group) {
        String[] words = group.trim().split("\\s+");
        String last = words[words.length - 1];
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            Token head = t.get(i);
            String lemma = MeetingLexicon.lemma(head).toLowerCase(Locale.ROOT);
            if (!head.text().equals(last) || head.text().equalsIgnoreCase(lemma) || !(Lexicon.INSTANCE.isRoleWord(lemma)
                    || Lexicon.INSTANCE.isRoleHead(lemma)) || !t.get(i + 1).text().equalsIgnoreCase("of")) {
                continue;
            }
            int k = i + 2;
            if (k + 2 < t.size() && t.get(k).text().equalsIgnoreCase("the") && !t.get(k + 1).capitalised()
                    && t.get(k + 2).text().equalsIgnoreCase("of")) {
                k += 3; // "the governors of the provinces of A, B and C"
            }
            Set<String> places = places(t, k);
            if (places.size() >= 2) {
                return Optional.of(new Office(lemma, places));
            }
        }
        return Optional.empty();
    }

    /** "A, B and C", "A, B, and C": the capitalised names of a list from token {@code k}, folded. */
    private static Set<String> places(List<Token> t, int k) {
        Set<String> out = new LinkedHashSet<>();
        List<String> name = new ArrayList<>();
        for (int i = k; i < t.size(); i++) {
            String w = t.get(i).text();
            if (t.get(i).capitalised() && name.size() < PLACE_WORDS) {
                name.add(w);
                continue;
            }
            if (!name.isEmpty()) {
                out.add(place(String.join(" ", name)));
                name.clear();
            }
            if (!(w.equals(",") || w.equalsIgnoreCase("and") || w.equals("&"))) {
                break;
            }
        }
        if (!name.isEmpty()) {
            out.add(place(String.join(" ", name)));
        }
        return out;
    }

    /** A place's name folded, a nationality ("French") as its country's. */
    private static String place(String name) {
        return Gazetteer.folded(Gazetteer.INSTANCE.country(name).orElse(name));
    }

    /**
     * The people named in sentences {@code from} on (up to {@link #REACH} after it) with the office for one of
     * its places, others than {@code except}.
     */
    static List<String> members(AnnotatedText text, EntityIndex index, Office office, int from, Collection<String> except) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int k = from; k < Math.min(text.sentences().size(), from + REACH); k++) {
            List<Token> t = text.sentences().get(k).tokens();
            for (MentionRef r : index.mentionsIn(k)) {
                if (r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && !except.contains(r.key())
                        && (officeBefore(t, r.tokenStart(), office) || officeAfter(t, r, office))) {
                    out.add(r.key());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * "Coahuila Governor A", "French Foreign Minister A", "the governor of Carchi, A", "Coahuila's governor, A": the
     * office and one of its places right before the name at {@code start}.
     */
    private static boolean officeBefore(List<Token> t, int start, Office o) {
        int h = start - 1;
        if (counterpartBefore(t, h >= 1 && t.get(h).text().equals(",") ? h - 1 : h, o)) {
            return true; // "Lisbon's mayor A and her Porto counterpart, B"
        }
        if (h >= 1 && t.get(h).text().equals(",")) {
            h--; // "the governor of Carchi, A", "Coahuila's governor, A"
            if (h >= 2 && isHead(t.get(h), o) && NameShape.isClitic(t.get(h - 1).text())) {
                return placeEndingAt(t, h - 2, o);
            }
            int of = h;
            while (of > 0 && h - of < PLACE_WORDS && t.get(of).capitalised()) {
                of--;
            }
            return of > 0 && of < h && t.get(of).text().equalsIgnoreCase("of") && isHead(t.get(of - 1), o)
                    && o.places().contains(place(span(t, of + 1, h + 1)));
        }
        if (h < 0 || !isHead(t.get(h), o)) {
            return false;
        }
        int a = h - 1;
        while (a >= 0 && h - a <= PLACE_WORDS && t.get(a).capitalised()) {
            if (o.places().contains(place(span(t, a, h))) || o.places().contains(place(t.get(a).text()))) {
                return true; // "Nuevo León Governor", "French Foreign Minister"
            }
            a--;
        }
        return false;
    }

    /** Possessives before "counterpart" that make it the same office as one just named: "and her Porto counterpart". */
    private static final Set<String> COUNTERPART_OWNERS = Set.of("his", "her", "their");

    /**
     * "her Porto counterpart", "his Coahuila counterpart": one of the office's places between a possessive and
     * "counterpart" at token {@code h}, so the person named with it holds the office there.
     */
    private static boolean counterpartBefore(List<Token> t, int h, Office o) {
        if (h < 2 || !t.get(h).text().equalsIgnoreCase("counterpart")) {
            return false;
        }
        for (int a = h - 1; a >= 1 && h - a <= PLACE_WORDS && t.get(a).capitalised(); a--) {
            if (COUNTERPART_OWNERS.contains(t.get(a - 1).text().toLowerCase(Locale.ROOT)) && o.places().contains(place(span(t, a, h)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the office's places is written in capitalised words ending at token {@code end}. */
    private static boolean placeEndingAt(List<Token> t, int end, Office o) {
        for (int a = end; a >= 0 && end - a < PLACE_WORDS && t.get(a).capitalised(); a--) {
            if (o.places().contains(place(span(t, a, end + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "Governor A of Coahuila", "A, governor of Carchi": the office before or just after the name, one of its places after "of". */
    private static boolean officeAfter(List<Token> t, MentionRef r, Office o) {
        int k = r.tokenEnd();
        boolean titled = r.tokenStart() > 0 && isHead(t.get(r.tokenStart() - 1), o);
        if (titled && k + 1 < t.size() && t.get(k).text().equalsIgnoreCase("of")) {
            return placeFrom(t, k + 1, o);
        }
        if (k + 3 < t.size() && t.get(k).text().equals(",")) {
            int h = t.get(k + 1).text().equalsIgnoreCase("the") ? k + 2 : k + 1;
            return h + 2 < t.size() && isHead(t.get(h), o) && t.get(h + 1).text().equalsIgnoreCase("of") && placeFrom(t, h + 2, o);
        }
        return false;
    }

    /** Whether one of the office's places is written in capitalised words from token {@code a}. */
    private static boolean placeFrom(List<Token> t, int a, Office o) {
        for (int e = a + 1; e <= t.size() && e - a <= PLACE_WORDS && t.get(e - 1).capitalised(); e++) {
            if (o.places().contains(place(span(t, a, e)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHead(Token t, Office o) {
        String w = NameShape.bare(t.text()).toLowerCase(Locale.ROOT);
        return w.equals(o.head()) || MeetingLexicon.lemma(t).equalsIgnoreCase(o.head()) && !w.endsWith("s");
    }

    private static String span(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(t.get(i).text());
        }
        return b.toString();
    }
}
