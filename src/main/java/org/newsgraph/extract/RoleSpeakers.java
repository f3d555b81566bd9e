package org.newsgraph.extract;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A role description as a speaker: "the Emir said", "The state minister told reporters", "the Commissioner
 * of Police disclosed" is the one person named before with that role ("the Emir of Gaya, Alhaji Ibrahim
 * Abdulkadir"). The words before the role head ("state") and after it ("of Police") must all be seen with
 * that person; when two people fit, the description stays unresolved. Not thread-safe: one per article.
 */
final class RoleSpeakers {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** How far before a name its title may start ("the state Commissioner of Police , CP"). */
    private static final int WINDOW = 8;
    private static final Set<String> REPRESENTATIVES = Set.copyOf(WordList.lines("representatives.txt"));

    private final EntityIndex index;
    private final List<Sentence> sentences;

    RoleSpeakers(EntityIndex index, List<Sentence> sentences) {
        this.index = index;
        this.sentences = sentences;
    }

    /** The person the description ending at token p stands for ("the Emir", "the Commissioner of Police"). */
    Optional<Speaker> ending(Sentence s, int p) {
        List<Token> t = s.tokens();
        int head = headOf(t, p);
        if (head < 0) {
            return Optional.empty();
        }
        int a = head;
        while (a > 0 && a > head - 3 && modifier(t.get(a - 1))) {
            a--;
        }
        if (a < 1 || !t.get(a - 1).text().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        Set<String> words = new LinkedHashSet<>();
        for (int k = a; k <= p; k++) {
            if (!t.get(k).text().equals("of") && !t.get(k).text().equals("for")) {
                words.add(low(t.get(k)));
            }
        }
        int from = a - 1;
        return holder(s, from, words).map(key -> new Speaker(key, SpeakerType.PERSON, s.span(from, p + 1),
                MentionRef.Kind.DESCRIPTION, from, p + 1));
    }

    /** The role head at p, or before an "of X" tail that ends at p ("Commissioner of Police"); -1 when none. */
    private static int headOf(List<Token> t, int p) {
        if (p < 0) {
            return -1;
        }
        if (isHead(t.get(p))) {
            return p;
        }
        for (int k = p - 1; k >= 1 && k >= p - 3; k--) {
            String w = t.get(k).text();
            if ((w.equals("of") || w.equals("for")) && isHead(t.get(k - 1))) {
                boolean capitalised = t.subList(k + 1, p + 1).stream().allMatch(x -> x.capitalised() || x.text().equals("the"));
                return capitalised ? k - 1 : -1;
            }
            if (!t.get(k).capitalised()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isHead(Token w) {
        return LEX.isRoleHead(w.text()) && Set.of("NOUN", "PROPN").contains(w.pos()) && !w.text().endsWith("s");
    }

    private static boolean modifier(Token w) {
        return Set.of("NOUN", "ADJ", "PROPN").contains(w.pos()) && !w.text().equals(",");
    }

    /** The key of the one person named before token `from` of s whose title holds all the words. */
    private Optional<String> holder(Sentence s, int from, Set<String> words) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i <= s.index(); i++) {
            Sentence x = sentences.get(i);
            for (MentionRef r : index.mentionsIn(i)) {
                boolean before = i < s.index() || r.tokenEnd() <= from;
                if (before && r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME
                        && covers(titleWords(x, r), words)) {
                    found.add(r.key());
                }
            }
        }
        if (found.isEmpty()) {
            return namedAfterLead(words);
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** A line without closing punctuation: a headline, a byline, an "Updated ..." stamp, never a body sentence. */
    private static boolean open(Sentence x) {
        String line = x.text().strip();
        return !line.isEmpty() && ".!?\"'\u201D".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private boolean namesSomeone(int sentence) {
        return index.mentionsIn(sentence).stream().anyMatch(r -> r.type() == EntityType.PERSON);
    }

    /** How many sentences after a role's first use the person it stands for may be named. */
    private static final int DELAYED = 2;

    /**
     * A delayed-identification lead: the article first speaks of someone only by role ("The Taoiseach has told farm
     * leaders ...", "talks with the First Minister ended ...") and names them in one of the next sentences, opening it
     * ("Ciarán Ó Murchú met the farmers ..."). The role then stands for that person throughout. Only when no person is
     * named between the role's first use and that sentence.
     */
    private Optional<String> namedAfterLead(Set<String> words) {
        int first = -1;
        for (Sentence x : sentences) {
            Set<String> lower = new HashSet<>();
            x.tokens().forEach(w -> lower.add(low(w)));
            if (lower.containsAll(words)) {
                first = x.index();
                break;
            }
        }
        if (first < 0 || namesSomeone(first)) {
            return Optional.empty();
        }
        for (int i = 0; i < first; i++) {
            if (namesSomeone(i) && !open(sentences.get(i))) {
                return Optional.empty();
            }
        }
        int seen = 0;
        for (int i = first + 1; i < sentences.size() && seen < DELAYED; i++) {
            if (open(sentences.get(i))) {
                continue;
            }
            seen++;
            List<MentionRef> people = index.mentionsIn(i).stream().filter(r -> r.type() == EntityType.PERSON).toList();
            if (people.isEmpty()) {
                continue;
            }
            MentionRef opening = people.stream().min(java.util.Comparator.comparingInt(MentionRef::tokenStart)).orElseThrow();
            boolean opens = opening.kind() == MentionRef.Kind.NAME
                    && sentences.get(i).tokens().subList(0, opening.tokenStart()).stream().allMatch(w -> LEX.isHonorific(w.text()));
            return opens ? Optional.of(opening.key()) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether a title holds all the words of a description, a nationality also by its country: "the Ukrainian minister"
     * is the "Minister of Foreign Affairs of Ukraine", "the Georgian minister" the "Minister of Georgia".
     */
    static boolean covers(Set<String> title, Set<String> words) {
        return words.stream().allMatch(w -> title.contains(w) || title.stream().anyMatch(x -> ofCountry(w, x)));
    }

    /**
     * Whether a nationality word and a country name share their stem: at least four letters, and all of the shorter
     * word but at most its last letter ("ukrainian" and "ukraine", "chinese" and "china", not "australian" and "austria").
     */
    static boolean ofCountry(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return !a.equals(b) && n >= 4 && n >= Math.min(a.length(), b.length()) - 1 && Character.isLetter(a.charAt(0))
                && !LEX.isRoleHead(a) && !LEX.isRoleHead(b);
    }

    /** Lower-case words of the title just before a name and of an apposition just after it. */
    private Set<String> titleWords(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        Set<String> out = new HashSet<>();
        int limit = r.tokenStart() - WINDOW;
        boolean crossed = false;
        for (int k = r.tokenStart() - 1; k >= 0 && k >= limit; k--) {
            Token w = t.get(k);
            boolean comma = w.text().equals(",") && !honorificsOnly(t, k + 1, r.tokenStart());
            if (comma && !crossed && roleBefore(s, r, k)) {
                crossed = true; // "the head of the Liberal bench, deputy X": the role before the comma is X's too
                limit = k - WINDOW;
                continue;
            }
            if (w.pos().equals("VERB") || w.pos().equals("AUX") || w.text().equals(".") || startsOther(s, r, k)
                    || comma || onBehalf(t, k)) {
                break;
            }
            out.add(low(w));
        }
        if (r.tokenEnd() < t.size() && t.get(r.tokenEnd()).text().equals(",")) {
            Set<String> after = new HashSet<>();
            int k = r.tokenEnd() + 1;
            for (; k < t.size() && k <= r.tokenEnd() + WINDOW; k++) {
                Token w = t.get(k);
                if (w.pos().equals("VERB") || w.pos().equals("AUX") || w.pos().equals("CCONJ") || w.text().equals(",")
                        || w.text().equals(".")) {
                    break;
                }
                after.add(low(w));
            }
            if (!RolePhrase.subjectOfNextVerb(t, r.tokenEnd() + 1, k)) { // "X, the spokesman said": the spokesman is another
                out.addAll(after);
            }
        }
        return out;
    }

    /**
     * Whether a role phrase ends at the comma k before a name: "the head of the Liberal bench, deputy X", "the President
     * of the Union of Industry, Trade and Handicrafts (UTICA), X". A role head opens it, after "the", with no verb, no
     * other person and no other comma between.
     */
    private boolean roleBefore(Sentence s, MentionRef r, int k) {
        List<Token> t = s.tokens();
        for (int j = k - 1; j >= 1 && j >= k - WINDOW; j--) {
            Token w = t.get(j);
            if (w.pos().equals("VERB") || w.pos().equals("AUX") || w.text().equals(".") || w.text().equals(",") || startsOther(s, r, j)) {
                return false;
            }
            if (isHead(w) && t.get(j - 1).text().equalsIgnoreCase("the")) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens a..b are honorifics only ("Alhaji" in "the Emir of Gaya, Alhaji Ibrahim Abdulkadir"). */
    private static boolean honorificsOnly(List<Token> t, int a, int b) {
        return t.subList(a, b).stream().allMatch(w -> LEX.isHonorific(w.text()) || w.text().equals("."));
    }

    /** "for" or "to" after a representative: "a spokesperson for President X" is no title of X's. */
    private static boolean onBehalf(List<Token> t, int k) {
        String w = t.get(k).text();
        return (w.equals("for") || w.equals("to")) && k > 0 && REPRESENTATIVES.contains(t.get(k - 1).lemma().toLowerCase(Locale.ROOT));
    }

    private boolean startsOther(Sentence s, MentionRef r, int k) {
        return index.mentionsIn(s.index()).stream().anyMatch(o -> o != r && o.tokenStart() <= k && k < o.tokenEnd()
                && o.type() == EntityType.PERSON);
    }

    /** Abbreviated titles written before a name, as the word a description uses ("Gov. X" is "the governor"). */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of("gov", "governor", "sen", "senator",
            "rep", "representative", "gen", "general", "amb", "ambassador", "pres", "president", "supt", "superintendent",
            "insp", "inspector", "cmdr", "commander", "capt", "captain");

    private static String low(Token w) {
        String x = w.text().toLowerCase(Locale.ROOT);
        String bare = x.endsWith(".") ? x.substring(0, x.length() - 1) : x;
        return ABBREVIATIONS.getOrDefault(bare, x);
    }
}
