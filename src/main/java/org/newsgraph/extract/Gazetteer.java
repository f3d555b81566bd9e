package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Well-known organisations and places (organizations.txt, places.txt) and nationality adjectives
 * (demonyms.txt), matched on token boundaries, longest first. Immutable and thread-safe.
 */
final class Gazetteer {
    static final Gazetteer INSTANCE = new Gazetteer();

    /** A gazetteer entry found in a sentence: tokens {@code from} to {@code to}. */
    record Hit(EntityType type, String canonical, int from, int to) {
    }

    private final Map<String, String> orgs = new HashMap<>();
    private final Map<String, String> places = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> adjectives = new HashMap<>();
    private final java.util.Set<String> worldPlaces = java.util.Set.copyOf(WordList.lines("world-places.txt"));
    private final java.util.Set<String> foldedWorldPlaces = worldPlaces.stream().map(Gazetteer::folded)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private int longest = 1;

    private Gazetteer() {
        load("organizations.txt", orgs);
        load("places.txt", places);
        for (String l : WordList.lines("demonyms.txt")) {
            String[] p = l.split("\\|");
            demonyms.put(p[0], p[1]);
            if (!NameShape.isAllCaps(p[0].replace(".", ""))) {
                adjectives.putIfAbsent(p[1], p[0]);
            }
        }
    }

    private void load(String resource, Map<String, String> into) {
        for (String l : WordList.lines(resource)) {
            String[] forms = l.split("\\|");
            for (String f : forms) {
                into.put(key(f), forms[0]);
                longest = Math.max(longest, f.split("[ ]+").length + 2);
            }
        }
    }

    /** Lookup key: words joined by single spaces, possessive and hyphen spacing ignored. */
    private static String key(String s) {
        return NameShape.bare(s.replace(" - ", "-").replace(" , ", ", ").strip());
    }

    /** The canonical organisation or place for a name as written, if any. */
    Optional<Hit> lookup(String text) {
        String k = key(text);
        if (orgs.containsKey(k)) {
            return Optional.of(new Hit(EntityType.ORGANIZATION, orgs.get(k), 0, 0));
        }
        if (places.containsKey(k)) {
            return Optional.of(new Hit(EntityType.PLACE, places.get(k), 0, 0));
        }
        return Optional.empty();
    }

    boolean isDemonym(String word) {
        return demonyms.containsKey(NameShape.bare(word));
    }

    /** The country a nationality adjective points to ("Russian" gives "Russia"). */
    Optional<String> country(String demonym) {
        return Optional.ofNullable(demonyms.get(NameShape.bare(demonym)));
    }

    /** The nationality adjective of a country ("Kenya" gives "Kenyan"). */
    Optional<String> demonym(String country) {
        return Optional.ofNullable(adjectives.get(country));
    }

    /**
     * Whether a name is a country, territory or city of 100,000 people or more (world-places.txt, from
     * the offline Wikidata gazetteer). Kept apart from {@link #isKnown}: many such names are also names
     * of people ("Victoria", "Austin").
     */
    boolean isWorldPlace(String name) {
        return worldPlaces.contains(name);
    }

    /** Whether a name is a world place ({@link #isWorldPlace}) or a place of the well-known list (places.txt: "Brussels"). */
    boolean isKnownPlace(String name) {
        return isWorldPlace(name) || lookup(name).filter(h -> h.type() == EntityType.PLACE).isPresent();
    }

    /**
     * Whether a name is a world place ({@link #isWorldPlace}) as spelled locally, with diacritics and the
     * spaces between syllables: "Hà Nội" is Hanoi, "Việt Nam" is Vietnam.
     */
    boolean isWorldPlaceFolded(String name) {
        return foldedWorldPlaces.contains(folded(name));
    }

    /** Lower case, without diacritics, spaces, hyphens and apostrophes: "Hà Nội" gives "hanoi". */
    static String folded(String name) {
        String s = name.replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l').replace('Ł', 'L');
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-'\u2019]+", "");
    }

    /** Whether a word or phrase is any known organisation, place or nationality. */
    boolean isKnown(String text) {
        return lookup(text).isPresent() || isDemonym(text);
    }

    /** All entries in a sentence, longest match first, not overlapping. */
    List<Hit> find(Sentence s) {
        List<Hit> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            Hit h = longestAt(s, i);
            if (h == null) {
                i++;
            } else {
                out.add(h);
                i = h.to();
            }
        }
        return out;
    }

    private Hit longestAt(Sentence s, int i) {
        if (!s.tokens().get(i).capitalised()) {
            return null;
        }
        for (int j = Math.min(s.tokens().size(), i + longest); j > i; j--) {
            if (!s.tokens().get(j - 1).capitalised() && !s.tokens().get(j - 1).text().equals(".")) {
                continue;
            }
            Optional<Hit> h = lookup(s.span(i, j));
            if (h.isPresent()) {
                return new Hit(h.get().type(), h.get().canonical(), i, j);
            }
        }
        return null;
    }
}
