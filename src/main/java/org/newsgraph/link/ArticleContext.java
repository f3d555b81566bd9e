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
    private final String text;

    ArticleContext(Extraction extraction, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.text = extraction.article().text();
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

    /**
     * The entity's roles, the words of its mentions other than its name, and the title words written
     * just before each mention in the article ("Zimbabwean Information Minister" before "Tichaona
     * Jokonya"), as a list of phrases.
     */
    List<String> roleTexts(Entity entity) {
        List<String> out = new ArrayList<>(entity.roles());
        for (Mention m : entity.mentions()) {
            String before = titleBefore(text, m.start());
            if (!before.isEmpty()) {
                out.add(Names.fold(before));
            }
        }
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

    private static final Set<String> TITLE_WORDS = Set.of("president", "vice", "prime", "minister", "foreign",
            "defence", "defense", "secretary", "state", "of", "for", "special", "envoy", "chief", "leader",
            "opposition", "spokesman", "spokeswoman", "spokesperson", "councillor", "councilor", "local", "mayor",
            "deputy", "general", "former", "acting", "finance", "interior", "ambassador", "senator", "governor", "king",
            "queen", "chancellor", "premier", "external", "affairs", "information", "new", "top", "negotiator", "press",
            "national", "security", "adviser", "advisor", "council", "undersecretary", "commerce", "home", "justice",
            "trade", "health", "lawmaker", "member", "parliament", "county", "city", "town", "municipal", "the");
    private static final int MAX_TITLE_WORDS = 6;

    /** The title-like words right before an offset: capitalised words and role words, up to punctuation. */
    static String titleBefore(String text, int offset) {
        int end = Math.min(offset, text.length());
        List<String> words = new ArrayList<>();
        int i = end;
        while (words.size() < MAX_TITLE_WORDS) {
            while (i > 0 && text.charAt(i - 1) == ' ') {
                i--;
            }
            int wordEnd = i;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && ".,;:!?\"\u201c\u201d()[]".indexOf(text.charAt(i - 1)) < 0) {
                i--;
            }
            if (i == wordEnd) {
                break;
            }
            String w = text.substring(i, wordEnd);
            boolean title = Character.isUpperCase(w.charAt(0)) || TITLE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
            if (!title) {
                break;
            }
            words.add(0, w);
            if (i > 0 && text.charAt(i - 1) != ' ') {
                break; // newline or punctuation before the word
            }
        }
        while (!words.isEmpty() && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        return String.join(" ", words);
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
                    if (e.placeKind().equals("country") && spelledAs(e, phrase)) {
                        out.add(e.qid());
                    }
                }
            }
        }
    }

    /** Whether the phrase is the country's label or an alias up to case and accents (not a looser match: Cameron is not Cameroon). */
    private static boolean spelledAs(GazetteerEntry e, String phrase) {
        String f = Names.fold(phrase);
        return Names.fold(e.label()).equals(f) || e.aliases().stream().anyMatch(a -> Names.fold(a).equals(f));
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
