package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedText;

/**
 * Takes back people that the article itself shows to be something else: a name that is also the start of
 * an organisation's name ("Kestrel" beside "Kestrel Foods"), a one-word name that is a known city or
 * country or is used as a place ("talks in Erbil"), the name of an administrative area ("Kano State"), a world
 * place in local spelling ("Hà Nội"), a district of an address (", of Ward End"), and a name that the words
 * around it show to be an organisation ({@link OrgCues}: "battery maker Haneul Cell"). Untitled names only:
 * "Mr Jordan" stays a person.
 * Thread-safe.
 */
final class PersonFilter {
    /** Last words of names of administrative areas: "Kano State", "Nakuru County". */
    private static final Set<String> PLACE_HEADS = Set.of("State", "County", "Province", "District", "Region", "Municipality",
            "Prefecture", "Governorate", "Oblast", "Territory", "Town", "Township", "Village");
    /** First words of names of villages and urban districts: "Barangay Mambaling", "Kampung Baru". */
    private static final Set<String> PLACE_PREFIXES = Set.of("Barangay", "Brgy", "Brgy.", "Kampung", "Kampong", "Colonia", "Bairro");
    /**
     * First words of names of peoples and tribes that news writes like personal names: the Māori "Ngāti" and "Ngāi"
     * ("descendants of": "Ngāti Whātua", "Ngāi Tahu"), as "Ngati"/"Ngai" without the macron too.
     */
    private static final Set<String> PEOPLE_PREFIXES = Set.of("Ngāti", "Ngati", "Ngāi", "Ngai");
    /** First words of names of regions named after a place or river: "Alto Paraná", "Upper Nile", "Greater Accra". */
    private static final Set<String> PLACE_QUALIFIERS = Set.of("Alto", "Alta", "Bajo", "Baja", "Upper", "Lower", "Greater",
            "Nuevo", "Nueva", "Novo", "Nova", "Gran", "North", "South", "East", "West", "Central", "Outer", "Inner", "Haut",
            "Haute", "Bas", "Basse", "Ober", "Nieder");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "du", "da", "di", "la", "le", "el", "al", "ter", "ten");
    private static final Set<String> EPONYMOUS_HEADS = Set.of("administration", "foundation", "institute", "center", "centre",
            "trust", "library", "museum", "award", "prize", "memorial", "school", "college", "university", "hall", "stadium",
            "tower", "doctrine", "fund", "campaign", "government", "cabinet");
    /**
     * Words before a place: locative prepositions, and "to" after a noun or verb of travel ("a visit to", "flew to",
     * "travelled to"), which go to places, not people.
     */
    private static final Pattern LOCATIVE = Pattern.compile("\\b(?:in|into|near|outside|across|around|throughout"
            + "|(?:visit|visits|trip|travel|travels|travelled|traveled|flew|journey|arrived|returned|headed)\\s+to)\\s+$");

    private PersonFilter() {
    }

    /** The people of {@code people} that are not people, by the evidence of {@code text}. */
    static Set<PersonClusters.Person> rejected(AnnotatedText text, List<PersonClusters.Person> people) {
        Set<PersonClusters.Person> out = new HashSet<>();
        for (PersonClusters.Person p : people) {
            if (p.words().size() == 1 && (pairOfOthers(p, people) || shortFormOfOther(p, people))) {
                out.add(p);
                continue;
            }
            if (!givenName(p) && !honorific(p) && p.mentions.stream().allMatch(m -> portfolio(text, m))) {
                out.add(p);
                continue;
            }
            if (!p.mentions.isEmpty() && p.mentions.stream().allMatch(m -> eponym(text, m))) {
                out.add(p);
                continue;
            }
            if (endOfPlaceName(text, p) || !p.titled() && p.words().size() > 1 && p.mentions.stream().allMatch(m -> quotedTitle(text, m))) {
                out.add(p);
                continue;
            }
            if (!honorific(p) && p.mentions.stream().anyMatch(m -> OrgCues.INSTANCE.organisation(text, m) || acronymAfter(text, m))) {
                out.add(p);
                continue;
            }
            if (noGivenName(p) && organisationPrefix(text.text(), p) && !honorific(p) || portfolioBody(text, p)
                    || !p.titled() && !honorific(p) && firmName(text.text(), p)) {
                out.add(p);
                continue;
            }
            if (!p.titled() && p.mentions.stream().allMatch(m -> residence(text, m))) {
                out.add(p);
                continue;
            }
            if (!titledBefore(p) && !honorific(p) && !givenName(p) && p.mentions.stream().anyMatch(m -> placeEvidence(text, m))
                    && p.mentions.stream().noneMatch(m -> !placeEvidence(text, m) && personUse(text, m))) {
                out.add(p);
                continue;
            }
            if (!givenName(p) && p.mentions.stream().allMatch(m -> capitalDateline(text, m)
                    && (m.words().size() > 1 || Gazetteer.INSTANCE.isWorldPlace(m.name())))) {
                out.add(p);
                continue;
            }
            if (webLabel(p) || !p.mentions.isEmpty() && p.mentions.stream().allMatch(m -> hyphenContinuation(text, m))) {
                out.add(p);
                continue;
            }
            if (!givenName(p) && !honorific(p) && p.mentions.stream().anyMatch(m -> !(m.role().start() >= 0 && m.role().start() < m.from())
                    && bodyBeforeTitle(text, m))) {
                out.add(p);
                continue;
            }
            if (!givenName(p) && !honorific(p) && !titledBefore(p) && p.mentions.stream().anyMatch(m -> creditedOutlet(text, m))
                    && p.mentions.stream().allMatch(m -> creditedOutlet(text, m) || outletUse(text, m) || aloneOnLine(text, m))) {
                out.add(p);
                continue;
            }
            // "... told Rudaw." and "Rudaw English" as a masthead: a one-word name used only as an outlet is named
            if (p.words().size() == 1 && !givenName(p) && !honorific(p) && !titledBefore(p) && p.mentions.stream().anyMatch(m -> outletUse(text, m))
                    && p.mentions.stream().allMatch(m -> outletUse(text, m) || aloneOnLine(text, m) || shortLine(text, m))) {
                out.add(p);
                continue;
            }
            if (p.words().size() == 1 && !honorific(p) && commonNoun(text.text(), p.name)) {
                out.add(p);
                continue;
            }
            if (p.words().size() == 1 && !p.titled() && !honorific(p) && p.mentions.stream().anyMatch(m -> afterDefiniteArticle(text, m))) {
                out.add(p);
                continue;
            }
            if (p.words().size() > 1 && !givenName(p)
                    && p.mentions.stream().anyMatch(m -> insideNameAfterThe(text, m))) {
                out.add(p);
                continue;
            }
            if (!p.titled() && (p.words().size() == 1 || !givenName(p) && !honorific(p)) && place(text.text(), p.name)
                    || (localPlaceName(p) || PLACE_HEADS.contains(p.words().get(p.words().size() - 1))
                    || p.words().size() > 1 && (PLACE_PREFIXES.contains(p.words().get(0)) || PEOPLE_PREFIXES.contains(p.words().get(0))))
                    && !honorific(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A name of several words that is a world place in local spelling ("Hà Nội", "Việt Nam") or a known place
     * after a word that qualifies places ("Alto Paraná", "Upper Nile").
     */
    private static boolean localPlaceName(PersonClusters.Person p) {
        List<String> w = p.words();
        if (w.size() < 2) {
            return false;
        }
        return Gazetteer.INSTANCE.isWorldPlaceFolded(p.name) || PLACE_QUALIFIERS.contains(w.get(0))
                && Gazetteer.INSTANCE.isWorldPlaceFolded(String.join(" ", w.subList(1, w.size())));
    }

    /**
     * "Agrikultura (SINAG)": a name followed by an acronym in brackets with more letters than the name has
     * words, the end of an organisation's name that the name finder cut ("Samahang Industriya ng Agrikultura").
     * A person's initials ("Andrés Manuel López Obrador (AMLO)") are kept.
     */
    private static boolean acronymAfter(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int b = m.to();
        if (b + 2 >= t.size() || !t.get(b).text().equals("(") || !t.get(b + 2).text().equals(")")) {
            return false;
        }
        String acronym = t.get(b + 1).text();
        return NameShape.isAllCaps(acronym) && acronym.chars().allMatch(Character::isLetter) && acronym.length() > m.words().size() + 1;
    }

    /** Prepositions before a list of places: "in Gauteng, the Eastern Cape and KwaZulu-Natal". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "across", "around", "near", "throughout");

    /**
     * A one-word name listed with places: the last item of a list after a locative preposition ("in Gauteng, the Eastern
     * Cape and KwaZulu-Natal"), or joined by "and" or "or" to a known or world place ("Bogor and Bekasi").
     */
    private static boolean listedPlace(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        int b = m.to();
        org.newsgraph.nlp.Sentence s = text.sentences().get(m.sentence());
        if (m.words().size() == 1) {
            boolean joinedBefore = a >= 2 && isConjunction(t.get(a - 1).text()) && isPlace(s, a - 2);
            boolean joinedAfter = b + 1 < t.size() && isConjunction(t.get(b).text()) && isPlace(s, b + 1);
            if (joinedBefore || joinedAfter) {
                return true;
            }
        }
        if (a < 3 || !isConjunction(t.get(a - 1).text())) {
            return false;
        }
        for (int k = a - 2; k >= 0 && k >= a - 12; k--) {
            String w = t.get(k).text();
            if (PLACE_PREPOSITIONS.contains(w) || listOfTerritory(t, k)) {
                return k < a - 2;
            }
            if (!(t.get(k).capitalised() || w.equals(",") || w.startsWith("-") || w.equals("the") || isConjunction(w))) {
                return false;
            }
        }
        return false;
    }

    /** "residents of Soweto and Alexandra", "the people of Kasai and Lomami": "of" after a noun of a territory's people or parts opens a list of places. */
    private static boolean listOfTerritory(List<org.newsgraph.nlp.Token> t, int k) {
        return k >= 1 && t.get(k).text().equals("of") && TERRITORY_NOUNS.contains(t.get(k - 1).text());
    }

    /**
     * Whether a mention is used as a person is: with a title or role, before or after a verb of speech ("Rossi said",
     * "said Rossi", "Rossi told"), or before an apposition of a role or age (", the minister", ", 54,").
     */
    private static boolean personUse(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        int b = m.to();
        if (m.titled() || m.role().start() >= 0) {
            return true;
        }
        if (b < t.size() && Lexicon.INSTANCE.isSpeechVerb(t.get(b).lemma()) || a >= 1 && Lexicon.INSTANCE.isSpeechVerb(t.get(a - 1).lemma())) {
            return true;
        }
        if (b + 1 < t.size() && t.get(b).text().equals(",")) {
            String w = t.get(b + 1).text();
            String w2 = b + 2 < t.size() ? t.get(b + 2).text() : "";
            return w.chars().allMatch(Character::isDigit) || (w.equals("the") || w.equals("a") || w.equals("an"))
                    && (Lexicon.INSTANCE.isRoleWord(w2) || Lexicon.INSTANCE.isRoleHead(w2));
        }
        return false;
    }

    /**
     * Whether a title or form of address stands before a mention ("Governor Kano", "Mr Banda"); a role after it
     * ("Nalgonda MP Shri B. Goud") may be another person's.
     */
    private static boolean titledBefore(PersonClusters.Person p) {
        return p.mentions.stream().anyMatch(m -> m.role().start() >= 0 && m.role().start() < m.from());
    }

    /** Whether the words around a one-word mention show it to be a place: see the five rules below. */
    private static boolean placeEvidence(AnnotatedText text, PersonCandidate m) {
        return listedPlace(text, m) || placeBeforeLocalTitle(text, m) || attributive(text, m) || baseOrBirthplace(text, m)
                || ofTerritory(text, m) || partsOwner(text, m);
    }

    /** Lower-case nouns of the parts and people of a territory after its possessive: "Darfur's capital", "Kasai's north". */
    private static final Set<String> TERRITORY_PARTS = Set.of("capital", "outskirts", "north", "south", "east", "west", "interior",
            "coast", "coastline", "border", "borders", "provinces", "regions", "districts", "villages", "towns", "residents",
            "population", "inhabitants");

    /** "the fighting in Darfur's capital", "Kasai's northern border": a name whose possessive owns a part of a territory. */
    private static boolean partsOwner(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int b = m.to();
        if (b + 1 >= t.size() || !NameShape.isPossessive(t.get(b).text())) {
            return false;
        }
        return TERRITORY_PARTS.contains(t.get(b + 1).text())
                || b + 2 < t.size() && t.get(b + 1).pos().equals("ADJ") && TERRITORY_PARTS.contains(t.get(b + 2).text());
    }

    /**
     * "KOTA BHARU: The state government ...", "MANDALAY - Talks ...": a name in capitals that opens one of the first
     * lines before a colon or a dash is the dateline's town when it has several words or is a world place (a one-word
     * label in capitals, "OKAFOR:", rather opens a transcript's turn).
     */
    private static boolean capitalDateline(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        int b = m.to();
        if (m.sentence() > 8 || b >= t.size() || !(t.get(b).text().equals(":") || DASHES.contains(t.get(b).text()))
                || t.subList(a, b).stream().anyMatch(x -> !NameShape.isAllCaps(x.text()))) {
            return false;
        }
        int start = t.get(a).start();
        return a == 0 || start == 0 || text.text().charAt(start - 1) == '\n';
    }

    /** Lower-case nouns of the bodies, people and parts of a territory, before "of" and its name. */
    private static final Set<String> TERRITORY_NOUNS = Set.of("administration", "government", "authorities", "people", "residents",
            "capital", "region", "province", "state", "city", "town", "outskirts", "parliament", "council", "assembly", "police",
            "north", "south", "east", "west", "centre", "center", "interior", "coast", "borders", "border", "regions", "provinces",
            "states", "cities", "towns");

    /**
     * "the interim administration of Tigray", "the people of Darfur", "the outskirts of Kharkiv": a one-word name after
     * "of" and a lower-case noun of a territory's bodies, people or parts is the territory.
     */
    private static boolean ofTerritory(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        return m.words().size() == 1 && a >= 2 && t.get(a - 1).text().equals("of")
                && TERRITORY_NOUNS.contains(t.get(a - 2).text()) && !(m.to() < t.size() && t.get(m.to()).capitalised());
    }

    /**
     * "Kivu-based traders", "a Gdansk-born engineer": a one-word name glued by a hyphen to "based" or "born" is where
     * someone or something is based or born.
     */
    private static boolean baseOrBirthplace(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int b = m.to();
        if (m.words().size() != 1 || b + 1 >= t.size() || !t.get(b).text().equals("-") || t.get(b).start() != t.get(b - 1).end()) {
            return false;
        }
        String w = t.get(b + 1).text().toLowerCase(Locale.ROOT);
        return (w.equals("based") || w.equals("born")) && t.get(b + 1).start() == t.get(b).end();
    }

    /** "the Banten administration": a mention before a noun of person-modifiers.txt, which says nothing either way. */
    private static boolean beforePersonModifier(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        return m.to() < t.size() && Lexicon.INSTANCE.isPersonModifier(t.get(m.to()).text());
    }

    private static boolean isConjunction(String w) {
        return w.equals("and") || w.equals("or");
    }

    /**
     * Whether the word at k is a known or world place, or a one-word place of the name finder that does not open a
     * longer name ("Md" of "Md. Jahangir Alam" is none).
     */
    private static boolean isPlace(org.newsgraph.nlp.Sentence s, int k) {
        Gazetteer g = Gazetteer.INSTANCE;
        String w = s.tokens().get(k).text();
        return g.isWorldPlace(w) && !PersonClusters.isGivenName(w) || g.lookup(w).map(h -> h.type() == EntityType.PLACE).orElse(false)
                || s.names().stream().anyMatch(n -> n.type() == org.newsgraph.nlp.NameType.LOCATION && n.tokenStart() == k && n.tokenEnd() == k + 1)
                && w.length() > 2 && !(k + 1 < s.tokens().size() && (s.tokens().get(k + 1).text().equals(".") || s.tokens().get(k + 1).capitalised()));
    }

    /** Titles of local office, before which a place names the constituency: "Nalgonda MP", "Banten Deputy Governor". */
    private static final Set<String> LOCAL_TITLES = Set.of("mp", "mla", "mpp", "mna", "governor", "mayor", "senator", "assemblyman",
            "assemblywoman", "councillor", "lawmaker", "legislator", "deputy");

    /** "Banten Deputy Governor Ahmad Syaukani": a one-word name right before a title of local office and another name. */
    private static boolean placeBeforeLocalTitle(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int b = m.to();
        if (m.words().size() != 1 || b + 1 >= t.size() || !t.get(b).capitalised()
                || !LOCAL_TITLES.contains(t.get(b).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = b + 1;
        while (k < t.size() && (Lexicon.INSTANCE.isRoleWord(t.get(k).text()) || Lexicon.INSTANCE.isHonorific(t.get(k).text()))) {
            k++;
        }
        return k < t.size() && k > b && t.get(k).capitalised() && !NameShape.isFunctionWord(t.get(k).text());
    }

    /**
     * "the three Sahel states", "a Sahel tariff", "the Banten administration": a one-word name used as a modifier of
     * a lower-case common noun, other than the nouns that show a person ("the Biden administration", person-modifiers.txt).
     */
    private static boolean attributive(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int b = m.to();
        if (m.words().size() != 1 || b >= t.size() || NameShape.isPossessive(t.get(b - 1).text())) {
            return false;
        }
        org.newsgraph.nlp.Token next = t.get(b);
        String w = next.text();
        boolean commonNoun = Character.isLowerCase(w.charAt(0)) && (next.pos().equals("NOUN") || next.pos().equals("PROPN"))
                || REGION_NOUNS.contains(w);
        return commonNoun && !Lexicon.INSTANCE.isPersonModifier(w) && !Lexicon.INSTANCE.isRoleWord(w);
    }

    /** Capitalised plural nouns of regions after a place: "the Sahel States", "the Gulf States". */
    private static final Set<String> REGION_NOUNS = Set.of("States", "Countries", "Nations", "Provinces", "Islands");

    /** Last words of street names: "Coventry Road, Small Heath" names a district after the street. */
    private static final Set<String> STREET_HEADS = Set.of("Road", "Street", "Avenue", "Lane", "Drive", "Close", "Way",
            "Crescent", "Terrace", "Place", "Boulevard", "Rd", "St", "Ave");

    /**
     * Where someone lives or something stands, written as an address: "Margaret Hale, 79, of Ward End" (", of" and
     * the name), "Coventry Road, Small Heath" (a street, a comma and the name) or "at the Government House, Agodi."
     * (a building, a comma and the name ending the sentence).
     */
    private static boolean residence(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        if (a < 2) {
            return false;
        }
        String before = t.get(a - 1).text();
        String twoBefore = t.get(a - 2).text();
        boolean endsSentence = m.to() == t.size() || m.to() == t.size() - 1 && t.get(m.to()).text().equals(".");
        return before.equals("of") && twoBefore.equals(",") || before.equals(",") && STREET_HEADS.contains(twoBefore)
                || before.equals(",") && BUILDING_HEADS.contains(twoBefore) && endsSentence;
    }

    /**
     * "the Minister of International Development", "Minister of Foreign Affairs and Human Mobility": a name
     * right after a role word and "of" (or after "and" that ends such a portfolio) is what the office is of.
     */
    private static boolean portfolio(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int k = m.from() - 1;
        if (k >= 1 && t.get(k).text().equals("and")) {
            k--;
            while (k >= 1 && t.get(k).capitalised() && !t.get(k).text().equals("of")) {
                k--;
            }
        }
        return k >= 1 && t.get(k).text().equals("of") && Lexicon.INSTANCE.isRoleWord(t.get(k - 1).text());
    }

    /**
     * "Sri Lanka Ports Authority" and "the Minister of Ports, Shipping and Aviation": a name with no given name,
     * written before a body's head word and also as what a ministry is of, is a body's name (a title before it
     * counts for nothing when it is the end of a place's name, "Sri" of "Sri Lanka").
     */
    private static boolean portfolioBody(AnnotatedText text, PersonClusters.Person p) {
        return !givenName(p) && p.mentions.stream().anyMatch(m -> portfolio(text, m)) && organisationPrefix(text.text(), p)
                && p.mentions.stream().allMatch(m -> portfolio(text, m) || opensWithPlaceEnd(text, m) || !(m.titled() && m.role().roles().isEmpty()));
    }

    /** Last words of names of buildings, after which a comma and a name ending the sentence give the district: "the Government House, Agodi." */
    private static final Set<String> BUILDING_HEADS = Set.of("House", "Hall", "Hotel", "Centre", "Center", "Palace", "Secretariat",
            "Complex", "Stadium", "Lodge");

    /**
     * "this morning's "Buenos Días Chile" programme": a name of several words that fills a quotation is the title of a
     * programme, book or film. (A quoted single word is rather a nickname.)
     */
    private static boolean quotedTitle(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        return m.from() > 0 && m.to() < t.size() && m.to() - m.from() > 1 && QuoteSpans.isDoubleQuote(t.get(m.from() - 1).text())
                && QuoteSpans.isDoubleQuote(t.get(m.to()).text());
    }

    /** Last words of names of buildings and places, as feature-heads.txt lists them ("Airport", "Mosque", "Library"). */
    private static final Set<String> FEATURE_HEADS = Set.copyOf(WordList.lines("feature-heads.txt"));

    /**
     * "the Nelson Mandela Foundation", "the Dag Hammarskjöld Library": a mention directly followed by a word that heads
     * organisations, buildings or places is part of the name of something named after the person. A person named
     * only so is no person of the article.
     */
    private static boolean eponym(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        if (m.to() >= t.size() || m.titled()) {
            return false;
        }
        String next = t.get(m.to()).text();
        String low = next.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(next.charAt(0)) && (Lexicon.INSTANCE.isOrgHead(next) && !EPONYMOUS_HEADS.contains(low)
                || FEATURE_HEADS.contains(next) || EPONYMOUS_HEADS.contains(low) && !PERSONAL_BODIES.contains(low));
    }

    /** Heads of names that stand for a person's own team ("the Biden Administration", "the Obama Campaign"), not an institution. */
    private static final Set<String> PERSONAL_BODIES = Set.of("administration", "campaign", "government", "cabinet", "doctrine");

    /** Whether a mention of the person follows a form of address ("Mr Jordan"). */
    private static boolean honorific(PersonClusters.Person p) {
        return p.mentions.stream().anyMatch(m -> m.titled() && m.role().roles().isEmpty());
    }

    /**
     * "Lanka" of "Sri Lanka", "Verde" of "Cabo Verde", "Lanka Cricket" of "Sri Lanka Cricket", "Iguaçu" of "Foz do
     * Iguaçu": every mention opens with the end of the name of a known place of up to four words.
     */
    private static boolean endOfPlaceName(AnnotatedText text, PersonClusters.Person p) {
        return !p.mentions.isEmpty() && p.mentions.stream().allMatch(m -> opensWithPlaceEnd(text, m));
    }

    /** Whether a mention opens with the end of the name of a known place ("Lanka" after "Sri", "do Iguaçu"). */
    private static boolean opensWithPlaceEnd(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        String joined = m.words().get(0);
        for (int k = m.from() - 1; k >= 0 && k >= m.from() - 3; k--) {
            joined = t.get(k).text() + " " + joined;
            if (Gazetteer.INSTANCE.isWorldPlace(joined) || Gazetteer.INSTANCE.isKnown(joined)) {
                return true;
            }
        }
        return false;
    }

    /** "Zelensky-Macron" (as in "the Zelensky-Macron meeting"): surnames of two other people joined by a hyphen. */
    /**
     * "Thank you, Tony." beside Antony Blinken, "Greg" beside Gregory Prioleau: a one-word name of at least four letters
     * that is written inside the given name of another person of the article, who has a surname, is that person's short
     * form, not another person.
     */
    private static boolean shortFormOfOther(PersonClusters.Person p, List<PersonClusters.Person> people) {
        String nick = NameShape.loose(p.name);
        if (nick.length() < 4) {
            return false;
        }
        return people.stream().anyMatch(o -> o != p && o.words().size() > 1 && !NameShape.loose(o.words().get(0)).equals(nick)
                && NameShape.loose(o.words().get(0)).contains(nick));
    }

    private static boolean pairOfOthers(PersonClusters.Person p, List<PersonClusters.Person> people) {
        String[] parts = p.name.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            boolean known = people.stream().anyMatch(o -> o != p && o.words().size() > 1 && NameShape.loose(o.surname()).equals(NameShape.loose(part)));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    /** Whether a form of the name opens with a known given name ("Moustapha Fall"; not "Guet Ndar"). */
    private static boolean givenName(PersonClusters.Person p) {
        return p.mentions.stream().map(PersonCandidate::name).anyMatch(n -> PersonClusters.isGivenName(n.split(" ")[0]));
    }

    /** Whether no form of the name has a given name: one word, or a particle first ("Van Loon"). */
    private static boolean noGivenName(PersonClusters.Person p) {
        return p.mentions.stream().map(PersonCandidate::name).map(n -> n.split(" "))
                .allMatch(w -> w.length == 1 || PARTICLES.contains(w[0].toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether a form of the name is followed somewhere by an organisation head word ("Van Loon Groep"), other
     * than the heads of things named after people ("the Biden-Harris Administration", "Gates Foundation").
     */
    private static boolean organisationPrefix(String text, PersonClusters.Person p) {
        Set<String> forms = new HashSet<>();
        forms.add(p.name);
        p.mentions.forEach(m -> forms.add(m.name()));
        for (String form : forms) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "(?:\\s+(?:and|&)\\s+\\p{Lu}\\p{L}+)?(?:\\s+\\p{Lu}\\p{L}+){0,2}?\\s+(\\p{Lu}[\\p{L}.&]*)").matcher(text);
            while (m.find()) {
                if (Lexicon.INSTANCE.isOrgHead(m.group(1)) && !EPONYMOUS_HEADS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a name is a known place (and no given name) or follows "in" as a place does ("a boat owner in
     * Guet Ndar"); for names of two words or more, the caller asks that none opens with a given name.
     */
    private static boolean place(String text, String name) {
        if (Gazetteer.INSTANCE.isWorldPlace(name) && !PersonClusters.isFirstName(name)) {
            return true;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b(?!['\u2019]s)(?!\\s+\\p{Lu})").matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 20), m.start()).toLowerCase(Locale.ROOT);
            if (LOCATIVE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** Words of the labels and buttons of news web pages ("Also Read", "Read More", "Happening Today"). */
    private static final Set<String> WEB_LABEL_WORDS = Set.of("Read", "Also", "More", "Related", "Happening", "Today", "Now",
            "Watch", "Listen", "Click", "Here", "Latest", "Updates", "Top", "Stories", "Trending", "Recommended", "See");

    /** "Also Read", "READ ALSO", "Happening Today": a name made only of the words of web-page labels. */
    private static boolean webLabel(PersonClusters.Person p) {
        return p.mentions.stream().map(PersonCandidate::words).allMatch(w -> w.stream()
                .allMatch(x -> WEB_LABEL_WORDS.contains(x.substring(0, 1).toUpperCase(Locale.ROOT) + x.substring(1).toLowerCase(Locale.ROOT))));
    }

    /**
     * "the Belgrade-Pristina Dialogue", "the China-Brazil High-Level Coordination Committee", "the Oslo-Frederikshavn
     * crossing": a mention glued by a hyphen to the capitalised word before it is the second half of a compound when
     * that word is a world place or an adjective ("High-Level"), not a person. (A hyphenated personal name,
     * "Radu-Mihai Petrescu", is taken whole; a double surname, "Asante-Doyle", keeps its second half.)
     */
    private static boolean hyphenContinuation(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        String first = t.get(a).text();
        int hyphen = first.lastIndexOf('-');
        if (hyphen > 0 && !m.name().startsWith(first) && m.name().startsWith(first.substring(hyphen + 1))) {
            String w = first.substring(0, first.indexOf('-'));
            return Gazetteer.INSTANCE.isWorldPlace(w) && !PersonClusters.isGivenName(w);
        }
        String prev = a >= 1 ? t.get(a - 1).text() : "";
        if (a >= 1 && t.get(a).start() == t.get(a - 1).end() && (first.startsWith("-") || prev.length() > 1 && prev.endsWith("-"))) {
            String w = prev.endsWith("-") ? prev.substring(0, prev.length() - 1) : prev; // "Tbilisi-" + "Baku", "Tbilisi" + "-Baku"
            return !PersonClusters.isGivenName(w) && (Gazetteer.INSTANCE.isWorldPlace(w) || t.get(a - 1).pos().equals("ADJ"));
        }
        if (a < 2) {
            return false;
        }
        org.newsgraph.nlp.Token dash = t.get(a - 1);
        org.newsgraph.nlp.Token before = t.get(a - 2);
        if (!dash.text().equals("-") || dash.start() != before.end() || dash.end() != t.get(a).start() || !before.capitalised()) {
            return false;
        }
        String w = before.text();
        return !PersonClusters.isGivenName(w) && (Gazetteer.INSTANCE.isWorldPlace(w) || before.pos().equals("ADJ"));
    }

    /** Role words after a name that are a person's own aides or kin, not the head of a body ("Trump envoy Steve Witkoff"). */
    private static final Set<String> PERSONAL_ROLES = Set.of("envoy", "adviser", "advisor", "aide", "spokesman", "spokeswoman",
            "spokesperson", "lawyer", "attorney", "ally", "allies", "wife", "husband", "son", "daughter", "brother", "sister",
            "loyalist", "confidant", "biographer", "challenger", "rival", "successor", "predecessor", "running");

    /** Lower-case words that qualify a title: "ExxonMobil Guyana President", "Banteay Meanchey provincial governor", "Lucara managing director". */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("provincial", "regional", "state", "district", "county", "municipal",
            "city", "party", "interim", "acting", "deputy", "vice", "chief", "general", "executive", "national", "local", "former", "managing");

    /**
     * "ExxonMobil Guyana President Martin Keller", "Noi Moderati leader Enrico Scalzotto", "Banteay Meanchey provincial
     * governor H.E. Ouk Vanna", "Tigray Interim Administration President Gebremedhin Kiros": a name right before the title
     * of another named person (after at most two qualifying words, capitalised body words or lower-case qualifiers) is
     * the body or place the title is of. The caller asks that the name has no given name, as a person's surname before
     * an aide's title has one elsewhere ("Joe Biden" of "Biden adviser").
     */
    private static boolean bodyBeforeTitle(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int k = m.to();
        if (k >= t.size() || t.get(k).start() == t.get(k - 1).end() || m.name().endsWith("/")) {
            return false; // "Jovan Mark/Senior Staff Reporter": a byline's name glued to its job
        }
        int skipped = 0;
        while (k < t.size() && skipped <= 2 && !isTitleWord(t.get(k).text())) {
            String w = t.get(k).text();
            boolean qualifier = TITLE_QUALIFIERS.contains(w.toLowerCase(Locale.ROOT))
                    || t.get(k).capitalised() && Lexicon.INSTANCE.isOrgHead(w);
            if (!qualifier) {
                return false;
            }
            k++;
            skipped++;
        }
        if (k >= t.size() || !isTitleWord(t.get(k).text()) || PERSONAL_ROLES.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int n = k + 1;
        while (n < t.size() && (isTitleWord(t.get(n).text()) || Lexicon.INSTANCE.isHonorific(t.get(n).text()) || t.get(n).text().equals("."))) {
            n++;
        }
        return n < t.size() && n > k && t.get(n).capitalised() && !NameShape.isFunctionWord(t.get(n).text())
                && text.text().substring(t.get(m.from()).start(), t.get(n).start()).indexOf('\n') < 0
                && !Lexicon.INSTANCE.isOrgHead(t.get(n).text()) && !Gazetteer.INSTANCE.isWorldPlace(t.get(n).text());
    }

    private static boolean isTitleWord(String w) {
        return Lexicon.INSTANCE.isRoleWord(w) || Lexicon.INSTANCE.isRoleHead(w);
    }

    /**
     * "Lisbon, 3 Mar 2026 (Lusa) -", "Ulaanbaatar /MONTSAME/", "*Translated from Perfil": a name in brackets or between
     * slashes in the dateline of the first lines, or after "from" in a credit line, is the news agency or paper the
     * article comes from.
     */
    private static boolean creditedOutlet(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        int b = m.to();
        if (a >= 1 && b < t.size()) {
            String open = t.get(a - 1).text();
            String close = t.get(b).text();
            if ((open.equals("(") && close.equals(")") || open.equals("/") && close.equals("/")) && m.sentence() <= 3
                    && (b + 1 >= t.size() || DASHES.contains(t.get(b + 1).text()) || t.get(b + 1).text().equals(":") || open.equals("/"))) {
                return true;
            }
        }
        return a >= 2 && t.get(a - 1).text().equalsIgnoreCase("from") && CREDIT_VERBS.contains(t.get(a - 2).text().toLowerCase(Locale.ROOT));
    }

    /** "Rudaw English", "Reuters": a mention that opens a line of at most three capitalised words (a masthead or sign-off). */
    private static boolean shortLine(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        if (!lineStart(text, t.get(m.from()))) {
            return false;
        }
        int k = m.from();
        while (k < t.size() && text.text().substring(t.get(m.from()).start(), t.get(k).end()).indexOf('\n') < 0) {
            if (!t.get(k).capitalised() || k - m.from() >= 3) {
                return false;
            }
            k++;
        }
        return true;
    }

    private static boolean lineStart(AnnotatedText text, org.newsgraph.nlp.Token first) {
        int i = first.start() - 1;
        while (i >= 0 && (text.text().charAt(i) == ' ' || text.text().charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.text().charAt(i) == '\n';
    }

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");
    private static final Set<String> CREDIT_VERBS = Set.of("translated", "adapted", "republished", "reprinted");

    /**
     * "told Lusa.", "told Rudaw that", "told Rudaw English", "Lusa learned": a name right after "told" that ends the
     * clause, or before "learned", as an outlet is named; used only for names the article credits as its outlet or
     * that it otherwise writes only on a line of their own.
     */
    private static boolean outletUse(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        int b = m.to();
        boolean told = a >= 1 && t.get(a - 1).text().equalsIgnoreCase("told");
        boolean learned = b < t.size() && (t.get(b).text().equals("learned") || t.get(b).text().equals("learnt"));
        return told || learned;
    }

    /** A mention that is a whole line of its own or opens a credit line before a slash (a byline or credit): "Rudaw", "Lusa/End". */
    private static boolean aloneOnLine(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        return m.from() == 0 && (m.to() == t.size() || t.get(m.to()).text().startsWith("/") && t.get(m.to()).start() == t.get(m.to() - 1).end());
    }

    /**
     * "The Bill has met resistance", "the SNP government": a one-word name right after "the" (and not before another
     * capitalised word, a possessive's noun or a noun that shows a person, "the Biden administration", unless the name
     * is an acronym) is a thing or a body, as news writes no person's name after "the".
     */
    private static boolean afterDefiniteArticle(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        int b = m.to();
        if (a < 1 || !t.get(a - 1).text().equalsIgnoreCase("the")) {
            return false;
        }
        boolean acronym = NameShape.isAllCaps(m.name()) && m.name().length() <= 5;
        if (b < t.size() && (t.get(b).capitalised() || t.get(b).text().startsWith("-") && t.get(b).start() == t.get(b - 1).end() || !acronym && Lexicon.INSTANCE.isPersonModifier(t.get(b).text()))) {
            return false;
        }
        return !(b + 1 < t.size() && NameShape.isPossessive(t.get(b).text()) && Lexicon.INSTANCE.isPersonModifier(t.get(b + 1).text()));
    }


    /**
     * "the Great Khural", "the Italian Episcopal Conference", "the Grand National Assembly": a
     * name of several words inside a capitalised run that "the" opens (after at most two capitalised adjectives or
     * demonyms that are no title) and that no noun of a person's follows is a body or a thing, as news
     * writes no person's full name after "the" (a form of address, "the Hon. ...", stops the run). The caller asks
     * that no form of the name has a given name.
     */
    private static boolean insideNameAfterThe(AnnotatedText text, PersonCandidate m) {
        List<org.newsgraph.nlp.Token> t = text.sentences().get(m.sentence()).tokens();
        int a = m.from();
        int b = m.to();
        if (b - a < 2) {
            return false; // "the Munduruku and Kayapó peoples": a people's name, one word, may also be a person's surname
        }
        int k = a - 1;
        while (k >= 0 && a - k <= 2 && t.get(k).capitalised() && !isTitleWord(t.get(k).text()) && !Lexicon.INSTANCE.isHonorific(t.get(k).text())
                && (Gazetteer.INSTANCE.isDemonym(t.get(k).text()) || t.get(k).pos().equals("ADJ"))) {
            k--;
        }
        if (k < 0 || !t.get(k).text().equalsIgnoreCase("the")) {
            return false;
        }
        if (b < t.size() && Lexicon.INSTANCE.isPersonModifier(t.get(b).text())) {
            return false;
        }
        return !(b + 1 < t.size() && NameShape.isPossessive(t.get(b).text()) && Lexicon.INSTANCE.isPersonModifier(t.get(b + 1).text()));
    }

    /**
     * "Audience" of "the General Audience", "Chamber" of a chamber of commerce, "dikgosi" (chiefs): a one-word name
     * that the same article also writes in lower case as an ordinary word is a common noun, not a person's name.
     */
    static boolean commonNoun(String text, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(name) || lower.length() < 3 || !lower.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}-])").matcher(text).find();
    }

    /** Legal forms that end the names of firms: "Hanbit Solar Co.", "Barry Callebaut AG", "Andes Cobre S.A.". */
    private static final Set<String> LEGAL_FORMS = Set.of("Co.", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "GmbH", "AG",
            "plc", "PLC", "Plc", "LLC", "S.A.", "SpA", "S.p.A.", "NV", "N.V.", "BV", "B.V.", "Bhd", "Berhad", "Tbk", "Pty", "Pvt", "Oyj", "SARL");

    /**
     * Whether a form of the name, wherever the article writes it, stands right before a firm's legal form ("Hanbit
     * Solar Co.", "Barry Callebaut AG"): the name is the firm's, and its other mentions are the firm too.
     */
    private static boolean firmName(String text, PersonClusters.Person p) {
        Set<String> forms = new HashSet<>();
        forms.add(p.name);
        p.mentions.forEach(m -> forms.add(m.name()));
        for (String form : forms) {
            if (form.isBlank()) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(form) + "\\s+(\\p{L}[\\p{L}.]*)").matcher(text);
            while (m.find()) {
                String w = m.group(1);
                if (LEGAL_FORMS.contains(w) || w.endsWith(".") && LEGAL_FORMS.contains(w.substring(0, w.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
