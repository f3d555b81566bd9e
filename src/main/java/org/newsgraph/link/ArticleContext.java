package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;

/**
 * What an article tells about its entities for disambiguation: its date, the countries it mentions,
 * and for each entity the role words and countries written next to its name. Immutable.
 */
final class ArticleContext {
    private final LocalDate date;
    private final Set<String> countries;
    private final Gazetteer gazetteer;

    ArticleContext(Extraction extraction, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.date = extraction.article().published();
        Set<String> c = new HashSet<>();
        String title = extraction.article().title();
        scanCountries(title == null ? "" : title, c, false);
        scanCountries(extraction.article().text(), c, false);
        for (Entity place : extraction.entities(EntityType.PLACE)) {
            for (GazetteerEntry e : gazetteer.lookup(place.name(), EntityType.PLACE)) {
                if (!e.placeKind().equals("city")) {
                    c.addAll(e.countries());
                }
            }
        }
        this.countries = Set.copyOf(c);
    }

    /** The article's publication date, or null. */
    LocalDate date() {
        return date;
    }

    /** Country QIDs named anywhere in the article (names, demonyms, places of sub-national units). */
    Set<String> countries() {
        return countries;
    }

    /** The entity's roles plus the words written around its name in its mentions, as one phrase list. */
    List<String> roleTexts(Entity entity) {
        List<String> out = new ArrayList<>(entity.roles());
        Set<String> nameWords = new HashSet<>(Names.coreWords(Names.fold(entity.name())));
        for (Mention m : entity.mentions()) {
            List<String> rest = new ArrayList<>();
            for (String w : Names.fold(m.text()).split(" ")) {
                if (!nameWords.contains(w) && !w.isEmpty()) {
                    rest.add(w);
                }
            }
            if (!rest.isEmpty()) {
                out.add(String.join(" ", rest));
            }
        }
        return out;
    }

    /** Countries named in the entity's role words ("Russian President", "UK Prime Minister", "Ukraine's negotiator"). */
    Set<String> entityCountries(List<String> roleTexts) {
        Set<String> c = new LinkedHashSet<>();
        for (String r : roleTexts) {
            scanCountries(r, c, true);
        }
        return c;
    }

    /** Adds the countries named by words and word pairs/triples of the text. */
    private void scanCountries(String text, Set<String> out, boolean anyCase) {
        String[] w = text.split("[^\\p{L}\\p{Nd}.'\u2019]+");
        for (int i = 0; i < w.length; i++) {
            String word = stripPossessive(w[i]);
            if (word.isEmpty()) {
                continue;
            }
            if (!anyCase && !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            gazetteer.countryOfWord(word).ifPresent(out::add);
            String phrase = word;
            for (int n = 0; n < 3 && i + n < w.length; n++) {
                if (n > 0) {
                    String next = stripPossessive(w[i + n]);
                    if (next.isEmpty() || !anyCase && !Character.isUpperCase(next.charAt(0)) && !next.equals("of")) {
                        break;
                    }
                    phrase = phrase + " " + next;
                }
                for (GazetteerEntry e : gazetteer.lookup(phrase, EntityType.PLACE)) {
                    if (e.placeKind().equals("country")) {
                        out.add(e.qid());
                    }
                }
            }
        }
    }

    private static String stripPossessive(String w) {
        String s = w;
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        while (s.endsWith(".") && s.length() > 1 && s.indexOf('.') == s.length() - 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
