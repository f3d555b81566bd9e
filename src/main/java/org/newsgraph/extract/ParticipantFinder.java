package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the participants of a meeting in its clause: subjects before the meeting word, objects after it
 * (direct, or after "with", "between", "to"), possessors and name compounds before a meeting noun ("Putin's
 * talks", "the Zelensky-Macron meeting") and unnamed groups. Thread-safe.
 */
final class ParticipantFinder {
    private static final Set<String> OBJECT_PREPS = Set.of("with", "after", "before", "from", "by", "to", "against",
            "about", "on", "over", "during", "following", "between", "among", "at", "in", "of");
    static final Set<String> LINK_PREPS = Set.of("with", "between", "among", "amongst", "involving", "including", "by");
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> NP_POS = Set.of("PROPN", "NOUN", "ADJ", "NUM", "PART", "DET");

    private final MeetingLexicon words;
    private final EntityIndex index;

    ParticipantFinder(MeetingLexicon words, EntityIndex index) {
        this.words = words;
        this.index = index;
    }

    /** Whether a person is named at token {@code i}. */
    boolean personAt(Sentence s, int i) {
        return !persons(s, i, i + 1).isEmpty();
    }

    /** The token after the person named at token {@code i} (or {@code i} when none is). */
    int personEnd(Sentence s, int i) {
        return persons(s, i, i + 1).stream().mapToInt(MentionRef::tokenEnd).max().orElse(i);
    }

    /** How many words of title may stand between "led by" and the leader's name. */
    private static final int LEADER_TITLE_REACH = 10;

    /**
     * "a mission led by Marta Lind is due to hold talks", "The team, led by Minister for Trade Ola Berg, met ...",
     * "a delegation headed by the former finance minister, Dr Ivo Petrov, met ...": the leader of a group subject
     * takes part. The title between "by" and the name may hold links ("Minister for Trade", "Secretary of State"),
     * lower-case role words, a determiner and an appositive comma.
     */
    private static boolean ledBy(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        int k = r.tokenStart() - 1;
        while (k > 0 && r.tokenStart() - k <= LEADER_TITLE_REACH && titleWordBeforeLeader(t, k)) {
            k--;
        }
        return ledByAt(t, k);
    }

    /** A word of the title between "led by" and a name: name-like words, nouns, role words and their links. */
    private static boolean titleWordBeforeLeader(List<Token> t, int k) {
        Token w = t.get(k);
        String low = w.text().toLowerCase(Locale.ROOT);
        if (MeetingLexicon.pos(w).equals("PROPN") || w.capitalised() || MeetingLexicon.pos(w).equals("NOUN") || Lexicon.INSTANCE.isRoleWord(w.text())
                || LEX_HONORIFIC.test(w.text())) {
            return true;
        }
        boolean between = k > 0 && k + 1 < t.size() && !ledByAt(t, k);
        if (between && Set.of("of", "for", "and", "the", "its", "their", "his", "her", "former", ",").contains(low)) {
            return true; // "Minister for Planning", "its convener, Dr X"
        }
        return MeetingLexicon.pos(w).equals("ADJ") && between;
    }

    private static final java.util.function.Predicate<String> LEX_HONORIFIC = Lexicon.INSTANCE::isHonorific;

    /** The subjects of the clause: persons and groups before {@code to} that are not objects of a preposition. */
    Participants subjects(MeetingClause c, int to) {
        to = firstActEnd(c, to);
        List<MentionRef> found = new ArrayList<>();
        for (MentionRef r : persons(c.sentence(), c.start(), to)) {
            if (!possessive(c.sentence(), r) && (!prepositionObject(c.sentence(), r.tokenStart(), c.start()) || ledBy(c.sentence(), r)
                    || subordinateSubject(c.sentence(), r)) && !otherClauseSubject(c.sentence(), r, to)) {
                found.add(r);
            }
        }
        return of(found, groups(c.sentence(), c.start(), to));
    }

    /** Everyone named from {@code from} to the clause's purpose, possessives excepted. */
    Participants objects(MeetingClause c, int from) {
        List<MentionRef> found = persons(c.sentence(), from, c.purpose()).stream()
                .filter(r -> !possessive(c.sentence(), r)).toList();
        return of(found, groups(c.sentence(), from, c.purpose()));
    }

    /** Every person named in tokens {@code from} to {@code to} of a sentence, possessives excepted. */
    Participants named(Sentence s, int from, int to) {
        return of(persons(s, from, to).stream().filter(r -> !possessive(s, r)).toList(), List.of());
    }

    /**
     * The persons named in tokens {@code from} to {@code to} of a sentence, those who report what follows too ("The
     * chairperson, X, said ..."), which {@link #named} leaves out.
     */
    List<String> speakers(Sentence s, int from, int to) {
        return index.mentionsIn(s.index()).stream().filter(r -> r.type() == EntityType.PERSON && r.tokenStart() >= from && r.tokenEnd() <= to)
                .filter(r -> !possessive(s, r)).map(MentionRef::key).toList();
    }

    /** How far into its clause the subject of a speech verb set off from it by an apposition may start. */
    private static final int SPEAKER_START_REACH = 3;

    /**
     * The person who speaks by the verb at {@code verb}: named just before it ("Union chairman A said"), or opening
     * the clause that starts at {@code from}, with an apposition between ("A, head of the union, said"); not the
     * object of a preposition, a possessor, nor one who speaks for others ("government spokesman A said", "a
     * spokesman for A said"). None when no one is named so.
     */
    Participants speakerBefore(Sentence s, int from, int verb) {
        int end = verb;
        while (end > from && SUBJECT_ADVERBS.contains(s.tokens().get(end - 1).text().toLowerCase(Locale.ROOT))) {
            end--; // "A and B both told reporters", "C later said"
        }
        int subjectEnd = end;
        List<MentionRef> named = index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.tokenStart() >= from && r.tokenEnd() <= subjectEnd && !possessive(s, r))
                .filter(r -> !prepositionObject(s, r.tokenStart(), from) && !spokesFor(s, from, r.tokenStart()))
                .toList();
        boolean adjacent = named.stream().anyMatch(r -> r.tokenEnd() == subjectEnd);
        boolean opening = !named.isEmpty() && named.get(0).tokenStart() - from <= SPEAKER_START_REACH && subjectEnd > 0
                && s.tokens().get(subjectEnd - 1).text().equals(",");
        return adjacent ? of(named, List.of()) : opening ? of(List.of(named.get(0)), List.of()) : Participants.NONE;
    }

    /** Adverbs between a speaker and the speech verb: "A and B both told reporters", "C later said". */
    private static final Set<String> SUBJECT_ADVERBS = Set.of("both", "also", "later", "all", "separately", "each");

    /** Those who speak for others: "government spokesman A", "a spokeswoman for B", "an aide to C". */
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides");

    /** Whether a word of speaking for others stands in tokens {@code from} to {@code to}: the speaker was not at the meeting. */
    private static boolean spokesFor(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SPOKES.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Every person named in tokens {@code from} to {@code to} of a sentence, possessives too ("Lawal's request"). */
    Participants namedOrPossessor(Sentence s, int from, int to) {
        return of(persons(s, from, to), List.of());
    }

    /**
     * "X met A on Monday and later held talks with B", "X met A, then spoke with B": the subject of a verb that follows
     * a word of sequence is the subject of the first act, named before its verb; A met X only. Returns where the
     * subject may be sought up to: the first verb of the clause in that case, {@code to} otherwise.
     */
    private static int firstActEnd(MeetingClause c, int to) {
        List<Token> t = c.sentence().tokens();
        if (to != c.trigger()) {
            return to;
        }
        int verb = to;
        while (verb > c.start() && to - verb < 4 && !MeetingLexicon.pos(t.get(verb)).equals("VERB")
                && Set.of("NOUN", "ADJ", "DET").contains(MeetingLexicon.pos(t.get(verb)))) {
            verb--; // "held talks", "held a bilateral meeting": the light verb before the meeting noun
        }
        if (!MeetingLexicon.pos(t.get(verb)).equals("VERB")) {
            return to;
        }
        int k = verb - 1;
        boolean secondInfinitive = k - 1 >= c.start() && t.get(k).text().equalsIgnoreCase("to") && t.get(k - 1).text().equalsIgnoreCase("and");
        if (k < c.start() || !MeetingClause.SEQUELS.contains(t.get(k).text().toLowerCase(Locale.ROOT)) && !secondInfinitive) {
            return to; // but "is due to meet A and to call on B": B is met by the subject of the first act too
        }
        for (int v = c.start(); v < k; v++) {
            if (MeetingLexicon.pos(t.get(v)).equals("VERB") && !t.get(v + 1).text().equalsIgnoreCase("by")
                    && (v == 0 || !t.get(v - 1).text().equals(","))) {
                return v; // not "The delegations, led by A and B, then met": a participle set off by commas is no first act
            }
        }
        return to;
    }

    /** Objects after the first linking preposition ("with", "between", ...) after the meeting word. */
    Participants linked(MeetingClause c, Set<String> preps) {
        for (int i = c.trigger() + 1; i < c.purpose(); i++) {
            String w = c.token(i).text().toLowerCase(Locale.ROOT);
            if (preps.contains(w)) {
                return objects(c, i + 1);
            }
            if ((w.equals("honour") || w.equals("honor")) && c.token(i - 1).text().equalsIgnoreCase("in") && i + 1 < c.purpose()
                    && c.token(i + 1).text().equalsIgnoreCase("of")) {
                return objects(c, i + 2); // "a state dinner in honour of X"
            }
        }
        return Participants.NONE;
    }

    /** How far after "of" the person of "the meeting of Minister X with Y" may be named. */
    private static final int OF_REACH = 8;

    /**
     * "a meeting of Defence Minister A and her Polish counterpart B", "the telephone conversation of Minister A
     * with B": a meeting noun followed by "of" and a person (past a title) has its participants named from
     * there on; {@link Participants#NONE} when no person follows "of" so ("a meeting of the Security Council").
     */
    Participants ofPersons(MeetingClause c) {
        int of = c.trigger() + 1;
        if (of + 1 >= c.purpose() || !c.token(of).text().equalsIgnoreCase("of")) {
            return Participants.NONE;
        }
        for (int k = of + 1; k < Math.min(c.purpose(), of + OF_REACH); k++) {
            if (personAt(c.sentence(), k)) {
                return objects(c, of + 1);
            }
            Token t = c.token(k);
            boolean title = t.capitalised() || Lexicon.INSTANCE.isRoleWord(t.text()) || Set.of("DET", "ADJ").contains(MeetingLexicon.pos(t));
            if (!title) {
                return Participants.NONE;
            }
        }
        return Participants.NONE;
    }

    Participants linked(MeetingClause c) {
        return linked(c, LINK_PREPS);
    }

    /**
     * "held a meeting of the ruling coalition's top leaders", "a dinner of the region's governors": a meeting noun
     * followed by "of" and a plural noun for people has them as an unnamed group; {@link Participants#NONE} when
     * "of" is followed by no such group ("a meeting of the Security Council", "a meeting of minds").
     */
    Participants ofGroup(MeetingClause c) {
        int of = c.trigger() + 1;
        if (of + 1 >= c.purpose() || !c.token(of).text().equalsIgnoreCase("of")) {
            return Participants.NONE;
        }
        int end = of + 1;
        while (end < c.purpose() && end < of + OF_REACH && (NP_POS.contains(MeetingLexicon.pos(c.token(end))) || NameShape.isClitic(c.token(end).text()))
                && !personAt(c.sentence(), end)) {
            end++;
        }
        List<String> groups = groups(c.sentence(), of + 1, end);
        return groups.isEmpty() ? Participants.NONE : new Participants(List.of(), groups, 0);
    }

    /** Persons named in the noun phrase that ends with the meeting noun: possessors and name compounds. */
    Participants modifiers(MeetingClause c) {
        int a = nounPhraseStart(c);
        List<MentionRef> found = new ArrayList<>(persons(c.sentence(), a, c.trigger()));
        List<String> keys = new ArrayList<>(found.stream().map(MentionRef::key).toList());
        for (int i = a; i < c.trigger(); i++) {
            keys.addAll(compoundSurnames(c.token(i).text()));
        }
        return new Participants(keys, List.of(), indirect(found));
    }

    /** First token of the noun phrase the meeting noun ends, skipping a leading determiner. */
    int nounPhraseStart(MeetingClause c) {
        int a = c.trigger();
        while (a > c.start() && (NP_POS.contains(MeetingLexicon.pos(c.token(a - 1))) && !isDeterminer(c.token(a - 1))
                || StatusFinder.hyphenated(c, a - 1) || hyphenTail(c.token(a - 1)) || NameShape.isClitic(c.token(a - 1).text()) || gerundModifier(c, a - 1) || plannedModifier(c, a - 1))) {
            a--;
        }
        return a;
    }

    /** "a two-hour meeting" tokenised "two", "-hour": the second half of a hyphenated modifier. */
    private static boolean hyphenTail(Token t) {
        return t.text().length() > 1 && t.text().startsWith("-") && Character.isLetterOrDigit(t.text().charAt(1));
    }

    /** "a working lunch", "a farewell dinner", "a closing session": an "-ing" word between a determiner and the noun it modifies. */
    private static boolean gerundModifier(MeetingClause c, int k) {
        return k > c.start() && c.token(k).text().endsWith("ing") && !c.token(k).capitalised() && isDeterminer(c.token(k - 1));
    }

    /**
     * "Brennan's scheduled meeting with X", "the minister's long-planned talks", "Lee's postponed visit": a participle
     * of scheduling or calling off ({@code planned-modifier} list) right after a possessor, before the meeting
     * noun is part of its phrase, so the possessor before it still takes part.
     */
    private boolean plannedModifier(MeetingClause c, int k) {
        if (k <= c.start() || c.token(k).capitalised()) {
            return false;
        }
        String w = c.token(k).text().toLowerCase(Locale.ROOT);
        String tail = w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
        Token before = c.token(k - 1);
        boolean opened = NameShape.isClitic(before.text()) || NameShape.isPossessive(before.text())
                || POSSESSIVE_DETERMINERS.contains(before.text().toLowerCase(Locale.ROOT));
        return opened && words.list("planned-modifier").contains(tail); // not the verb of "X requested talks with Y"
    }

    private static boolean isDeterminer(Token t) {
        return MeetingLexicon.pos(t).equals("DET");
    }

    /** "Zelensky-Macron": the persons whose surnames make up a hyphenated token. */
    private List<String> compoundSurnames(String token) {
        if (!token.contains("-")) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String part : token.split("-")) {
            index.entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON && surname(e.name()).equalsIgnoreCase(part))
                    .findFirst().ifPresent(e -> keys.add(e.key()));
        }
        return keys.size() >= 2 ? keys : List.of();
    }

    private List<MentionRef> persons(Sentence s, int from, int to) {
        return index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.tokenEnd() > from && r.tokenStart() < to)
                .filter(r -> r.tokenStart() >= from && !words.nounWord(s.tokens().get(r.tokenEnd() - 1).text()))
                .filter(r -> !titleModifier(s, r) && !ownedTitleModifier(s, r) && !placeApposition(s, r) && !placeName(r)
                        && !reporter(s, r) && !ownReporter(s, r) && !relationOfAnother(s, r) && !addressed(s, r)
                        && !accordingTo(s, r) && !trailingReporter(s, r)).toList();
    }

    /**
     * "Q: Renee, has the President spoken with Senator X?": a name opening a question (or the turn after a
     * label), set off by a comma, is the person the question is put to.
     */
    private static boolean addressed(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        boolean opens = r.tokenStart() == 0 || t.get(r.tokenStart() - 1).text().equals(":");
        return opens && r.tokenEnd() < t.size() && t.get(r.tokenEnd()).text().equals(",") && t.get(t.size() - 1).text().equals("?");
    }

    /**
     * "X, the agent of striker Y", "X, the widow of Y": a person named only to say whose relation the one
     * before the comma is.
     */
    private boolean relationOfAnother(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        int k = r.tokenStart() - 1;
        while (k > 0 && r.tokenStart() - k <= 4 && !t.get(k).text().equalsIgnoreCase("of")
                && Set.of("ADJ", "NOUN", "PROPN").contains(MeetingLexicon.pos(t.get(k)))) {
            k--;
        }
        if (k <= 1 || !t.get(k).text().equalsIgnoreCase("of") || !MeetingLexicon.pos(t.get(k - 1)).equals("NOUN")) {
            return false;
        }
        int j = k - 2;
        while (j > 0 && Set.of("ADJ", "DET").contains(MeetingLexicon.pos(t.get(j)))) {
            j--;
        }
        return j > 0 && t.get(j).text().equals(",")
                && index.at(s.index(), j - 1).filter(m -> m.type() == EntityType.PERSON && !m.key().equals(r.key())).isPresent();
    }

    /**
     * "According to the government spokesman, X, the two ministers will meet again": the person a report is
     * credited to, named after "according to" with nothing but a description between, takes no part.
     */
    private static boolean accordingTo(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        int commas = 0;
        boolean role = false;
        for (int k = r.tokenStart() - 1; k >= 1 && r.tokenStart() - k <= 12; k--) {
            String w = t.get(k).text();
            if (w.equalsIgnoreCase("to") && t.get(k - 1).text().equalsIgnoreCase("according")) {
                return k + 1 == r.tokenStart() || role && commas == 1 && t.get(r.tokenStart() - 1).text().equals(",");
            }
            commas += w.equals(",") ? 1 : 0;
            role |= Lexicon.INSTANCE.isRoleWord(w);
            String pos = MeetingLexicon.pos(t.get(k));
            if (pos.equals("VERB") || pos.equals("AUX") || w.equals(";") || Set.of("and", "with", "by").contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PRESS_ROLES = Set.of("correspondent", "reporter", "journalist", "editor", "interviewer",
            "columnist", "writer", "producer", "presenter", "host");

    /** "spoke to our correspondent Lina Cho": the outlet's own journalist is no participant. */
    private static boolean ownReporter(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        for (int k = r.tokenStart() - 1; k >= Math.max(0, r.tokenStart() - 4); k--) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (PRESS_ROLES.contains(w)) {
                for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                    String d = t.get(j).text().toLowerCase(Locale.ROOT);
                    if (d.equals("our") || d.equals("this")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "confirm", "report", "note", "write", "announce");

    /** "..., a government spokesman, Pawel Nowak, told PAP": the person a report comes from, not a participant. */
    private static boolean reporter(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        int k = r.tokenEnd() + 1;
        return k < t.size() && t.get(k - 1).text().equals(",") && r.tokenStart() > 0 && t.get(r.tokenStart() - 1).text().equals(",")
                && REPORTING.contains(t.get(k).lemma().toLowerCase(Locale.ROOT)) && MeetingLexicon.pos(t.get(k)).equals("VERB")
                && !t.get(k).text().endsWith("ing");
    }

    /** Words before a comma that open a fronted phrase, whose subject comes after it: "Speaking after the talks, X said". */
    private static final Set<String> FRONTED_OPENERS = Set.of("after", "before", "following", "when", "while", "speaking",
            "asked", "having", "during", "upon");

    /** How many words a trailing report may run after its verb: "confirmed on Wednesday", "told reporters in Accra". */
    private static final int REPORT_TAIL = 8;

    /**
     * "X will travel to Y to meet Z, party spokesman W confirmed", "..., his spokesman W told reporters", "X invited Y to
     * the talks, W said, adding that ...": the person a report closing the sentence comes from is not a participant. The
     * name stands after a comma with only a description before it, its reporting verb follows, and the sentence ends
     * (or goes on with ", adding ...") within a few words. A clause fronted before the comma ("Speaking after the talks,
     * X said the talks went well") leaves X the subject of the meeting, so the rule needs a full clause before the comma
     * and nothing reported after the verb.
     */
    private static boolean trailingReporter(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        int verb = r.tokenEnd();
        if (verb >= t.size() || !REPORTING.contains(t.get(verb).lemma().toLowerCase(Locale.ROOT))
                || !MeetingLexicon.pos(t.get(verb)).equals("VERB") || t.get(verb).text().endsWith("ing")) {
            return false;
        }
        int comma = r.tokenStart() - 1;
        while (comma >= 0 && r.tokenStart() - comma <= 5 && !t.get(comma).text().equals(",")
                && Set.of("DET", "PRON", "ADJ", "NOUN", "PROPN").contains(MeetingLexicon.pos(t.get(comma)))) {
            comma--;
        }
        if (comma < 3 || !t.get(comma).text().equals(",")
                || FRONTED_OPENERS.contains(t.get(0).text().toLowerCase(Locale.ROOT)) || t.get(0).text().endsWith("ing")) {
            return false;
        }
        boolean finite = false;
        for (int k = 0; k < comma; k++) {
            String pos = MeetingLexicon.pos(t.get(k));
            finite |= (pos.equals("VERB") || pos.equals("AUX")) && !t.get(k).text().endsWith("ing");
        }
        if (!finite) {
            return false;
        }
        for (int k = verb + 1; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.equals(",") && k + 1 < t.size() && t.get(k + 1).text().endsWith("ing")) {
                return true;
            }
            if (k - verb > REPORT_TAIL || w.equalsIgnoreCase("that") || w.equals(":") || QuoteSpans.isDoubleQuote(w)
                    || Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** "her Van Loon counterpart": a name between a possessive and a role word names the other side's firm or country. */
    private static boolean ownedTitleModifier(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        return r.kind() == MentionRef.Kind.NAME && r.tokenStart() > 0 && r.tokenEnd() < t.size()
                && POSSESSIVE_DETERMINERS.contains(t.get(r.tokenStart() - 1).text().toLowerCase(Locale.ROOT))
                && Lexicon.INSTANCE.isRoleWord(t.get(r.tokenEnd()).text());
    }

    /** A place taken for a person: "Kano State", "Nakuru County" end with a place word. */
    private boolean placeName(MentionRef r) {
        return index.entity(r.key()).map(e -> words.list("place-head").contains(
                surname(e.name()).toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** A lone word taken for a person that ends a place phrase: "at the Government House, Agodi". */
    private boolean placeApposition(Sentence s, MentionRef r) {
        if (!lone(r) || r.tokenStart() < 2 || !s.tokens().get(r.tokenStart() - 1).text().equals(",")) {
            return false;
        }
        int i = r.tokenStart() - 2;
        while (i >= 0 && (MeetingLexicon.pos(s.tokens().get(i)).equals("PROPN") || MeetingLexicon.pos(s.tokens().get(i)).equals("DET"))
                && index.at(s.index(), i).filter(m -> m.type() == EntityType.PERSON).isEmpty()) {
            i--;
        }
        String w = i >= 0 && i < r.tokenStart() - 2 ? s.tokens().get(i).text().toLowerCase(Locale.ROOT) : "";
        return w.equals("at") || w.equals("in");
    }

    /** A one-word name that is all the article has of this person. */
    private boolean lone(MentionRef r) {
        return r.kind() == MentionRef.Kind.NAME && r.tokenEnd() - r.tokenStart() == 1
                && index.entity(r.key()).map(e -> !e.name().strip().contains(" ")).orElse(false);
    }

    /**
     * A lone word taken for a person that only modifies the title of the person named next: "Brightmart chief
     * executive Oliver Stanning", "Jal Shakti Minister Shri R. S. Thakur".
     */
    private boolean titleModifier(Sentence s, MentionRef r) {
        if (!lone(r) || r.tokenEnd() >= s.tokens().size() || !Lexicon.INSTANCE.isRoleWord(s.tokens().get(r.tokenEnd()).text())) {
            return false;
        }
        for (int i = r.tokenEnd(); i < Math.min(s.tokens().size(), r.tokenEnd() + 6); i++) {
            String w = s.tokens().get(i).text();
            if (index.at(s.index(), i).filter(m -> m.type() == EntityType.PERSON && !m.key().equals(r.key())).isPresent()) {
                return true;
            }
            if (!(Lexicon.INSTANCE.isRoleWord(w) || Lexicon.INSTANCE.isHonorific(w) || w.equals("."))) {
                return false;
            }
        }
        return false;
    }

    static boolean possessive(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        String last = t.get(r.tokenEnd() - 1).text();
        String following = r.tokenEnd() < t.size() ? t.get(r.tokenEnd()).text() : "";
        boolean next = following.matches("['\u2019]s") || following.matches("['\u2019]") && last.endsWith("s");
        return next || last.matches(".*['\u2019]s");
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "today", "yesterday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

    /** Pronouns that are always subjects: "in Moscow he accompanied ..." is no "in ... he". */
    private static final Set<String> NOMINATIVE = Set.of("he", "she", "they", "i", "we");

    /** Whether token {@code i} is the "by" of "led by" or "headed by". */
    static boolean ledByAt(List<Token> t, int i) {
        return i > 0 && t.get(i).text().equalsIgnoreCase("by") && Set.of("led", "headed").contains(t.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /** Words that open a clause of time and are tagged as prepositions: "a day after X met Y". */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "till");

    /** Words that open a clause before the main one: "After X resigned, Y met Z". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until", "when", "once", "as",
            "because", "although", "though", "while", "if");

    /** "After X resigned, Y met Z": X is the subject of a clause of its own, with another verb, not of the meeting. */
    private boolean otherClauseSubject(Sentence s, MentionRef r, int verb) {
        List<Token> t = s.tokens();
        int before = beforeCoordinated(s, r);
        if (before < 0 || !CLAUSE_OPENERS.contains(t.get(before).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = r.tokenEnd();
        for (MentionRef next = coordinatedAfter(s, k); next != null && next.tokenEnd() < verb; next = coordinatedAfter(s, k)) {
            k = next.tokenEnd();
        }
        while (k < verb && Set.of("AUX", "ADV").contains(MeetingLexicon.pos(t.get(k)))) {
            k++;
        }
        return k < verb && MeetingLexicon.pos(t.get(k)).equals("VERB") && pastCatenatives(t, k, verb) < verb;
    }

    /**
     * "when she is expected to meet Y", "once he agrees to sit down with Y": past the auxiliaries, adverbs and verbs that
     * take the meeting verb with "to" after a subject; such verbs are no clause of their own, the meeting's subject is
     * theirs ("After X agreed to resign, Y met Z" leads elsewhere). The index of the first other word, {@code verb}
     * when the chain leads to it.
     */
    private static int pastCatenatives(List<Token> t, int k, int verb) {
        while (k < verb) {
            String pos = MeetingLexicon.pos(t.get(k));
            if (Set.of("AUX", "ADV").contains(pos)) {
                k++;
            } else if (pos.equals("VERB") && k + 1 < verb && t.get(k + 1).text().equalsIgnoreCase("to")) {
                k += 2;
            } else {
                return k;
            }
        }
        return k;
    }

    /** The token before a name's titles ("after Mayor Jodie Carmody": "after"), or -1 at the start. */
    private static int titleStart(List<Token> t, int nameStart) {
        int before = nameStart - 1;
        while (before > 0 && (Lexicon.INSTANCE.isRoleWord(t.get(before).text()) || Lexicon.INSTANCE.isHonorific(t.get(before).text()))) {
            before--;
        }
        return before;
    }

    /**
     * "The walkout came a day after Mayor X met Y", "a day after X had lunch with Y", "a day after A and B met": a
     * name (past its titles, and past the names joined to it by "and" or commas) right after "after" or "before" and
     * followed by its verb is the subject of a clause, not the object of a preposition.
     */
    private boolean subordinateSubject(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        int before = beforeCoordinated(s, r);
        int after = r.tokenEnd();
        for (MentionRef next = coordinatedAfter(s, after); next != null; next = coordinatedAfter(s, after)) {
            after = next.tokenEnd();
        }
        return before >= 0 && SUBORDINATORS.contains(t.get(before).text().toLowerCase(Locale.ROOT)) && after < t.size()
                && Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t.get(after)));
    }

    /**
     * The index before the titles of the first of the names joined to {@code r} by "and" or commas ("After A and B
     * resigned": the index of "After"), or -1 at the start of the sentence.
     */
    private int beforeCoordinated(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        int before = titleStart(t, r.tokenStart());
        for (MentionRef prev = coordinatedBefore(s, before); prev != null; prev = coordinatedBefore(s, before)) {
            before = titleStart(t, prev.tokenStart());
        }
        return before;
    }

    /** The person named right before "and" or a comma at {@code link} ("A and" of "A and B"), or null. */
    private MentionRef coordinatedBefore(Sentence s, int link) {
        if (link <= 0 || !COORDINATORS.contains(s.tokens().get(link).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return persons(s, 0, link).stream().filter(m -> m.tokenEnd() == link).findFirst().orElse(null);
    }

    /** The person named (past titles) right after "and" or a comma at {@code link} ("and B" of "A and B"), or null. */
    private MentionRef coordinatedAfter(Sentence s, int link) {
        List<Token> t = s.tokens();
        if (link >= t.size() || !COORDINATORS.contains(t.get(link).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int k = link + 1;
        while (k < t.size() && (Lexicon.INSTANCE.isRoleWord(t.get(k).text()) || Lexicon.INSTANCE.isHonorific(t.get(k).text()))) {
            k++;
        }
        int at = k;
        return persons(s, at, t.size()).stream().filter(m -> m.tokenStart() == at).findFirst().orElse(null);
    }

    /** Words joining the names of one subject: "A and B", "A, B and C". */
    private static final Set<String> COORDINATORS = Set.of("and", ",");

    /** Whether the noun phrase holding token {@code i} is the object of a preposition ("with Macron"). */
    static boolean prepositionObject(Sentence s, int i, int from) {
        if (NOMINATIVE.contains(s.tokens().get(i).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int j = i - 1;
        while (j >= from) {
            Token t = s.tokens().get(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (MeetingLexicon.pos(t).equals("ADP") && !w.equals("of") && !w.equals("for")) {
                return OBJECT_PREPS.contains(w);
            }
            if (TIME_WORDS.contains(w) || t.text().equals("May") && j > 0) {
                return false; // "On Tuesday evening Novak met ...", "On 25 May Novak met": the name follows a time adjunct
            }
            if (!(NP_POS.contains(MeetingLexicon.pos(t)) || MeetingLexicon.pos(t).equals("CCONJ") || w.equals("of") || w.equals("for") || w.equals("."))) {
                return false;
            }
            j--;
        }
        return false;
    }

    /** Unnamed groups ("Ukrainian officials", "a U.S. delegation") in tokens {@code from} to {@code to}. */
    List<String> groups(Sentence s, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            if (isGroupHead(s, i) && index.at(s.index(), i).isEmpty() && !attribution(s, groupStart(s, i, from), i)) {
                out.add(s.span(groupStart(s, i, from), i + 1));
            }
        }
        return out;
    }

    /**
     * "..., officials said.", "..., two diplomats told Reuters": a group set off by a comma and followed by a verb of
     * saying is the source of the report, no party to the meeting it tells of.
     */
    private static boolean attribution(Sentence s, int start, int head) {
        List<Token> t = s.tokens();
        if (start == 0 || !t.get(start - 1).text().equals(",")) {
            return false;
        }
        int v = head + 1;
        while (v < t.size() && v < head + 3 && Set.of("ADV", "AUX").contains(MeetingLexicon.pos(t.get(v)))) {
            v++;
        }
        return v < t.size() && MeetingLexicon.pos(t.get(v)).equals("VERB") && Lexicon.INSTANCE.speechVerb(t.get(v)) != null;
    }

    private boolean isGroupHead(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (!(MeetingLexicon.pos(t).equals("NOUN") || lowerProper(t) || mistaggedPlural(s, i)) || !(words.in("group", t) || Lexicon.INSTANCE.isRoleHead(t.lemma()))) { // "barangay captains"
            return false;
        }
        boolean plural = !t.text().equalsIgnoreCase(t.lemma()) || words.in("collective", t);
        boolean title = i + 1 < s.tokens().size() && (MeetingLexicon.pos(s.tokens().get(i + 1)).equals("PROPN")
                || index.at(s.index(), i + 1).isPresent());
        return plural && !title;
    }

    /** "The delegation had paid ...": a lower-case word the tagger took for a proper noun is a common noun. */
    private static boolean lowerProper(Token t) {
        return MeetingLexicon.pos(t).equals("PROPN") && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * "met barangay captains", "met village chiefs": a plural after a noun that the tagger took for a verb ("captains",
     * "chiefs" read as "captain", "chief" of a third person), not after a subject pronoun or a name.
     */
    private boolean mistaggedPlural(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return i > 0 && MeetingLexicon.pos(t).equals("VERB") && t.text().endsWith("s") && !t.capitalised()
                && Set.of("NOUN", "ADJ").contains(MeetingLexicon.pos(s.tokens().get(i - 1))) && index.at(s.index(), i - 1).isEmpty()
                && i + 1 < s.tokens().size() && Set.of("ADP", "PUNCT", "CCONJ").contains(MeetingLexicon.pos(s.tokens().get(i + 1)));
    }

    private static int groupStart(Sentence s, int head, int from) {
        int a = head;
        while (a > from) {
            Token p = s.tokens().get(a - 1);
            boolean modifier = Set.of("ADJ", "PROPN", "NOUN", "NUM", "DET").contains(MeetingLexicon.pos(p))
                    || MeetingLexicon.pos(p).equals("CCONJ") && a - 2 >= from && MeetingLexicon.pos(s.tokens().get(a - 2)).equals("ADJ")
                    || MeetingLexicon.pos(p).equals("PUNCT") && p.text().equals(".");
            if (!modifier) {
                break;
            }
            a--;
        }
        return a;
    }

    private static Participants of(List<MentionRef> refs, List<String> groups) {
        return new Participants(refs.stream().map(MentionRef::key).toList(), groups, indirect(refs));
    }

    private static int indirect(List<MentionRef> refs) {
        return (int) refs.stream().filter(r -> r.kind() != MentionRef.Kind.NAME).count();
    }

    static String surname(String name) {
        String[] w = name.strip().split("\\s+");
        return w[w.length - 1];
    }
}
