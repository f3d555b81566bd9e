package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The longest form an article gives an organisation's name. An organisation whose name ends in an
 * organisation word and is followed somewhere by "of" and a place ("the All Farmers Association of
 * Nigeria", "the Football Association of Zambia") is named so wherever it speaks, since the name finder
 * took the place for a name of its own. Words the name finder left out around a name are put back
 * ({@link #around}): a nationality before it ("the Belarusian Defence Ministry", "the Canadian Red
 * Cross"), a first part joined by "and" ("the Ethics and Anti-Corruption Commission") and the seat of a
 * mission after it ("the Zambian embassy in Beijing"). A body the name finder named by its noun alone ("the
 * Ministry said") takes the one fuller name of that noun in the article ({@link #fullOfBareNoun}). Only words
 * the article writes are used. Stateless.
 */
final class OrgFullNames {
    /** Nouns of a body that represents its country or organisation somewhere, named with its seat ("embassy in Beijing"). */
    private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "mission", "delegation", "legation");

    private OrgFullNames() {
    }

    /**
     * Organisation key to its longest written name, for the organisations written with a place tail, and
     * to the one fuller form {@link #around} gives it when the article writes only one.
     */
    static Map<String, String> of(EntityIndex index, List<Sentence> sentences) {
        Map<String, String> out = new HashMap<>();
        Map<String, java.util.Set<String>> around = new HashMap<>();
        for (Sentence s : sentences) {
            for (MentionRef org : index.mentionsIn(s.index())) {
                if (org.type() != EntityType.ORGANIZATION || org.kind() != MentionRef.Kind.NAME) {
                    continue;
                }
                around(index, s, org.tokenStart(), org.tokenEnd())
                        .ifPresent(name -> around.computeIfAbsent(org.key(), k -> new java.util.LinkedHashSet<>()).add(name));
                if (!Lexicon.INSTANCE.isOrgHead(s.tokens().get(org.tokenEnd() - 1).text())) {
                    continue;
                }
                placeAfter(index, s, org.tokenEnd()).ifPresent(end -> {
                    String name = s.span(org.tokenStart(), end);
                    out.merge(org.key(), name, (a, b) -> a.length() >= b.length() ? a : b);
                });
            }
        }
        for (Entity bare : index.entities()) {
            fullOfBareNoun(index, bare).ifPresent(full -> out.putIfAbsent(bare.key(), out.getOrDefault(full.key(), full.name())));
        }
        around.forEach((key, names) -> {
            if (names.size() == 1 && !out.containsKey(key)) {
                out.put(key, names.iterator().next());
            }
        });
        return out;
    }

    /**
     * For an organisation the name finder named by a capitalised body noun alone ("the Ministry said", "The Commission
     * said"): the one organisation of the article whose fuller name that noun heads or ends ("Ministry of Economic
     * Affairs", "European Commission"), if there is just one.
     */
    static Optional<Entity> fullOfBareNoun(EntityIndex index, Entity bare) {
        if (bare.type() != EntityType.ORGANIZATION || bare.name().contains(" ")
                || !"body".equals(OrgKinds.INSTANCE.kindOfWord(bare.name())) || !Character.isUpperCase(bare.name().charAt(0))) {
            return Optional.empty();
        }
        String noun = bare.name().toLowerCase(java.util.Locale.ROOT);
        List<Entity> fulls = index.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION && e.name().contains(" ")
                && OrgKinds.INSTANCE.fits(e.name(), noun, "body")).toList();
        return fulls.size() == 1 ? Optional.of(fulls.get(0)) : Optional.empty();
    }

    /**
     * The organisation named at tokens a..b with the words the name finder left out around it, when there are any:
     * a nationality right before it after "the" ("the Saudi Foreign Ministry"), a place it is named after ("China
     * Coastal Shipping", which the name finder split), capitalised words joined to it by
     * "and" after "the" ("the Ethics and Anti-Corruption Commission"), and "in" with a place after a mission's noun
     * ("the U.S. Embassy in Baghdad").
     */
    static Optional<String> around(EntityIndex index, Sentence s, int a, int b) {
        List<Token> t = s.tokens();
        int from = a;
        Optional<MentionRef> place = index.mentionsIn(s.index()).stream()
                .filter(r -> r.tokenEnd() == a && r.type() == EntityType.PLACE && r.kind() == MentionRef.Kind.NAME).findFirst();
        if (from >= 2 && Gazetteer.INSTANCE.isDemonym(t.get(from - 1).text()) && free(index, s, from - 1)
                && t.get(from - 2).lemma().equalsIgnoreCase("the")) {
            from--;
        } else if (place.isPresent() && t.get(a).capitalised() && t.get(a - 1).end() < t.get(a).start()
                && (place.get().tokenStart() == 0 || !t.get(place.get().tokenStart() - 1).capitalised()
                        || t.get(place.get().tokenStart() - 1).lemma().equalsIgnoreCase("the"))) {
            from = place.get().tokenStart(); // "China Coastal Shipping", "Kenya Airways": a company named after its country
        } else if (from >= 3 && t.get(from - 1).text().equals("and") && t.get(a).capitalised()) {
            int k = from - 2;
            if (k >= 2 && capitalisedFree(index, s, k - 1) && t.get(k - 2).lemma().equalsIgnoreCase("the")) {
                k--;
            }
            if (capitalisedFree(index, s, k) && capitalisedFree(index, s, from - 2) && t.get(k - 1).lemma().equalsIgnoreCase("the")) {
                from = k;
            }
        }
        if (from == a) {
            from = headBefore(index, s, a);
        }
        from = modifierBefore(index, s, from);
        int to = tailAfter(index, s, a, b);
        if (MISSIONS.contains(t.get(b - 1).lemma().toLowerCase(java.util.Locale.ROOT)) && b + 1 < t.size() && t.get(b).text().equals("in")) {
            to = index.mentionsIn(s.index()).stream()
                    .filter(r -> r.tokenStart() == b + 1 && r.type() == EntityType.PLACE && r.kind() == MentionRef.Kind.NAME)
                    .map(MentionRef::tokenEnd).findFirst().orElse(b);
        }
        return from == a && to == b ? Optional.empty() : Optional.of(s.span(from, to));
    }

    /**
     * The first token of the name with one capitalised word the name finder left out right after "the" or at the
     * sentence's start: "the Progressive Conservatives", "The Federal Office of Statistics". No title ("the Deputy
     * Office ..."), no date and no word of another mention.
     */
    private static int modifierBefore(EntityIndex index, Sentence s, int from) {
        List<Token> t = s.tokens();
        int k = from - 1;
        if (k < 0 || !capitalisedFree(index, s, k) || NameShape.isFunctionWord(t.get(k).text()) || Lexicon.INSTANCE.isRoleWord(t.get(k).text())
                || Lexicon.INSTANCE.isHonorific(t.get(k).text()) || !t.get(k).text().chars().allMatch(Character::isLetter)
                || CalendarWords.WEEKDAYS_AND_MONTHS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            return from;
        }
        return k == 0 || t.get(k - 1).lemma().equalsIgnoreCase("the") ? k : from;
    }

    /**
     * The first token of an organisation's head word (org-heads.txt) the name finder left out before "of" or "of the"
     * ("the Office of the" before "Prime Minister and Cabinet", "the Prefecture of the" before "Papal Household"), else a.
     * A title ("Minister of the Interior") or any other word ("Shares of Kaveri") is no head of a body.
     */
    private static int headBefore(EntityIndex index, Sentence s, int a) {
        List<Token> t = s.tokens();
        int of = a >= 2 && t.get(a - 1).text().equals("the") ? a - 2 : a - 1;
        if (of < 1 || !t.get(of).text().equals("of") || !capitalisedFree(index, s, of - 1) || !Lexicon.INSTANCE.isOrgHead(t.get(of - 1).text())
                || Lexicon.INSTANCE.isRoleWord(t.get(of - 1).text()) || Lexicon.INSTANCE.isHonorific(t.get(of - 1).text())) {
            return a;
        }
        return of - 1;
    }

    /**
     * The end of a capitalised tail the name finder left out after a name, "of" and free capitalised words ("Department
     * of the Head" + "of Government"), else b. After a body's head word the tail may open with "the" ("the Presidency" +
     * "of the Government"), and a body named with its head word takes a country written right after "of" ("the Ministry
     * of Foreign Affairs" + "of Ukraine"; "of the People's Republic of ..." is a description, not the name).
     */
    private static int tailAfter(EntityIndex index, Sentence s, int a, int b) {
        List<Token> t = s.tokens();
        if (b + 1 >= t.size() || !t.get(b).text().equals("of")) {
            return b;
        }
        Optional<Integer> place = t.get(b + 1).text().equals("the") ? Optional.empty() : placeAfter(index, s, b);
        if (place.isPresent() && (Lexicon.INSTANCE.isOrgHead(t.get(a).text()) || Lexicon.INSTANCE.isOrgHead(t.get(b - 1).text()))) {
            return place.get(); // "the Ministry of Foreign Affairs" + "of Ukraine"
        }
        boolean head = Lexicon.INSTANCE.isOrgHead(t.get(b - 1).text()) && !Lexicon.INSTANCE.isRoleWord(t.get(b - 1).text())
                && !Lexicon.INSTANCE.isHonorific(t.get(b - 1).text());
        int start = head && b + 2 < t.size() && t.get(b + 1).text().equals("the") ? b + 2 : b + 1; // "the Presidency" + "of the Government"
        int k = start;
        while (k < t.size() && capitalisedFree(index, s, k) && !NameShape.isFunctionWord(t.get(k).text())) {
            k++;
        }
        return k == start ? b : k;
    }

    /** Whether token k is a capitalised word in no mention of the sentence. */
    private static boolean capitalisedFree(EntityIndex index, Sentence s, int k) {
        return s.tokens().get(k).capitalised() && Character.isLetter(s.tokens().get(k).text().charAt(0)) && free(index, s, k);
    }

    /** Whether token k lies in no mention of the sentence. */
    private static boolean free(EntityIndex index, Sentence s, int k) {
        return index.mentionsIn(s.index()).stream().noneMatch(r -> r.tokenStart() <= k && k < r.tokenEnd());
    }

    /** The token after a place named right after "of" at k ("of Nigeria", "of the Philippines"). */
    static java.util.Optional<Integer> placeAfter(EntityIndex index, Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k + 1 >= t.size() || !t.get(k).text().equals("of")) {
            return java.util.Optional.empty();
        }
        int at = t.get(k + 1).text().equals("the") ? k + 2 : k + 1;
        return index.mentionsIn(s.index()).stream()
                .filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE && r.kind() == MentionRef.Kind.NAME)
                .map(MentionRef::tokenEnd).findFirst();
    }
}
