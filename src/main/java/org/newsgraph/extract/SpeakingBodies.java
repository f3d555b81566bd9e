package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Organisations that speak but are named only through a person: "Ybarra's office said" (the office of
 * the person named before the possessive, "Office of Marcus Ybarra" under the person's full name) and "the ministry said" after "Oil Minister X" (the ministry of
 * the latest minister's portfolio). Each becomes an organisation entity of its own, so its statements
 * have a speaker. One per article; not thread-safe.
 */
final class SpeakingBodies {
    /** Nouns that, after a person's possessive, name the body that speaks for them. */
    private static final Set<String> OFFICES = Set.of("office", "camp", "team", "government", "administration", "campaign",
            "ministry", "party", "family", "secretariat");
    private static final Set<String> MINISTRY = Set.of("ministry", "department");
    /** Bodies that serve one person and are named after them in full: "Ybarra's office" is the "Office of Marcus Ybarra". */
    private static final Set<String> OFFICES_OF = Set.of("office", "secretariat");
    private static final Set<String> RANKS = Set.of("prime", "deputy", "chief", "first", "former", "state", "junior", "cabinet");

    /** "Oil Minister", "National Security Minister": a portfolio of up to three capitalised words. */
    private static final Pattern MINISTER = Pattern.compile("\\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) Minister\\s+$");
    /**
     * "Environment and Urbanization Minister", "Trade, Industry and Energy Minister", "Energy Transition and Water
     * Transformation Minister": a portfolio of joined words.
     */
    private static final Pattern JOINED_MINISTER = Pattern.compile(
            "\\b((?:[A-Z][a-z]+,? )*[A-Z][a-z]+ and (?:[A-Z][a-z]+ )?[A-Z][a-z]+) Minister\\s+$");
    /** Portfolios written as an adjective, and the ministry's noun for them: "Foreign Minister" heads foreign affairs. */
    private static final Map<String, String> ADJECTIVE_PORTFOLIOS = Map.of("Foreign", "Foreign Affairs", "Home", "Home Affairs");

    /** How many sentences back a minister may be named for "the ministry" to be theirs. */
    private static final int RECENT = 4;

    private final String text;
    private final EntityIndex index;
    private final Map<String, Entity> bodies = new LinkedHashMap<>();

    private final Map<String, String> fullNames;

    SpeakingBodies(String text, EntityIndex index, List<Sentence> sentences) {
        this.text = text;
        this.index = index;
        this.fullNames = OrgFullNames.of(index, sentences);
    }

    /**
     * An organisation speaker under the fuller name its own mention gives it ({@link OrgFullNames#around}), else under the
     * longest name the article gives it ({@link OrgFullNames}); others as they are.
     */
    Speaker fuller(Sentence s, Speaker sp) {
        if (sp.type() != SpeakerType.ORGANIZATION || sp.key() == null) {
            return sp;
        }
        String name = sp.kind() == MentionRef.Kind.NAME ? OrgFullNames.around(index, s, sp.tokenStart(), sp.tokenEnd()).orElse(null) : null;
        name = name != null ? name : fullNames.get(sp.key());
        name = name != null ? name : spelledOut(sp.text().replaceFirst("^(?i)the ", "")).orElse(null);
        name = name != null ? name : initialled(sp.text().replaceFirst("^(?i)the ", "")).orElse(null);
        String own = name != null ? name : index.entity(sp.key()).map(Entity::name).orElse(sp.text());
        Matcher article = LEADING_ARTICLE.matcher(own);
        if (article.lookingAt()) {
            name = own.substring(article.end());
        }
        return name == null ? sp : body(s, sp.tokenStart(), sp.tokenEnd(), name);
    }

    /** An article the name finder took into an organisation's name: "A Finance Ministry statement said". */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?:A|An) (?=\\p{Lu})");

    /**
     * The name an acronym stands for where the article spells it out before it in brackets: "Cricket South Africa (CSA)",
     * "the National Water Services Commission (SPAN)" (initials of another language too). The capitalised words before
     * the bracket, with "of", "and", "for" and "the" inside them (one or more: "Office of the Prime Minister and Cabinet
     * (OPMC)"), make the name.
     */
    private Optional<String> spelledOut(String acronym) {
        if (acronym == null || acronym.length() < 2 || acronym.length() > 8 || !NameShape.isAllCaps(acronym)) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("((?:\\p{Lu}[\\p{L}'’.&-]*(?:(?: (?:of|and|for|the|on|de|du|des|la|el|del))+ |" + LISTED
                + "| ))+)\\(" + Pattern.quote(acronym) + "\\)").matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String full = m.group(1).trim().replaceAll("(?: (?:of|and|for|the|on|de|du|des|la|el|del))+$", "");
        full = full.replaceFirst("^(?:The|A|An) ", "");
        full = afterTitle(full);
        boolean word = full.indexOf(' ') < 0 && inOrder(acronym, full);
        return full.indexOf(' ') < 0 && !word || full.equals(acronym) ? Optional.empty() : Optional.of(full);
    }

    /** A comma inside a list of capitalised words that ends in "and": "Union of Industry, Trade and Handicrafts". */
    private static final String LISTED = ", (?=(?:\\p{Lu}[\\p{L}'’.&-]*,? )+and \\p{Lu})";
    /** A title and "of" opening a name: "President of the" before the body the president heads. */
    private static final Pattern TITLE_OF = Pattern.compile("\\b(\\p{Lu}\\p{L}+) of (?:the )?(?=\\p{Lu})");

    /**
     * The body's name after the last title that heads it: "Secretary General and the President of the" + "Union of
     * Industry, Trade and Handicrafts". A title inside the body's own name ("Office of the President of the Republic")
     * stays.
     */
    private static String afterTitle(String full) {
        Matcher title = TITLE_OF.matcher(full);
        int cut = 0;
        while (title.find()) {
            String before = full.substring(0, title.start());
            if ((Lexicon.INSTANCE.isRoleWord(title.group(1)) || Lexicon.INSTANCE.isHonorific(title.group(1)))
                    && !Lexicon.INSTANCE.isOrgHead(title.group(1)) && !before.matches("(?s).*\\b(?:of|of the|for|for the)\\s*$")) {
                cut = title.end();
            }
        }
        return full.substring(cut);
    }

    /** Whether a one-word name holds an acronym's letters in order from its first: "Kuomintang (KMT)", "Itamaraty". */
    private static boolean inOrder(String acronym, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String a = acronym.toLowerCase(Locale.ROOT);
        if (w.length() <= a.length() || w.charAt(0) != a.charAt(0)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < w.length() && k < a.length(); i++) {
            k += w.charAt(i) == a.charAt(k) ? 1 : 0;
        }
        return k == a.length();
    }

    /**
     * The organisation of the article an acronym stands for by its initials, where no bracket spells it out: "the OPM"
     * after "the Office of the Prime Minister", "MOM" after "the Ministry of Manpower" (initials of its capitalised words,
     * or of all its words). Two letters are too few to tell: "FM" and "PM" are more often a minister than a body.
     */
    private Optional<String> initialled(String acronym) {
        if (acronym == null || acronym.length() < 3 || acronym.length() > 8 || !NameShape.isAllCaps(acronym)) {
            return Optional.empty();
        }
        for (Entity e : index.entities()) {
            if (e.type() != EntityType.ORGANIZATION || e.name().indexOf(' ') < 0) {
                continue;
            }
            StringBuilder capitals = new StringBuilder();
            StringBuilder all = new StringBuilder();
            for (String w : e.name().split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                    all.append(Character.toUpperCase(w.charAt(0)));
                    if (Character.isUpperCase(w.charAt(0))) {
                        capitals.append(w.charAt(0));
                    }
                }
            }
            if (acronym.contentEquals(capitals) || acronym.contentEquals(all)) {
                return Optional.of(e.name());
            }
        }
        return Optional.empty();
    }

    /** The bodies found so far, as entities. */
    List<Entity> entities() {
        return new ArrayList<>(bodies.values());
    }

    /** "X's office" ending at token p: the office, when X is a person. */
    Optional<Speaker> possessed(Sentence s, int p) {
        List<Token> t = s.tokens();
        if (p < 2 || !OFFICES.contains(t.get(p).lemma().toLowerCase(Locale.ROOT)) || !NameShape.isPossessive(t.get(p - 1).text())) {
            return Optional.empty();
        }
        Optional<MentionRef> owner = index.mentionsIn(s.index()).stream()
                .filter(r -> r.tokenEnd() == p - 1 && r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME).findFirst();
        String noun = t.get(p).text().toLowerCase(Locale.ROOT);
        return owner.map(r -> {
            int a = joinedStart(s, r.tokenStart());
            Optional<String> full = OFFICES_OF.contains(noun) ? index.entity(r.key()).map(Entity::name) : Optional.empty();
            return body(s, a, p + 1, full.map(n -> capital(noun) + " of " + n).orElse(s.span(a, p - 1) + "'s " + noun));
        });
    }

    /**
     * "the ministry" at token p with no ministry named: the portfolio of the latest minister named in the
     * sentences just before ("Ministry of Oil" after "Oil Minister X", "Ministry of the Environment and Climate Change"
     * after "the Minister of the Environment and Climate Change, X"); a minister named in the same sentence is what it
     * reports on. "the commerce ministry" is the same ministry when its word is the portfolio. A joined portfolio
     * ("Environment and Urbanization Minister") names "the ministry" or "the department" as "Ministry of Environment and
     * Urbanization"; a single-word one names only a ministry.
     */
    Optional<Speaker> ministry(Sentence s, int p) {
        List<Token> t = s.tokens();
        if (p < 1 || !MINISTRY.contains(t.get(p).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        boolean modified = p >= 2 && t.get(p - 2).lemma().equalsIgnoreCase("the") && !t.get(p - 1).capitalised()
                && t.get(p - 1).pos().equals("NOUN");
        if (!t.get(p - 1).lemma().equalsIgnoreCase("the") && !modified) {
            return Optional.empty();
        }
        String portfolio = null;
        for (int i = Math.max(0, s.index() - RECENT); i < s.index(); i++) {
            for (MentionRef r : index.mentionsIn(i)) {
                if (r.type() == EntityType.PERSON) {
                    portfolio = index.entity(r.key()).flatMap(this::portfolio).orElse(portfolio);
                }
            }
        }
        if (portfolio == null || modified && !portfolio.equalsIgnoreCase(t.get(p - 1).text())) {
            return Optional.empty();
        }
        int a = modified ? p - 2 : p - 1;
        String noun = capital(t.get(p).lemma());
        if (portfolio.contains(" and ") || noun.equals("Ministry")) {
            return Optional.of(body(s, a, p + 1, noun + " of " + portfolio));
        }
        return Optional.empty();
    }

    /** "the Minister of the Environment and Climate Change, X": the portfolio after "Minister of", up to the comma before X. */
    private static final Pattern MINISTER_OF = Pattern.compile(
            "\\b(\\p{L}+ )?Minister (?:of|for) ((?:the )?\\p{Lu}\\p{L}+(?:(?:,| and| of| for)? (?:the )?\\p{Lu}\\p{L}+)*),?\\s+$");

    /**
     * "Oil Minister Sabah al-Musawi" before a mention of the person gives "Oil", "the Minister of Culture and Sport, X"
     * gives "Culture and Sport"; Prime, Deputy and other ranks name no portfolio.
     */
    private Optional<String> portfolio(Entity e) {
        for (Mention m : e.mentions()) {
            String before = text.substring(Math.max(0, m.start() - 80), m.start());
            Matcher of = MINISTER_OF.matcher(before);
            if (of.find() && (of.group(1) == null || !RANKS.contains(of.group(1).strip().toLowerCase(Locale.ROOT)))
                    && !Gazetteer.INSTANCE.isKnownPlace(of.group(2).replaceFirst("^the ", ""))) {
                return Optional.of(of.group(2));
            }
            Matcher j = JOINED_MINISTER.matcher(text.substring(Math.max(0, m.start() - 80), m.start()));
            Optional<String> joined = j.find() ? ownPortfolio(j.group(1)) : Optional.empty();
            if (joined.isPresent()) {
                return joined;
            }
            Matcher x = MINISTER.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
            Optional<String> single = x.find() ? ownPortfolio(x.group(1)) : Optional.empty();
            if (single.isPresent()) {
                return single.map(w -> ADJECTIVE_PORTFOLIOS.getOrDefault(w, w));
            }
        }
        return Optional.empty();
    }

    /**
     * The portfolio in the capitalised words before "Minister", without the ranks, nationalities and places before it
     * ("Deputy Finance" is Finance, "Malaysian Energy Transition and Water Transformation" is Energy Transition and Water
     * Transformation); none when a rank is all there is or stays inside it ("Prime", "Deputy Prime").
     */
    private static Optional<String> ownPortfolio(String words) {
        List<String> w = new ArrayList<>(List.of(words.replace(",", "").split(" ")));
        while (!w.isEmpty() && (RANKS.contains(w.get(0).toLowerCase(Locale.ROOT)) || w.get(0).equals("The")
                || Gazetteer.INSTANCE.isDemonym(w.get(0)) || Gazetteer.INSTANCE.isKnownPlace(w.get(0)))) {
            w.remove(0);
        }
        if (w.isEmpty() || w.stream().anyMatch(x -> RANKS.contains(x.toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        return Optional.of(words.substring(words.indexOf(w.get(0))));
    }

    /** Nouns of the office that serves a holder of a title: "the Prime Minister's Office", "the Office of the President". */
    private static final Set<String> TITLE_OFFICES = Set.of("office", "secretariat", "bureau", "cabinet", "chancellery");

    /**
     * The office of a title's holder ending at token p: "the Prime Minister's Office", "the Office of the President", "the
     * Media Office of the Prime Minister", "the Deputy Prime Minister's office". The office speaks, not the holder the title
     * stands for; named as written without "the", a lower-case office by its name ("Office of the Deputy Prime Minister").
     */
    Optional<Speaker> officeOfTitle(Sentence s, int p) {
        List<Token> t = s.tokens();
        if (p < 2 || p + 1 < t.size() && Lexicon.INSTANCE.isRoleWord(t.get(p + 1).text())) {
            return Optional.empty(); // "the Office of the Prime" runs on to "Minister"
        }
        if (TITLE_OFFICES.contains(t.get(p).lemma().toLowerCase(Locale.ROOT)) && t.get(p).pos().equals("NOUN") || t.get(p).capitalised()
                && TITLE_OFFICES.contains(t.get(p).text().toLowerCase(Locale.ROOT))) {
            if (!NameShape.isPossessive(t.get(p - 1).text())) {
                return Optional.empty();
            }
            int a = titleStart(t, p - 2);
            boolean person = index.mentionsIn(s.index()).stream()
                    .anyMatch(r -> r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && r.tokenEnd() == p - 1);
            if (a < 0 || person) {
                return Optional.empty();
            }
            // "the Opposition Leader's office" describes the body whose name is "Office of the Opposition Leader"
            String name = t.get(p).capitalised() ? s.span(a, p + 1) : capital(t.get(p).text()) + " of the " + s.span(a, p - 1);
            return Optional.of(body(s, a, p + 1, name));
        }
        int a = titleStart(t, p);
        if (a < 3 || !t.get(a - 1).lemma().equalsIgnoreCase("the") || !t.get(a - 2).text().equals("of")
                || !TITLE_OFFICES.contains(t.get(a - 3).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int from = a - 3;
        while (from > 0 && t.get(from - 1).capitalised() && Set.of("ADJ", "PROPN", "NOUN").contains(t.get(from - 1).pos()) && a - from < 6) {
            from--;
        }
        return Optional.of(body(s, from, p + 1, s.span(from, p + 1)));
    }

    /**
     * The first token of a capitalised title ending at token p ("Deputy Prime Minister", "President"), or -1 when p ends
     * none. A title in lower case ("the governor's office") is too loose a name for the body it stands for.
     */
    private static int titleStart(List<Token> t, int p) {
        if (p < 0 || !Lexicon.INSTANCE.isRoleWord(t.get(p).text()) || !t.get(p).capitalised()) {
            return -1;
        }
        int a = p;
        while (a > 0 && p - a < 3 && (Lexicon.INSTANCE.isRoleWord(t.get(a - 1).text())
                || RANKS.contains(t.get(a - 1).text().toLowerCase(Locale.ROOT)) && t.get(a - 1).capitalised())) {
            a--;
        }
        return a;
    }

    /**
     * "The prosecutor's office", "the Lagos State governor's office" ending at token p: a body named by a common
     * noun's possessive and a body noun (org-kinds.txt), named as written without "the".
     */
    Optional<Speaker> officeOfRole(Sentence s, int p) {
        List<Token> t = s.tokens();
        if (p < 2 || !"body".equals(OrgKinds.INSTANCE.kindOf(t.get(p))) || !t.get(p).pos().equals("NOUN")
                || !NameShape.isPossessive(t.get(p - 1).text()) || !t.get(p - 2).pos().equals("NOUN")) {
            return Optional.empty();
        }
        int a = p - 2;
        while (a > 0 && Set.of("NOUN", "PROPN", "ADJ").contains(t.get(a - 1).pos()) && p - a < 6) {
            a--;
        }
        boolean person = index.mentionsIn(s.index()).stream().anyMatch(r -> r.type() == EntityType.PERSON && r.tokenEnd() == p - 1);
        return person ? Optional.empty() : Optional.of(body(s, a, p + 1, s.span(a, p + 1)));
    }

    /**
     * "the traders' association Abitex", "the farmers' union Agrofront" ending at token p: the name after a
     * common noun of an organisation's kind (org-kinds.txt) is that organisation's, even when the name finder
     * took it for a person.
     */
    Optional<Speaker> namedAfterKind(Sentence s, int p) {
        List<Token> t = s.tokens();
        int a = p;
        while (a > 0 && t.get(a - 1).capitalised() && t.get(a - 1).pos().equals("PROPN") && p - a < 4) {
            a--;
        }
        if (!t.get(p).capitalised() || a < 2 || OrgKinds.INSTANCE.kindOf(t.get(a - 1)) == null
                || !t.get(a - 1).pos().equals("NOUN") || Character.isUpperCase(t.get(a - 1).text().charAt(0))
                || !determined(t, a - 1)) {
            return Optional.empty();
        }
        return Optional.of(body(s, a, p + 1, s.span(a, p + 1)));
    }

    /**
     * A body named by its seat, the place at tokens a..b after "in": "The Mexican Embassy in Guatemala said" is
     * the embassy ("Mexican Embassy in Guatemala"), not Guatemala. The body's noun is an organisation word
     * (org-kinds.txt, "embassy", "ministry", "office") with its capitalised modifiers.
     */
    Optional<Speaker> seatedIn(Sentence s, int a, int b) {
        List<Token> t = s.tokens();
        int noun = a - 2;
        if (noun < 0 || !t.get(a - 1).text().equals("in") || !"body".equals(OrgKinds.INSTANCE.kindOf(t.get(noun)))
                || !t.get(noun).capitalised()) {
            return Optional.empty();
        }
        int from = noun;
        while (from > 0 && t.get(from - 1).capitalised() && Set.of("ADJ", "PROPN", "NOUN").contains(t.get(from - 1).pos())
                && noun - from < 4) {
            from--;
        }
        return Optional.of(body(s, from, b, s.span(from, b)));
    }

    /**
     * "the U.S. Embassy", "the French Foreign Ministry" ending at token p, when no name ends there: a capitalised
     * body noun (org-kinds.txt) after "the" and capitalised modifiers, named as written without "the".
     */
    Optional<Speaker> modified(Sentence s, int p) {
        List<Token> t = s.tokens();
        if (!"body".equals(OrgKinds.INSTANCE.kindOf(t.get(p))) || !t.get(p).capitalised()) {
            return Optional.empty();
        }
        int a = p;
        while (a > 0 && t.get(a - 1).capitalised() && Set.of("ADJ", "PROPN").contains(t.get(a - 1).pos()) && p - a < 4) {
            a--;
        }
        if (a == p || a == 0 || !t.get(a - 1).lemma().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        return Optional.of(body(s, a, p + 1, s.span(a, p + 1)));
    }

    /** Nouns of a document a body issues: "a Kremlin statement", "a State House communique". */
    private static final Set<String> DOCUMENTS = Set.of("statement", "communique", "communiqué", "readout");

    /**
     * "a Kremlin statement", "A Raj Bhavan communique" ending at token p, when the name before the document noun
     * is no entity of its own: the body that issued it, named by the capitalised words after the article.
     */
    Optional<Speaker> issuer(Sentence s, int p) {
        List<Token> t = s.tokens();
        if (p < 2 || !DOCUMENTS.contains(t.get(p).lemma().toLowerCase(Locale.ROOT)) || !t.get(p).pos().equals("NOUN")) {
            return Optional.empty();
        }
        int a = p;
        while (a > 0 && t.get(a - 1).capitalised() && t.get(a - 1).pos().equals("PROPN") && p - a < 4) {
            a--;
        }
        int from = a;
        if (a == p || a == 0 || !Set.of("a", "an").contains(t.get(a - 1).text().toLowerCase(Locale.ROOT))
                || index.mentionsIn(s.index()).stream().anyMatch(r -> r.tokenStart() < p && r.tokenEnd() > from && r.type() == EntityType.PERSON)) {
            return Optional.empty();
        }
        return Optional.of(body(s, a, p, s.span(a, p)));
    }

    /** Small words inside an organisation's name: "Jamaicans for Justice", "Manufacturers & Commerce". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "&");
    /** The longest unlisted name taken as a speaking body, in tokens. */
    private static final int UNLISTED_MAX = 6;

    /**
     * An organisation's name the name finder missed, ending at token p right before a speech verb: "Sinn Féin said in a
     * statement", "Jamaicans for Justice said", "the FGTB said", ", MOM said.". Capitalised words (with "of", "for",
     * "and", "&" between them), no entity of the article among them, no title or given name, not only known places and
     * nationalities ("Jamaicans for Justice" and "Johannesburg Water" have a word of their own), and not one word alone
     * unless it is written like an acronym ("ActionSA", "KMT"). Named as written,
     * then as the article spells the acronym out ({@link #fuller}).
     */
    Optional<Speaker> unlisted(Sentence s, int p) {
        List<Token> t = s.tokens();
        if (p < 0 || !nameWord(t.get(p))) {
            return Optional.empty();
        }
        int a = p;
        while (a > 0 && p - a < UNLISTED_MAX - 1 && (nameWord(t.get(a - 1))
                || a > 1 && NAME_JOINERS.contains(t.get(a - 1).text()) && nameWord(t.get(a - 2)))) {
            a--;
        }
        int from = a;
        boolean entity = index.mentionsIn(s.index()).stream().anyMatch(r -> r.tokenStart() <= p && r.tokenEnd() > from);
        boolean acronym = a == p && (NameShape.isAllCaps(t.get(p).text()) || innerCapital(t.get(p).text()));
        boolean atStart = a == 0 || a == 1 && t.get(0).lemma().equalsIgnoreCase("the");
        if (entity || a == p && !acronym || atStart && a == p && t.get(p).text().length() < 2
                || PersonClusters.isGivenName(t.get(a).text()) || NameShape.isPluralAcronym(t.get(p).text())) {
            return Optional.empty();
        }
        boolean ownWord = false;
        for (int k = a; k <= p; k++) {
            String w = t.get(k).text();
            if (Lexicon.INSTANCE.isRoleWord(w) || Lexicon.INSTANCE.isHonorific(w)
                    || CalendarWords.WEEKDAYS_AND_MONTHS.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            ownWord |= !NAME_JOINERS.contains(w) && !Gazetteer.INSTANCE.isKnown(w) && !Gazetteer.INSTANCE.isKnownPlace(w);
        }
        if (!ownWord) {
            return Optional.empty(); // "Kenya", "Moscow and Kyiv", "Nigerians": places and peoples, no body
        }
        String name = s.span(a, p + 1);
        if (Gazetteer.INSTANCE.isKnown(name) || Gazetteer.INSTANCE.isKnownPlace(name)) {
            return Optional.empty();
        }
        return Optional.of(fuller(s, body(s, a, p + 1, name)));
    }

    /**
     * An organisation's name the name finder missed that opens tokens from..to, after a determiner: "according to the
     * OPM", "according to Jamaicans for Justice" ({@link #unlisted}).
     */
    Optional<Speaker> unlistedFrom(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        int a = from < to && from < t.size() && t.get(from).lemma().equalsIgnoreCase("the") ? from + 1 : from;
        if (a >= Math.min(to, t.size()) || !nameWord(t.get(a))) {
            return Optional.empty();
        }
        int e = a;
        while (e + 1 < Math.min(to, t.size()) && (nameWord(t.get(e + 1))
                || e + 2 < Math.min(to, t.size()) && NAME_JOINERS.contains(t.get(e + 1).text()) && nameWord(t.get(e + 2)))) {
            e += nameWord(t.get(e + 1)) ? 1 : 2;
        }
        int end = e;
        return unlisted(s, end).filter(x -> x.tokenStart() == a);
    }

    /** A capitalised word that may be part of a name: not a pronoun, determiner or other closed-class word. */
    private static boolean nameWord(Token w) {
        return w.capitalised() && Set.of("PROPN", "NOUN", "ADJ", "X").contains(w.pos()) && w.text().chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !NameShape.isFunctionWord(w.text());
    }

    /** "ActionSA", "eThekwini": a capital after the first letter, as acronyms and brand names are written. */
    private static boolean innerCapital(String w) {
        return w.length() > 2 && w.substring(1).chars().anyMatch(Character::isUpperCase) && Character.isUpperCase(w.charAt(0));
    }

    /** Whether the noun at k is determined ("the union", "the traders' association", "a farmers' union"). */
    private static boolean determined(List<Token> t, int k) {
        for (int i = k - 1; i >= 0 && i >= k - 4; i--) {
            if (t.get(i).pos().equals("DET")) {
                return true;
            }
            if (!Set.of("NOUN", "ADJ", "PUNCT", "PART").contains(t.get(i).pos()) || t.get(i).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** The first token of the name that ends with the word at a, over parts joined to it without a space ("al-Saadi"). */
    private static int joinedStart(Sentence s, int a) {
        while (a > 0 && s.tokens().get(a - 1).end() == s.tokens().get(a).start()) {
            a--;
        }
        return a;
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private Speaker body(Sentence s, int a, int b, String name) {
        String key = Entity.keyOf(EntityType.ORGANIZATION, name);
        Mention m = new Mention(s.tokens().get(a).start(), s.tokens().get(b - 1).end(), s.span(a, b));
        Entity old = bodies.get(key);
        List<Mention> mentions = new ArrayList<>(old == null ? List.of() : old.mentions());
        if (mentions.stream().noneMatch(x -> x.start() == m.start())) {
            mentions.add(m);
        }
        bodies.put(key, new Entity(key, EntityType.ORGANIZATION, name, mentions, List.of(), 0.6));
        return new Speaker(key, SpeakerType.ORGANIZATION, s.span(a, b), MentionRef.Kind.DESCRIPTION, a, b);
    }
}
