package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Resolves pronouns ("he", "she") and role descriptions ("the Secretary", "the Russian leader", "his UK
 * counterpart") to people already named in the article: by gender, by the roles and country seen with
 * each name, and by recency (the nearest earlier mention in the sentence, else the first fitting
 * mention of the nearest earlier sentence). Not thread-safe: one per article.
 */
final class Coreferencer {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    private static final Gazetteer GAZ = Gazetteer.INSTANCE;
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its");
    private static final Set<String> MODIFIERS = Set.of("new", "former", "then", "outgoing", "incoming", "visiting", "federal");
    /**
     * Words of a role that set it apart from the bare head: "the President" is no vice president, "the minister"
     * no deputy minister and no prime minister, who is "the Prime Minister" or "the premier".
     */
    private static final Set<String> BLOCKING = Set.of("vice", "deputy", "under", "assistant", "press", "prime");
    private static final Set<String> LEADERS = Set.of("president", "prime", "premier", "chancellor", "king", "leader",
            "emir", "sultan", "queen");
    private static final int LOOK_BACK = 4;

    /** A person as the resolver sees them. */
    record Person(String key, List<String> roles, char gender, String country) {
    }

    /** A resolved reference: where it is, who it is, and how it refers. */
    record Resolved(String key, int sentence, int from, int to, MentionRef.Kind kind) {
    }

    private record Seen(String key, int sentence, int token, boolean possessive, boolean quoted, boolean speaking) {
    }

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Character> genders = new HashMap<>();
    private final List<Seen> history = new ArrayList<>();
    private QuoteSpans quotes = QuoteSpans.of("");

    Coreferencer(List<Person> persons) {
        for (Person p : persons) {
            people.put(p.key(), p);
            genders.put(p.key(), p.gender());
        }
    }

    /** Resolves references in all sentences; {@code names} are the person name mentions by sentence. */
    List<Resolved> resolve(AnnotatedText text, Map<Integer, List<Resolved>> names) {
        this.names = names;
        this.text = text;
        this.titled = titledNames(text, names);
        List<Resolved> out = new ArrayList<>();
        quotes = QuoteSpans.of(text.text());
        for (Sentence s : text.sentences()) {
            List<Resolved> here = names.getOrDefault(s.index(), List.of());
            boolean[] covered = new boolean[s.tokens().size()];
            here.forEach(r -> java.util.Arrays.fill(covered, r.from(), r.to(), true));
            int next = 0;
            for (int i = 0; i < s.tokens().size(); i++) {
                while (next < here.size() && here.get(next).from() <= i) {
                    see(here.get(next++), s);
                }
                if (covered[i]) {
                    continue;
                }
                Resolved r = reference(s, i);
                if (r != null) {
                    out.add(r);
                    see(r, s);
                    java.util.Arrays.fill(covered, r.from(), r.to(), true);
                    i = r.to() - 1;
                }
            }
            while (next < here.size()) {
                see(here.get(next++), s);
            }
        }
        return out;
    }

    private void see(Resolved r, Sentence s) {
        if (turnLabel(r, s)) {
            return; // "MS. OKAFOR: They met in March. The President has invited her back": the speaker says "I"
        }
        boolean poss = r.to() < s.tokens().size() && NameShape.isClitic(s.tokens().get(r.to()).text())
                || NameShape.isPossessive(s.tokens().get(r.to() - 1).text()) || possessivePronoun(r, s);
        history.add(new Seen(r.key(), r.sentence(), r.from(), poss, quotes.containing(s.tokens().get(r.from()).start()).isPresent(),
                speaks(s, r.to())));
    }

    /** Whether a name is the label of a transcript turn ("MS. OKAFOR:", "KONE:"), honorifics aside. */
    private static boolean turnLabel(Resolved r, Sentence s) {
        List<Token> t = s.tokens();
        if (r.to() >= t.size() || !t.get(r.to()).text().equals(":")) {
            return false;
        }
        for (int k = 0; k < r.from(); k++) {
            String w = t.get(k).text();
            if (!(LEX.isHonorific(w) || w.equals(".") || LEX.isHonorific(w + "."))) {
                return false;
            }
        }
        return true;
    }

    private Resolved reference(Sentence s, int i) {
        Token t = s.tokens().get(i);
        Resolved d = description(s, i);
        if (d != null) {
            return d;
        }
        Resolved bare = bareTitle(s, i);
        if (bare != null) {
            return bare;
        }
        char g = styleOfAddress(s, i) ? 0 : pronounGender(t);
        if (g != 0) {
            if (unnamedReporter(s, i)) {
                return null;
            }
            String reporter = reportingSubject(s, i, g);
            boolean inQuote = quotes.containing(t.start()).isPresent();
            String key = reporter != null ? reporter : !inQuote && speaks(s, i + 1) ? lastSpeaker(g, s.index(), i) : null;
            key = key != null ? key : byPronoun(g, s.index(), i, inQuote, objectOf(s, i));
            if (key != null) {
                genders.merge(key, g, (a, b) -> a == 0 ? b : a);
                return new Resolved(key, s.index(), i, i + 1, MentionRef.Kind.PRONOUN);
            }
        }
        return null;
    }

    /** Words of a style of address after "His" or "Her": "His Highness", "Her Excellency", "His Royal Highness". */
    private static final Set<String> STYLES = Set.of("highness", "excellency", "majesty", "royal", "holiness", "eminence",
            "beatitude", "lordship", "ladyship", "worship");

    /**
     * "His Highness Sheikh X", "Her Excellency Y", "His Highness affirmed": a capitalised "His" or "Her" before a
     * style of address is part of a title (the person's own), no pronoun for someone named before.
     */
    private static boolean styleOfAddress(Sentence s, int i) {
        List<Token> t = s.tokens();
        return i + 1 < t.size() && Set.of("His", "Her").contains(t.get(i).text()) && t.get(i + 1).capitalised()
                && STYLES.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");

    /**
     * "Trajkovski said he had invited Kostadinova ... and that he would travel to Sofia": a subject pronoun
     * opening what someone said (right after the verb of saying, or after "that") is the one who said it,
     * the person named just before that verb, when the gender fits. So is "him" in what was said when the
     * one person named in it is its subject ("X said Y had declined to meet him").
     */
    private String reportingSubject(Sentence s, int i, char g) {
        List<Token> t = s.tokens();
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (i == 0 || quotes.containing(t.get(i).start()).isPresent()) {
            return null;
        }
        boolean subject = SUBJECT_PRONOUNS.contains(w) && (t.get(i - 1).text().equalsIgnoreCase("that") || LEX.speechVerb(t.get(i - 1)) != null);
        if (!subject && !w.equals("him")) {
            return null;
        }
        for (int v = i - 1; v > 0; v--) {
            if (t.get(v).pos().equals("VERB") && LEX.speechVerb(t.get(v)) != null) {
                int verb = v;
                List<Resolved> here = names.getOrDefault(s.index(), List.of());
                String key = here.stream().filter(r -> r.to() == verb).map(Resolved::key).findFirst().orElse(null);
                if (subject || key == null) {
                    return key != null && fits(key, g) ? key : null;
                }
                // "Gallagher said Demir had turned down an invitation to meet him": "him" is not the reported clause's subject
                List<Resolved> between = here.stream().filter(r -> r.from() > verb && r.to() <= i).toList();
                boolean clauseSubject = between.size() == 1 && between.get(0).from() <= verb + 2 && !between.get(0).key().equals(key);
                return clauseSubject && fits(key, g) ? key : null;
            }
        }
        return null;
    }

    /** How many words a role-headed subject of a verb of saying may have: "the head of the Sovereign Council". */
    private static final int REPORTER_REACH = 6;

    /**
     * "The Head of State told reporters that he welcomed the visit": a subject pronoun opening what was said is the one
     * who said it; when that is a role no one was found for (nobody named or resolved before the pronoun in its
     * sentence), the pronoun is that unknown person, not someone of an earlier sentence.
     */
    private boolean unnamedReporter(Sentence s, int i) {
        List<Token> t = s.tokens();
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (i == 0 || !SUBJECT_PRONOUNS.contains(w) || quotes.containing(t.get(i).start()).isPresent()) {
            return false;
        }
        if (history.stream().anyMatch(h -> h.sentence() == s.index() && h.token() < i)) {
            return false;
        }
        int v = t.get(i - 1).text().equalsIgnoreCase("that") ? i - 2 : i - 1;
        while (v > 0 && !(t.get(v).pos().equals("VERB") && LEX.speechVerb(t.get(v)) != null) && i - v <= 4
                && Set.of("PRON", "NOUN", "PROPN", "DET", "ADP", "ADJ").contains(t.get(v).pos())) {
            v--; // "told reporters that he", "said on Monday he"
        }
        if (v <= 0 || !(t.get(v).pos().equals("VERB") && LEX.speechVerb(t.get(v)) != null)) {
            return false;
        }
        int k = v - 1;
        while (k >= 0 && Set.of("AUX", "ADV").contains(t.get(k).pos())) {
            k--;
        }
        int a = k;
        while (a >= 0 && k - a < REPORTER_REACH && (Set.of("NOUN", "PROPN", "ADJ", "DET").contains(t.get(a).pos()) || t.get(a).text().equals("of"))) {
            a--;
        }
        if (a >= 0 && k - a >= REPORTER_REACH || a == k) {
            return false;
        }
        int head = a + 1; // the head is the last word before "of": "The Head of State", not "the Office of the Prime Minister"
        while (head < k && !t.get(head + 1).text().equals("of")) {
            head++;
        }
        return LEX.isRoleHead(t.get(head).text()) && !plural(t.get(head));
    }

    static char pronounGender(Token t) {
        if (!(t.pos().equals("PRON") || t.pos().equals("DET"))) {
            return 0;
        }
        return switch (t.text().toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> 'm';
            case "she", "her", "hers", "herself" -> 'f';
            default -> 0;
        };
    }

    /** Prepositions that may stand between a verb and its object pronoun: "met with him", "spoke to her", "called on him". */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "to", "on", "for");

    /**
     * The subject of the clause whose object the pronoun at {@code i} is, which it cannot refer to: "Governor
     * Bello received him at the airport" is someone other than Bello. The subject is the person named just
     * before the verb (past auxiliaries and adverbs, or the antecedent of "who"), when "him" or an object "her" follows that verb
     * (with "with", "to", "on" or "for" between). Null when the pronoun is no such object.
     */
    private String objectOf(Sentence s, int i) {
        List<Token> t = s.tokens();
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        boolean object = w.equals("him") || w.equals("her") && t.get(i).pos().equals("PRON")
                && !(i + 1 < t.size() && Set.of("NOUN", "PROPN", "ADJ").contains(t.get(i + 1).pos()));
        if (!object || i == 0) {
            return null;
        }
        int v = i - 1;
        if (OBJECT_PREPOSITIONS.contains(t.get(v).text().toLowerCase(Locale.ROOT)) && v > 0) {
            v--;
        }
        if (!t.get(v).pos().equals("VERB")) {
            return null;
        }
        int k = v - 1;
        while (k >= 0 && (Set.of("AUX", "ADV", "PART").contains(t.get(k).pos()))) {
            k--;
        }
        if (k > 0 && t.get(k).text().equalsIgnoreCase("who")) { // "Benedetti, who visited him": the antecedent of "who"
            k = t.get(k - 1).text().equals(",") ? k - 2 : k - 1;
        }
        int subjectEnd = k + 1;
        return names.getOrDefault(s.index(), List.of()).stream().filter(r -> r.to() == subjectEnd).map(Resolved::key)
                .findFirst().orElse(null);
    }

    /**
     * "For his part, Oyelaran said ...": a possessive pronoun ("his", "her" before a noun) is, like a possessive
     * name, no subject, so "he" in the next sentence is Oyelaran rather than whom "his" meant.
     */
    private static boolean possessivePronoun(Resolved r, Sentence s) {
        if (r.kind() != MentionRef.Kind.PRONOUN || r.to() - r.from() != 1) {
            return false;
        }
        String w = s.tokens().get(r.from()).text().toLowerCase(Locale.ROOT);
        if (w.equals("his")) {
            return true;
        }
        return w.equals("her") && r.to() < s.tokens().size()
                && Set.of("NOUN", "ADJ", "PROPN", "NUM").contains(s.tokens().get(r.to()).pos());
    }

    /** Whether a speech verb follows at token k, after an adverb or auxiliary ("said", "also told", "has said"). */
    private static boolean speaks(Sentence s, int k) {
        List<Token> t = s.tokens();
        int v = k;
        while (v < t.size() && v < k + 2 && Set.of("ADV", "AUX").contains(t.get(v).pos())) {
            v++;
        }
        String verb = v < t.size() && t.get(v).pos().equals("VERB") ? LEX.speechVerb(t.get(v)) : null;
        return verb != null && !LEX.speechVerbClass(verb).equals("readout");
    }

    /**
     * The speaker of the sentence before, for a pronoun that speaks ("He told a briefing ..."): in "A meeting between
     * Ruiz and Lenz was dropped, spokesman Tomas Berg confirmed. \"...,\" he said." the "he" is Berg, the one named
     * as the subject of the speech verb, not Ruiz, named first. Null when no person of the pronoun's gender spoke there,
     * or when someone is named before the pronoun in its own sentence ("Asked about Ruiz, he said" is left to recency).
     */
    private String lastSpeaker(char g, int sentence, int token) {
        for (int k = history.size() - 1; k >= 0; k--) {
            Seen h = history.get(k);
            if (h.sentence() == sentence && h.token() < token) {
                return null;
            }
            if (h.sentence() < sentence - 1) {
                break;
            }
            if (h.sentence() == sentence - 1 && h.speaking() && !h.quoted() && fits(h.key(), g)) {
                return h.key();
            }
        }
        return null;
    }

    /**
     * The person a pronoun refers to; outside a quote, names inside quotes ("... not Ms Garnier," she said) are
     * passed over, and so is {@code notSubject}, the subject of the clause an object pronoun is in (may be null).
     */
    private String byPronoun(char g, int sentence, int token, boolean inQuote, String notSubject) {
        for (int k = history.size() - 1; k >= 0; k--) {
            Seen h = history.get(k);
            if (h.sentence() == sentence && h.token() < token && fits(h.key(), g) && (inQuote || !h.quoted()) && !h.key().equals(notSubject)) {
                return h.key();
            }
        }
        for (int back = 1; back <= LOOK_BACK; back++) {
            int target = sentence - back;
            String first = null;
            String firstPossessive = null;
            for (Seen h : history) {
                if (h.sentence() == target && fits(h.key(), g) && (inQuote || !h.quoted()) && !h.key().equals(notSubject)) {
                    if (!h.possessive() && first == null) {
                        first = h.key();
                    } else if (firstPossessive == null) {
                        firstPossessive = h.key();
                    }
                }
            }
            if (first != null || firstPossessive != null) {
                return first != null ? first : firstPossessive;
            }
        }
        return null;
    }

    private boolean fits(String key, char g) {
        char have = genders.getOrDefault(key, (char) 0);
        return have == 0 || have == g;
    }

    /** "the Secretary", "The Vice President", "the Russian leader", "his UK counterpart". */
    private Resolved description(Sentence s, int i) {
        List<Token> t = s.tokens();
        boolean det = DETERMINERS.contains(t.get(i).text().toLowerCase(Locale.ROOT));
        boolean afterAnd = i > 1 && t.get(i - 1).text().equals("and") && t.get(i).capitalised() && LEX.isRoleWord(t.get(i).text());
        int owner = countryOwner(s, i);
        if (owner > i) {
            return byCountryRole(s, i, owner);
        }
        if (!det && !afterAnd) {
            return null;
        }
        int j = det ? i + 1 : i;
        String country = null;
        while (j < t.size() && (GAZ.isKnown(t.get(j).text()) || MODIFIERS.contains(t.get(j).text().toLowerCase(Locale.ROOT)))) {
            country = country == null ? RolePhrase.countryAt(s, j) : country;
            j++;
        }
        int roleStart = j;
        RoleEpithets.Epithet epithet = t.get(i).text().equalsIgnoreCase("the") ? RoleEpithets.INSTANCE.at(t, j) : null;
        int inner = 0;
        if (epithet == null && t.get(i).text().equalsIgnoreCase("the") && j + 2 < t.size() && GAZ.isDemonym(t.get(j + 1).text())) {
            List<Token> without = new ArrayList<>(t); // "the top Iranian diplomat": the epithet around a nationality
            without.remove(j + 1);
            epithet = RoleEpithets.INSTANCE.at(without, j);
            if (epithet != null && epithet.words().size() > 1) {
                inner = 1;
                country = country == null ? RolePhrase.countryAt(s, j + 1) : country;
            } else {
                epithet = null;
            }
        }
        if (epithet != null) {
            int end = j + epithet.words().size() + inner;
            if (end + 1 < t.size() && t.get(end).text().equals(",") && nameAt(s.index(), end + 1)) {
                return null; // "the head of state, President X": the name that follows says who
            }
            return byEpithet(epithet, country, s, i, end);
        }
        while (j < t.size() && (LEX.isRoleWord(t.get(j).text()) || j > roleStart && RolePhrase.roleHyphen(t, j))) {
            j++; // "the Secretary-General" cut in three by the tokenizer is one role
        }
        if (j == roleStart || !headed(t, roleStart, j) || plural(t.get(j - 1)) || pluralRoleAfter(t, j)) {
            return null;
        }
        if (j < t.size() && t.get(j).pos().equals("PROPN") && NameShape.isNameWord(t.get(j).text()) && !GAZ.isKnown(t.get(j).text())) {
            return null;
        }
        if (j + 1 < t.size() && t.get(j).text().equals(",") && nameAt(s.index(), j + 1)
                && Set.of("his", "her", "their", "its").contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
            return null; // "his Kenyan counterpart, William Ruto": the name that follows says who
        }
        boolean ofFirm = false;
        if (j + 1 < t.size() && t.get(j).text().equals("of")) {
            String c = RolePhrase.countryAt(s, j + 1);
            boolean firm = GAZ.isDemonym(t.get(j + 1).text()); // "of Brazilian iron ore miner X"
            if (c == null && t.get(j + 1).capitalised() || t.get(j + 1).lemma().equals("the") || firm) {
                if (!det || namedBeforeVerb(s, j + 1)) {
                    return null; // "the Premier of Ontario, Ross Hallowell": the name that follows says who
                }
                ofFirm = true;
            }
            country = c == null ? country : c;
        }
        List<String> words = new ArrayList<>();
        for (int k = roleStart; k < j; k++) {
            String w = NameShape.bare(t.get(k).text()).toLowerCase(Locale.ROOT);
            if (k > roleStart && RolePhrase.roleHyphen(t, k)) {
                words.set(words.size() - 1, words.get(words.size() - 1) + t.get(k).text().toLowerCase(Locale.ROOT));
            } else if (k > roleStart && t.get(k - 1).text().equals("-") && RolePhrase.roleHyphen(t, k - 1)) {
                words.set(words.size() - 1, words.get(words.size() - 1) + w); // "secretary" "-" "general": "secretary-general"
            } else {
                words.add(w);
            }
        }
        if (ofFirm) {
            String key = ownedRoleNamedNext(words, s.index(), i);
            return key == null ? appositiveTitle(s, i) : new Resolved(key, s.index(), i, j, MentionRef.Kind.DESCRIPTION);
        }
        boolean title = det && t.get(i).text().equalsIgnoreCase("the") && country == null && t.get(roleStart).capitalised();
        String key = byRole(words, country, s.index(), i, t.get(i).text().equalsIgnoreCase("his") || t.get(i).text().equalsIgnoreCase("her"), title);
        return key == null ? null : new Resolved(key, s.index(), i, j, MentionRef.Kind.DESCRIPTION);
    }

    /**
     * "the top diplomat", "the head of government" (tokens {@code i} to {@code end}): the person whose role holds
     * one of the role-word sets the description stands for, the one seen last.
     */
    private Resolved byEpithet(RoleEpithets.Epithet epithet, String country, Sentence s, int i, int end) {
        for (List<String> role : epithet.roles()) {
            String key = byRole(role, country, s.index(), i, false);
            if (key != null) {
                return new Resolved(key, s.index(), i, end, MentionRef.Kind.DESCRIPTION);
            }
        }
        return null;
    }

    /**
     * Whether role words {@code from} to {@code to} make a role: their last word is a head ("the foreign
     * minister"), or a head comes before it ("the chief executive", where "executive" alone is no role).
     */
    private static boolean headed(List<Token> t, int from, int to) {
        if (LEX.isRoleHead(t.get(to - 1).text())) {
            return true;
        }
        for (int k = from; k < to - 1; k++) {
            if (LEX.isRoleHead(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** How many lower-case words may stand between a country's possessive and the role ("Kenya's trade and industry minister"). */
    private static final int ROLE_MODIFIERS = 3;

    /**
     * "Indonesia's fisheries minister", "Kenya's president": where the role after a country's possessive starts,
     * or -1 when token {@code i} opens no such phrase.
     */
    private static int countryOwner(Sentence s, int i) {
        List<Token> t = s.tokens();
        boolean inName = i > 0 && t.get(i - 1).capitalised() && !NameShape.isFunctionWord(t.get(i - 1).text());
        if (!t.get(i).capitalised() || inName || GAZ.isDemonym(t.get(i).text())) {
            return -1;
        }
        int k = i; // "New Zealand's": the last word of the country's name
        while (k + 1 < t.size() && k < i + 2 && !NameShape.isPossessive(t.get(k).text()) && t.get(k + 1).capitalised()) {
            k++;
        }
        int clitic = NameShape.isPossessive(t.get(k).text()) ? k : k + 1 < t.size() && NameShape.isClitic(t.get(k + 1).text()) ? k + 1 : -1;
        if (clitic < 0 || RolePhrase.countryAt(s, clitic) == null) {
            return -1;
        }
        return clitic + 1;
    }

    /**
     * The person a role owned by a country refers to ("Indonesia's fisheries minister hosted his Australian
     * counterpart"): the one person of that role who is of that country or of no known country, seen before or
     * named within the next sentences. Nobody when two could be meant.
     */
    private Resolved byCountryRole(Sentence s, int i, int from) {
        List<Token> t = s.tokens();
        int j = from;
        while (j < t.size() && j < from + ROLE_MODIFIERS && !LEX.isRoleHead(t.get(j).text()) && !t.get(j).capitalised()
                && Set.of("NOUN", "ADJ", "CCONJ").contains(t.get(j).pos())) {
            j++;
        }
        if (j >= t.size() || !LEX.isRoleHead(t.get(j).text()) || plural(t.get(j)) || t.get(j).text().equalsIgnoreCase("counterpart")) {
            return null;
        }
        int named = pastPortfolio(t, j + 1);
        if (named < t.size() && (nameAt(s.index(), named) || t.get(named).text().equals(",") && nameAt(s.index(), named + 1))) {
            return null; // "Kenya's president, William Ruto", "Norway's Minister of Trade and Industry, Lars Dahl": the name says who
        }
        String country = RolePhrase.countryAt(s, from - 1);
        String head = NameShape.bare(t.get(j).text()).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (int k = from; k <= j; k++) {
            if (LEX.isRoleWord(t.get(k).text())) {
                words.add(NameShape.bare(t.get(k).text()).toLowerCase(Locale.ROOT));
            }
        }
        List<Person> role = people.values().stream().filter(p -> roleFits(p, words, head)).toList();
        List<Person> ofCountry = role.stream().filter(p -> country.equals(p.country())).toList();
        List<String> fits = (ofCountry.isEmpty() ? role.stream().filter(p -> p.country() == null).toList() : ofCountry)
                .stream().map(Person::key).toList();
        List<String> seen = fits.stream().filter(k -> lastSeen(k, s.index(), i) >= 0).toList();
        String key = seen.size() == 1 ? seen.get(0) : seen.isEmpty() ? namedNext(fits, s.index(), i) : null;
        return key == null ? null : new Resolved(key, s.index(), i, j + 1, MentionRef.Kind.DESCRIPTION);
    }

    /** Words that join the fields of a capitalised portfolio after its role: "Minister of Trade and Industry". */
    private static final Set<String> PORTFOLIO_LINKS = Set.of("of", "for", "and", "&", "the");

    /**
     * The token after a capitalised portfolio that starts at {@code i} with "of" or "for" ("of Trade and
     * Industry", "for the Middle East"), or {@code i} when there is none.
     */
    private static int pastPortfolio(List<Token> t, int i) {
        if (i >= t.size() || !Set.of("of", "for").contains(t.get(i).text())) {
            return i;
        }
        int k = i;
        while (k < t.size() && (PORTFOLIO_LINKS.contains(t.get(k).text()) || t.get(k).capitalised())) {
            k++;
        }
        return k > i + 1 && t.get(k - 1).capitalised() ? k : i;
    }

    private Map<Integer, List<Resolved>> names = Map.of();
    private AnnotatedText text;

    /** For each title word written right before a name ("Lyonchhoen Sonam Tenzin"), the people it stood before. */
    private Map<String, Set<String>> titled = Map.of();

    /** Parts of speech that may stand before a title used as a subject: none, punctuation, a conjunction, "said". */
    private static final Set<String> BEFORE_BARE_TITLE = Set.of("PUNCT", "CCONJ", "SCONJ", "VERB");
    /** Parts of speech that may follow a title used as a subject: "Lyonchhoen will", "Lyonchhoen said", "... said Lyonchhoen." */
    private static final Set<String> AFTER_BARE_TITLE = Set.of("AUX", "VERB", "ADV", "PUNCT");

    private static Map<String, Set<String>> titledNames(AnnotatedText text, Map<Integer, List<Resolved>> names) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Map.Entry<Integer, List<Resolved>> e : names.entrySet()) {
            List<Token> t = text.sentences().get(e.getKey()).tokens();
            for (Resolved r : e.getValue()) {
                if (r.from() > 0 && t.get(r.from() - 1).capitalised()) {
                    out.computeIfAbsent(t.get(r.from() - 1).text().toLowerCase(Locale.ROOT), k -> new java.util.HashSet<>()).add(r.key());
                }
            }
        }
        return out;
    }

    /**
     * "Lyonchhoen Sonam Tenzin paid a visit ... Lyonchhoen will travel to New Delhi": a title or form of
     * address standing alone as a subject, without an article, is the one person named before with that
     * word right before the name. A capitalised word next to it (a name, a longer title) leaves it alone.
     */
    private Resolved bareTitle(Sentence s, int i) {
        List<Token> t = s.tokens();
        Token w = t.get(i);
        String low = w.text().toLowerCase(Locale.ROOT);
        if (!w.capitalised() || !(LEX.isHonorific(low) || LEX.isRoleHead(low)) || i + 1 >= t.size()
                || t.get(i + 1).capitalised() || !AFTER_BARE_TITLE.contains(t.get(i + 1).pos())
                || NameShape.isClitic(t.get(i + 1).text()) || t.get(i + 1).text().equals("-")
                || i > 0 && (!BEFORE_BARE_TITLE.contains(t.get(i - 1).pos()) || t.get(i - 1).capitalised() && !t.get(i - 1).pos().equals("PUNCT"))) {
            return null;
        }
        Set<String> keys = titled.getOrDefault(low, Set.of());
        if (keys.size() != 1) {
            return null;
        }
        String key = keys.iterator().next();
        return lastSeen(key, s.index(), i) < 0 ? null : new Resolved(key, s.index(), i, i + 1, MentionRef.Kind.DESCRIPTION);
    }

    /** How many sentences ahead "his Tanzanian counterpart" may find its name. */
    private static final int CATAPHORA_REACH = 2;

    /**
     * "X hosted his Tanzanian counterpart at State House. President Y, who arrived on Tuesday, ...": of the
     * people who fit and were not named before, the one named first within the next sentences.
     */
    private String namedNext(List<String> fits, int sentence, int token) {
        for (int k = sentence; k <= sentence + CATAPHORA_REACH; k++) {
            for (Resolved r : names.getOrDefault(k, List.of())) {
                if ((k > sentence || r.from() > token) && fits.contains(r.key()) && lastSeen(r.key(), sentence, token) < 0) {
                    return r.key();
                }
            }
        }
        return null;
    }

    /**
     * "The chief executive of Serra Azul met Governor X ... Chief Executive Y was received at ...": a role of a
     * named firm or body is the person not named before who is first named with that role in the next
     * sentences; nobody when no one is.
     */
    private String ownedRoleNamedNext(List<String> words, int sentence, int token) {
        String head = words.get(words.size() - 1);
        if (head.equals("counterpart")) {
            return null;
        }
        List<String> fits = people.values().stream().filter(p -> roleFits(p, words, head)).map(Person::key).toList();
        return namedNext(fits, sentence, token);
    }

    /** How many words a title written out again may run to: "the Minister of Economy, Planning and Development". */
    private static final int TITLE_REACH = 10;
    private static final Set<String> TITLE_LINKS = Set.of("of", "the", "and", "for");

    /**
     * "The President of the Republic, X, received ... The President of the Republic also had a call with Y": a title
     * of a body written out word for word as it stood before, set off by a comma before one person's name, is that
     * person; nobody when the title stood so before several names.
     */
    private Resolved appositiveTitle(Sentence s, int i) {
        List<Token> t = s.tokens();
        int end = i + 1;
        while (end < t.size() && end < i + TITLE_REACH && (t.get(end).capitalised() || TITLE_LINKS.contains(t.get(end).text().toLowerCase(Locale.ROOT)))) {
            end++;
        }
        while (end > i + 1 && !t.get(end - 1).capitalised()) {
            end--;
        }
        if (end - i < 4 || text == null) {
            return null; // "the President" alone is told by the role
        }
        List<String> title = t.subList(i, end).stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
        Set<String> keys = new java.util.HashSet<>();
        for (int k = 0; k < s.index(); k++) {
            List<Token> u = text.sentences().get(k).tokens();
            for (int a = 0; a + title.size() + 1 < u.size(); a++) {
                int at = a;
                if (!u.get(a + title.size()).text().equals(",")
                        || !java.util.stream.IntStream.range(0, title.size()).allMatch(n -> u.get(at + n).text().equalsIgnoreCase(title.get(n)))) {
                    continue;
                }
                int name = a + title.size() + 1;
                names.getOrDefault(k, List.of()).stream().filter(r -> r.from() >= name && r.from() <= name + 2).findFirst()
                        .ifPresent(r -> keys.add(r.key()));
            }
        }
        return keys.size() == 1 ? new Resolved(keys.iterator().next(), s.index(), i, end, MentionRef.Kind.DESCRIPTION) : null;
    }

    /** Whether a person's name starts between token {@code from} and the next verb. */
    private boolean namedBeforeVerb(Sentence s, int from) {
        int verb = from;
        while (verb < s.tokens().size() && !s.tokens().get(verb).pos().equals("VERB")) {
            verb++;
        }
        int end = verb;
        return names.getOrDefault(s.index(), List.of()).stream().anyMatch(r -> r.from() >= from && r.from() < end);
    }

    /** Whether a person's name starts at token {@code i} of the sentence, after any titles. */
    private boolean nameAt(int sentence, int i) {
        return names.getOrDefault(sentence, List.of()).stream().anyMatch(r -> r.from() >= i && r.from() <= i + 3);
    }

    /**
     * "their deputy presidents", "the vice chairmen": a plural role noun right after the role words ends the phrase, which
     * then speaks of several people, none of them the one seen with the singular role.
     */
    private static boolean pluralRoleAfter(List<Token> t, int j) {
        return j < t.size() && t.get(j).pos().equals("NOUN") && plural(t.get(j)) && LEX.isRoleHead(t.get(j).lemma());
    }

    private static boolean plural(Token head) {
        String w = NameShape.bare(head.text()).toLowerCase(Locale.ROOT);
        return w.endsWith("s") && !w.equals(head.lemma().toLowerCase(Locale.ROOT)) && !w.endsWith("ss");
    }

    private String byRole(List<String> words, String country, int sentence, int token, boolean possessed) {
        return byRole(words, country, sentence, token, possessed, false);
    }

    /**
     * The person a role description refers to: of those whose role it is, the one seen last; for a bare title
     * ("the Governor", "the President"), the one named most often so far, who is the story's office-holder,
     * before one of the same office named in passing since ("Colorado Gov. X").
     */
    private String byRole(List<String> words, String country, int sentence, int token, boolean possessed, boolean title) {
        String head = words.get(words.size() - 1);
        List<Person> fits = people.values().stream()
                .filter(p -> roleFits(p, words, head) && (country == null || country.equals(p.country())))
                .filter(p -> !head.equals("counterpart") || country != null)
                .toList();
        if (fits.isEmpty() && country != null && !possessed) {
            fits = onlyOfCountry(country, sentence, token);
        }
        List<Person> literal = fits.stream().filter(p -> literalFit(p, words) && lastSeen(p.key(), sentence, token) >= 0).toList();
        if (!literal.isEmpty() && !head.equals("counterpart")) {
            fits = literal;
        }
        String possessor = possessed ? latest(null, sentence, token) : null;
        if (head.equals("counterpart") && possessor != null) {
            Person owner = people.get(possessor);
            fits = fits.stream().filter(p -> sameOffice(owner, p)).toList();
        }
        String best = null;
        int bestAt = Integer.MIN_VALUE;
        int bestSeen = -1;
        for (Person p : fits) {
            // a bare title named as often as another of its office goes to the one named first, the story's own
            // office-holder: "President X met Shell Norway President Y ... the President"
            int named = title ? firstSeen(p.key(), sentence, token) : lastSeen(p.key(), sentence, token);
            if (named < 0) {
                continue;
            }
            int at = title ? -named : named; // the higher, the better: the first named for a title, else the last
            int seen = title ? timesSeen(p.key(), sentence, token) : 0;
            if ((seen > bestSeen || seen == bestSeen && at > bestAt) && !p.key().equals(possessor)) {
                best = p.key();
                bestAt = at;
                bestSeen = seen;
            }
        }
        if (best == null && fits.size() == 1 && !possessed) {
            // "The Director" before anyone of that role was named: the one named with it in the next sentences,
            // not a "Programme Director" named paragraphs on in another matter
            best = namedNext(List.of(fits.get(0).key()), sentence, token);
        }
        if (best == null && possessed) {
            List<String> others = fits.stream().map(Person::key).filter(k -> !k.equals(possessor)).toList();
            best = namedNext(others, sentence, token);
            if (best == null && country != null && others.size() == 1 && lastSeen(others.get(0), sentence, token) < 0) {
                best = others.get(0); // "his Australian counterpart" ... paragraphs on, "Australia's Megan Hartigan"
            }
            if (best == null && head.equals("counterpart")) {
                best = namedNext(peers(possessor, country), sentence, token);
            }
        }
        return best;
    }

    /**
     * Whether p may be the counterpart of owner: a counterpart holds the same office on the other side, so when both
     * were seen with roles, some role word is shared ("Prime Minister" and "Prime Minister", "Foreign Minister" and
     * "Minister"); an ambassador is no prime minister's counterpart.
     */
    private static boolean sameOffice(Person owner, Person p) {
        if (owner == null || owner.roles().isEmpty() || p.roles().isEmpty()) {
            return true;
        }
        Set<String> words = new java.util.HashSet<>();
        owner.roles().forEach(r -> words.addAll(List.of(r.split(" "))));
        return p.roles().stream().flatMap(r -> java.util.Arrays.stream(r.split(" "))).anyMatch(words::contains);
    }

    /**
     * "President X hosted his Tanzanian counterpart ... President Y, who arrived on Tuesday": the people of no
     * other country who hold a role of the possessor's; a counterpart holds the same office on the other side.
     */
    private List<String> peers(String possessor, String country) {
        Person owner = possessor == null ? null : people.get(possessor);
        if (owner == null || owner.roles().isEmpty()) {
            return List.of();
        }
        return people.values().stream()
                .filter(p -> !p.key().equals(possessor) && (p.country() == null || p.country().equals(country))
                        && (owner.country() == null || !owner.country().equals(p.country()))
                        && p.roles().stream().anyMatch(owner.roles()::contains))
                .map(Person::key).toList();
    }

    /**
     * "X hosted his Romanian counterpart, Y ... the Romanian premier": when no one was seen with the role, the
     * one person of that country named before without a role (a counterpart's role goes unsaid).
     */
    private List<Person> onlyOfCountry(String country, int sentence, int token) {
        List<Person> of = people.values().stream().filter(p -> country.equals(p.country()) && p.roles().isEmpty()
                && lastSeen(p.key(), sentence, token) >= 0).toList();
        return of.size() == 1 ? of : List.of();
    }

    /**
     * Whether one of p's roles holds all the words as written, not through a synonym: "the premier" is the one
     * seen before as "Premier X" rather than the one seen as "Prime Minister Y", a premier only by synonym.
     */
    private static boolean literalFit(Person p, List<String> words) {
        for (String r : p.roles()) {
            List<String> rw = List.of(r.split(" "));
            if (rw.containsAll(words) && rw.stream().noneMatch(w -> BLOCKING.contains(w) && !words.contains(w)) && !juniorMinister(r, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Minister of State for Foreign Affairs", "State Minister for Health": a junior minister under the one who holds
     * the portfolio, so no "foreign minister" or "health minister" unless the description says "state" itself; a
     * minister all the same ("the Omani minister").
     */
    private static boolean juniorMinister(String role, List<String> words) {
        return (role.contains("minister of state") || role.contains("state minister")) && words.size() > 1 && !words.contains("state");
    }

    /** Role words written short before a name ("Gov. X", "Sen. Y"), by the word "the Governor" uses for them. */
    private static final Map<String, String> ROLE_ABBREVIATIONS = Map.of("gov.", "governor", "sen.", "senator",
            "rep.", "representative", "gov", "governor", "sen", "senator");

    private static boolean roleFits(Person p, List<String> words, String head) {
        if (head.equals("counterpart")) {
            return true;
        }
        for (String r : p.roles()) {
            List<String> rw = java.util.Arrays.stream(r.split(" ")).map(w -> ROLE_ABBREVIATIONS.getOrDefault(w, w)).toList();
            if (head.equals("leader") && words.size() == 1 && rw.stream().anyMatch(LEADERS::contains)) {
                // "the leader" is a head of state or government; "the Opposition Leader" is not
                return true;
            }
            if (head.equals("premier") && (rw.contains("premier") || r.contains("prime minister"))) {
                return true;
            }
            boolean covers = rw.containsAll(words);
            boolean blocked = rw.stream().anyMatch(w -> BLOCKING.contains(w) && !words.contains(w)) || juniorMinister(r, words);
            if (covers && !blocked) {
                return true;
            }
        }
        return false;
    }

    /** How many times the person was referred to before the point. */
    private int timesSeen(String key, int sentence, int token) {
        int n = 0;
        for (Seen h : history) {
            if (h.key().equals(key) && (h.sentence() < sentence || h.sentence() == sentence && h.token() < token)) {
                n++;
            }
        }
        return n;
    }

    private int firstSeen(String key, int sentence, int token) {
        for (Seen h : history) {
            if (h.key().equals(key) && (h.sentence() < sentence || h.sentence() == sentence && h.token() < token)) {
                return h.sentence() * 10000 + h.token();
            }
        }
        return -1;
    }

    private int lastSeen(String key, int sentence, int token) {
        for (int k = history.size() - 1; k >= 0; k--) {
            Seen h = history.get(k);
            if (h.key().equals(key) && (h.sentence() < sentence || h.sentence() == sentence && h.token() < token)) {
                return h.sentence() * 10000 + h.token();
            }
        }
        return -1;
    }

    private String latest(String except, int sentence, int token) {
        for (int k = history.size() - 1; k >= 0; k--) {
            Seen h = history.get(k);
            if (!h.key().equals(except) && (h.sentence() < sentence || h.sentence() == sentence && h.token() < token)) {
                return h.key();
            }
        }
        return null;
    }
}
