package org.newsgraph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * Decides whether a meeting occurred, is planned, proposed or cancelled from the cue words around its
 * meeting word ({@code meeting-status.tsv}): words before it in its clause, and for a meeting noun the
 * verbs after it ("the talks were postponed"). A cancelled cue beats a proposed one, which beats a planned
 * one. Also tells negated meetings ("did not meet", "no talks"). Thread-safe.
 */
final class StatusFinder {
    private static final int WINDOW = 9;
    /** How far back a modal reaches when an infinitive leads from it to the meeting word. */
    private static final int FAR_WINDOW = 16;
    private static final Set<String> RELATIVES = Set.of("which", "that");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom", "whose");
    private static final Set<String> GOVERNED = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADV", "PART");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    private final MeetingLexicon words;

    StatusFinder(MeetingLexicon words) {
        this.words = words;
    }

    MeetingStatus status(MeetingClause c) {
        EnumSet<MeetingStatus> seen = EnumSet.noneOf(MeetingStatus.class);
        for (int i = windowStart(c); i < c.trigger(); i++) {
            if (reaches(c, i)) {
                cueAt(c, i).ifPresent(seen::add);
            }
        }
        for (int i = Math.max(c.start(), c.trigger() - FAR_WINDOW); i < c.trigger() - WINDOW; i++) {
            if (MeetingLexicon.pos(c.token(i)).equals("AUX") && infinitiveBetween(c, i)) {
                cueAt(c, i).ifPresent(seen::add); // "will travel to Cairo on Sunday to take part in the meeting"
            }
        }
        if (MeetingLexicon.pos(c.token(c.trigger())).equals("VERB") || MeetingLexicon.lemma(c.token(c.trigger())).equals("invitation")) {
            cueAt(c, c.trigger()).ifPresent(seen::add); // "invited X", "an invitation from X": the meeting word is its own cue
        }
        if (CandidateBuilder.askingNounBefore(c.sentence().tokens(), c.trigger()) >= c.start()) {
            seen.add(MeetingStatus.PROPOSED); // "turned down a request by the envoy, X, for a meeting"
        }
        afterNoun(c, seen);
        coordinatedInfinitive(c).ifPresent(seen::add);
        goingTo(c).ifPresent(seen::add);
        if (headlineInfinitive(c) || presentAfterTimeConjunction(c) || presentWithDayAhead(c) || presentTripAhead(c) || summonedToMeeting(c)
                || PlanBeforeGerund.at(c, this::cueAt)) {
            seen.add(MeetingStatus.PLANNED);
        }
        if (seen.contains(MeetingStatus.PLANNED) && (pastPerfectPlan(c) || cancelledLater(c))) {
            seen.add(MeetingStatus.CANCELLED);
        }
        if (proposedThat(c)) {
            seen.add(MeetingStatus.PROPOSED);
        }
        if (seen.equals(EnumSet.of(MeetingStatus.PLANNED)) && (conditional(c) || agreementWithheld(c))) {
            seen.add(MeetingStatus.PROPOSED);
        }
        Optional<MeetingStatus> answer = seen.contains(MeetingStatus.PROPOSED) || seen.contains(MeetingStatus.PLANNED)
                ? answeredLater(c) : Optional.empty();
        if (answer.isPresent() && answer.get() == MeetingStatus.CANCELLED) {
            seen.add(MeetingStatus.CANCELLED);
        } else if (answer.isPresent() && seen.equals(EnumSet.of(MeetingStatus.PROPOSED))) {
            return MeetingStatus.PLANNED; // "invited X to visit in July, and she had accepted"
        }
        for (MeetingStatus s : List.of(MeetingStatus.CANCELLED, MeetingStatus.PROPOSED, MeetingStatus.PLANNED)) {
            if (seen.contains(s)) {
                return s;
            }
        }
        return MeetingStatus.OCCURRED;
    }

    /**
     * The first token a cue before the meeting word may stand at: {@link #WINDOW} words back, where the pieces of a
     * hyphenated compound ("one-on-one", split as "one" "-" "on" "-" "one") count as one word.
     */
    private static int windowStart(MeetingClause c) {
        int i = c.trigger();
        int words = 0;
        while (i > c.start() && words < WINDOW) {
            i--;
            if (!hyphenated(c, i)) {
                words++;
            }
        }
        return i;
    }

    /** Verbs that answer an invitation or request with a yes ("and she had accepted", "and he agreed"). */
    private static final Set<String> ACCEPTS = Set.of("accept", "agree", "confirm");

    /** Verbs that put off what was offered or planned ("and I asked to postpone", "but he called it off"). */
    private static final Set<String> PUTS_OFF = Set.of("postpone", "cancel", "delay", "defer", "reschedule");

    /** How many words after "and" or "but" the verb answering an invitation may stand. */
    private static final int ANSWER_REACH = 6;

    /**
     * "had invited X to visit the plant in July and that she had accepted": a clause joined by "and" or "but" after the
     * meeting word that accepts the invitation or request makes the meeting planned; "invited me to Riga in May, and I
     * asked to postpone", "but the visit was put off" makes it cancelled. Not when the answer is negated ("but she has
     * not accepted").
     */
    private Optional<MeetingStatus> answeredLater(MeetingClause c) {
        List<Token> t = c.sentence().tokens();
        for (int i = c.trigger() + 1; i < t.size(); i++) {
            if (!Set.of("and", "but").contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean negated = false;
            for (int k = i + 1; k < Math.min(t.size(), i + 1 + ANSWER_REACH); k++) {
                String w = t.get(k).text().toLowerCase(Locale.ROOT);
                String lemma = MeetingLexicon.lemma(t.get(k)).toLowerCase(Locale.ROOT);
                negated |= NEGATIONS.contains(w);
                boolean verb = MeetingLexicon.pos(t.get(k)).equals("VERB");
                if (verb && PUTS_OFF.contains(lemma) || (w.equals("called") || w.equals("put")) && k + 1 < t.size()
                        && t.get(k + 1).text().equalsIgnoreCase("off")) {
                    return negated ? Optional.empty() : Optional.of(MeetingStatus.CANCELLED);
                }
                if (verb && ACCEPTS.contains(lemma) && !(k + 1 < t.size() && t.get(k + 1).text().equalsIgnoreCase("to"))) {
                    return negated ? Optional.empty() : Optional.of(MeetingStatus.PLANNED); // not "agreed to discuss"
                }
                if (w.equals(",") || w.equals(";") || w.equals(".")) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> PLAN_PARTICIPLES = java.util.Set.of("due", "scheduled", "expected", "set",
            "planned", "supposed", "slated");
    private static final java.util.Set<String> OTHER_CLAUSE = java.util.Set.of("after", "because", "since", "when", "while",
            "although", "though", "as", "before", "until", "which", "who", "that");

    /** Words of a plan told in the past that the writer marks as not kept: "was supposed to meet", "were meant to sit down". */
    private static final Set<String> UNKEPT = Set.of("supposed", "meant");

    /**
     * "A had been due to meet B", "a meeting had been planned for": a plan told in the past perfect fell through; so
     * did one told with "was to have" and a participle ("A was to have met B on Monday"), and one the writer marks as
     * not kept ("A was supposed to see B on Thursday", "they were meant to meet in May").
     */
    private static boolean pastPerfectPlan(MeetingClause c) {
        List<org.newsgraph.nlp.Token> t = c.sentence().tokens();
        for (int i = Math.max(0, c.start()); i + 2 < t.size() && i < c.trigger(); i++) {
            if (Set.of("was", "were").contains(t.get(i).text().toLowerCase(Locale.ROOT)) && UNKEPT.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))
                    && t.get(i + 2).text().equalsIgnoreCase("to")) {
                return true;
            }
        }
        for (int i = 0; i + 3 < t.size(); i++) {
            if (Set.of("was", "were").contains(t.get(i).text().toLowerCase(Locale.ROOT)) && t.get(i + 1).text().equalsIgnoreCase("to")
                    && t.get(i + 2).text().equalsIgnoreCase("have") && MeetingLexicon.pos(t.get(i + 3)).equals("VERB")) {
                return true;
            }
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).text().equalsIgnoreCase("had") && t.get(i + 1).text().equalsIgnoreCase("been")
                    && PLAN_PARTICIPLES.contains(t.get(i + 2).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "had been planned for the afternoon but was cancelled", "was planned for Thursday, but was called off", "was due to
     * meet X on Friday, but the meeting has been pushed back to June" ({@link PutOff}).
     */
    private static boolean cancelledLater(MeetingClause c) {
        List<org.newsgraph.nlp.Token> t = c.sentence().tokens();
        for (int i = c.trigger() + 1; i + 1 < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            int aside = innerRelativeEnd(t, c.trigger(), i);
            if (aside > i) {
                i = aside;
                continue;
            }
            if (OTHER_CLAUSE.contains(w)) {
                return false;
            }
            if (PutOff.at(t, i) || (w.equals("called") || w.equals("put")) && t.get(i + 1).text().equalsIgnoreCase("off")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A meeting between X and Y to discuss routes that cross the city boundary, had been planned for Friday but was
     * called off": a relative clause ("that", "which", "who" and a verb) of a noun after the meeting noun tells of that
     * noun, not of the meeting; where it ends (the comma closing it), so that the meeting's own verb is read past it, or
     * -1 when no such clause opens at token {@code i} or no comma closes it.
     */
    private static int innerRelativeEnd(List<Token> t, int trigger, int i) {
        if (i <= trigger + 1 || i + 1 >= t.size() || !RELATIVE_PRONOUNS.contains(t.get(i).text().toLowerCase(Locale.ROOT))
                || !Set.of("NOUN", "PROPN").contains(MeetingLexicon.pos(t.get(i - 1)))
                || !Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t.get(i + 1)))) {
            return -1;
        }
        for (int k = i + 2; k < t.size(); k++) {
            if (t.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the meeting word is negated: "did not meet", "never met", "no talks". */
    boolean negated(MeetingClause c) {
        for (int i = Math.max(c.start(), c.trigger() - 3); i < c.trigger(); i++) {
            String w = c.token(i).text().toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(w) && !notOnly(c, i) && (!w.equals("no") || onlyAdjectivesBetween(c, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue at {@code i} bears on the meeting word: a modal always does; a verb, noun or adjective
     * only through an infinitive ("expected to meet") or when it governs the meeting noun phrase ("sought a
     * meeting", "plans for talks").
     */
    private static boolean reaches(MeetingClause c, int i) {
        for (int j = i + 1; j + 1 < c.trigger(); j++) {
            if (c.token(j).text().equalsIgnoreCase("and") && Set.of("AUX", "VERB").contains(MeetingLexicon.pos(c.token(j + 1)))) {
                return false; // "had urged both sides to agree and would receive X": the cue belongs to the other verb
            }
        }
        if (insideRelative(c, i)) {
            return false;
        }
        if (MeetingLexicon.pos(c.token(i)).equals("AUX")) {
            return !adjunctOfOtherVerb(c, i);
        }
        boolean phrase = true;
        for (int j = i + 1; j < c.trigger(); j++) {
            Token t = c.token(j);
            if (t.text().equalsIgnoreCase("to")) {
                return true;
            }
            phrase &= GOVERNED.contains(MeetingLexicon.pos(t)) || Set.of("for", "off", "of", "out", "from").contains(t.text().toLowerCase(Locale.ROOT))
                    || NameShape.isClitic(t.text()) || hyphenated(c, j) || timeOpener(c, j) || participleModifier(c, j)
                    || whereOrWhenBeforeFor(c, j);
        }
        return phrase;
    }

    /** Prepositions that set another event in time by a meeting ("after the meeting", "following talks with X"). */
    private static final Set<String> TIME_ADJUNCTS = Set.of("after", "following", "before", "since", "during");

    /**
     * "will learn his fate next week after a closed-door meeting": the modal at {@code i} belongs to a verb of its own,
     * and the meeting noun sits in an adjunct of that verb ("after", "before", "following" ...), told as a fact.
     */
    private static boolean adjunctOfOtherVerb(MeetingClause c, int i) {
        // not "will fly to Paris for talks", where the trip is for the meeting
        boolean verb = false;
        for (int j = i + 1; j < c.trigger(); j++) {
            verb |= MeetingLexicon.pos(c.token(j)).equals("VERB") && j > i + 1 && !c.token(j - 1).text().equalsIgnoreCase("to")
                    || j == i + 1 && MeetingLexicon.pos(c.token(j)).equals("VERB");
            if (verb && TIME_ADJUNCTS.contains(c.token(j).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "pulled out of a planned meeting", "a long-awaited summit": a participle between the article and the meeting noun. */
    private static boolean participleModifier(MeetingClause c, int j) {
        return j > c.start() && MeetingLexicon.pos(c.token(j)).equals("VERB") && c.token(j).text().endsWith("ed")
                && Set.of("DET", "ADJ").contains(MeetingLexicon.pos(c.token(j - 1)));
    }

    /**
     * "X, who will leave office in May, met Y on Monday": a cue inside a relative clause set off by commas that
     * closes before the meeting word tells of something else.
     */
    private static boolean insideRelative(MeetingClause c, int i) {
        int open = -1;
        for (int k = i; k > 0 && k >= c.start(); k--) {
            if (c.token(k).text().equals(",")) {
                return false;
            }
            if (RELATIVE_PRONOUNS.contains(c.token(k).text().toLowerCase(Locale.ROOT)) && c.token(k - 1).text().equals(",")) {
                open = k;
                break;
            }
        }
        for (int j = i + 1; open >= 0 && j < c.trigger(); j++) {
            if (c.token(j).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "applied in March for an appointment", "asked on Monday for talks": "in" or "on" opening a date between a cue and its meeting. */
    private static boolean timeOpener(MeetingClause c, int j) {
        if (!Set.of("in", "on").contains(c.token(j).text().toLowerCase(Locale.ROOT)) || j + 1 >= c.trigger()) {
            return false;
        }
        String next = c.token(j + 1).text();
        return Character.isDigit(next.charAt(0)) || DATE_WORDS.contains(next.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> DATE_WORDS = CalendarWords.WEEKDAYS_AND_MONTHS;

    /** Prepositions of a place or day that may stand between a cue and the "for" of its meeting. */
    private static final Set<String> WHERE_OR_WHEN = Set.of("in", "at", "on", "to");

    /**
     * "is expected in Lisbon on Monday for talks with X", "is due at the ministry for a meeting", "heads to Rome
     * next week for talks": "in", "at", "on" or "to" opening a place or day between a cue and a "for" that leads to
     * the meeting noun, so that the cue still governs the meeting.
     */
    private static boolean whereOrWhenBeforeFor(MeetingClause c, int j) {
        if (!WHERE_OR_WHEN.contains(c.token(j).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = j + 1; k < c.trigger(); k++) {
            Token t = c.token(k);
            if (t.text().equalsIgnoreCase("for")) {
                return true;
            }
            if (Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t)) || t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "is due to hold talks with X and attend a dinner hosted by Y": a bare verb after "and" shares the "to" of
     * the infinitive it is joined to, and with it the cue before that one.
     */
    private Optional<MeetingStatus> coordinatedInfinitive(MeetingClause c) {
        int and = -1;
        for (int j = c.trigger() - 1; j > c.start() && c.trigger() - j <= WINDOW; j--) {
            Token next = c.token(j + 1);
            if (c.token(j).text().equalsIgnoreCase("and") && MeetingLexicon.pos(next).equals("VERB")
                    && next.text().equalsIgnoreCase(next.lemma())) {
                and = j;
                break;
            }
        }
        for (int k = and - 1; k > c.start() && and - k <= FAR_WINDOW; k--) {
            if (MeetingLexicon.pos(c.token(k)).equals("AUX") || c.token(k).text().equals(",")) {
                return Optional.empty();
            }
            if (c.token(k).text().equalsIgnoreCase("to") && MeetingLexicon.pos(c.token(k + 1)).equals("VERB")) {
                for (int i = k - 1; i >= Math.max(c.start(), k - 3); i--) {
                    Optional<MeetingStatus> cue = cueAt(c, i);
                    if (cue.isPresent()) {
                        return cue;
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether "to" and a verb stand between the modal at {@code i} and the meeting word, and no other finite verb does. */
    private static boolean infinitiveBetween(MeetingClause c, int i) {
        boolean to = false;
        for (int j = i + 1; j < c.trigger(); j++) {
            String p = MeetingLexicon.pos(c.token(j));
            if (p.equals("AUX") || p.equals("VERB") && !c.token(j - 1).text().equalsIgnoreCase("to") && j != i + 1) {
                return false;
            }
            to |= c.token(j).text().equalsIgnoreCase("to") && j + 1 < c.trigger() && MeetingLexicon.pos(c.token(j + 1)).equals("VERB");
        }
        return to;
    }

    /** A hyphen or the word after one in a compound ("water-sharing talks", "a one-on-one meeting" split as "one" "-on" "-one"). */
    static boolean hyphenated(MeetingClause c, int j) {
        return c.token(j).text().startsWith("-") || j > 0 && c.token(j - 1).text().equals("-");
    }

    private static boolean notOnly(MeetingClause c, int i) {
        return i + 1 < c.trigger() && c.token(i + 1).text().equalsIgnoreCase("only");
    }

    private static boolean onlyAdjectivesBetween(MeetingClause c, int i) {
        for (int j = i + 1; j < c.trigger(); j++) {
            if (!MeetingLexicon.pos(c.token(j)).equals("ADJ")) {
                return false;
            }
        }
        return true;
    }

    private void afterNoun(MeetingClause c, EnumSet<MeetingStatus> seen) {
        afterNoun(c, c.trigger() + 1, c.end(), seen);
        List<Token> all = c.sentence().tokens();
        if (c.end() + 1 < all.size() && QUOTES.contains(all.get(c.end()).text()) && MeetingLexicon.pos(all.get(c.end() - 1)).equals("AUX")
                && MeetingLexicon.pos(c.token(c.trigger())).equals("NOUN")) {
            afterNoun(c, c.end() + 1, Math.min(c.end() + 1 + WINDOW, all.size()), seen); // 'a meeting with X was "being worked out"'
        }
        int main = afterRelative(c);
        main = main >= 0 ? main : quotedPredicate(c);
        if (main >= 0) {
            afterNoun(c, c.end(), main, seen);
            afterNoun(c, main, Math.min(main + WINDOW, c.sentence().tokens().size()), seen);
        }
    }

    /**
     * "A summit between X and Y, which had been due in January, was called off", "A meeting with X, planned for
     * Monday, has been put off": where the main verb of a meeting noun resumes after a relative clause or a
     * participle phrase set off by commas, or -1.
     */
    private static int afterRelative(MeetingClause c) {
        List<Token> t = c.sentence().tokens();
        boolean noun = MeetingLexicon.pos(c.token(c.trigger())).equals("NOUN");
        if (!noun || c.end() >= t.size() || !(RELATIVES.contains(t.get(c.end()).text().toLowerCase(Locale.ROOT)) || pastParticiple(t.get(c.end())))
                || !t.get(c.end() - 1).text().equals(",")) {
            return -1;
        }
        for (int i = c.end() + 1; i < t.size() - 1; i++) {
            if (t.get(i).text().equals(",")) {
                return MeetingLexicon.pos(t.get(i + 1)).equals("AUX") ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** "planned", "scheduled", "set": a past participle that opens a phrase on a noun ("a meeting, planned for Monday, has been put off"). */
    static boolean pastParticiple(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return MeetingLexicon.pos(t).equals("VERB") && (w.endsWith("ed") || PLAN_PARTICIPLES.contains(w));
    }

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘");

    /**
     * "said a meeting between X and Y "is possible in June"": a meeting noun with no verb of its own in its
     * clause, whose predicate opens a quotation right after it; where that predicate's auxiliary stands, or -1.
     */
    private static int quotedPredicate(MeetingClause c) {
        List<Token> t = c.sentence().tokens();
        if (!MeetingLexicon.pos(c.token(c.trigger())).equals("NOUN") || c.end() + 1 >= t.size()
                || !QUOTES.contains(t.get(c.end()).text()) || !MeetingLexicon.pos(t.get(c.end() + 1)).equals("AUX")) {
            return -1;
        }
        for (int i = c.trigger() + 1; i < c.end(); i++) {
            if (Set.of("AUX", "VERB").contains(MeetingLexicon.pos(c.token(i)))) {
                return -1;
            }
        }
        return c.end() + 1;
    }

    private void afterNoun(MeetingClause c, int from, int to, EnumSet<MeetingStatus> seen) {
        boolean aux = false;
        boolean verb = MeetingLexicon.pos(c.token(c.trigger())).equals("VERB");
        boolean noun = MeetingLexicon.pos(c.token(c.trigger())).equals("NOUN");
        for (int i = from; i < to; i++) {
            Token t = c.token(i);
            int aside = noun ? innerRelativeEnd(c.sentence().tokens(), c.trigger(), i) : -1;
            if (aside > i && aside < to) {
                i = aside; // "a meeting between X and Y to discuss routes that cross the boundary, had been planned"
                continue;
            }
            if (MeetingLexicon.pos(t).equals("SCONJ")) {
                return; // "promised her in a meeting that the funding would continue": what was said, not the meeting
            }
            if (noun && OTHER_EVENT.contains(t.text().toLowerCase(Locale.ROOT)) && objectOfVerb(c)) {
                return; // "chaired a meeting with X on Monday, a day after a planned session with Y was called off"
            }
            if (verb && i > from && RELATIVE_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))
                    && Set.of("NOUN", "PROPN").contains(MeetingLexicon.pos(c.token(i - 1)))) {
                return; // "met X hours before a strike that would halt ...": the relative clause is about the strike
            }
            if ((verb || noun && objectOfVerb(c)) && newSubject(c, i)) {
                return; // "talked by phone Sunday, and by the end of the call they had agreed to ...": another clause
            }
            aux |= MeetingLexicon.pos(t).equals("AUX");
            if (noun && NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT)) && (aux || t.text().equalsIgnoreCase("never"))
                    && cameToNothing(c, i + 1, to)) {
                seen.add(MeetingStatus.CANCELLED);
            }
            if (aux && (MeetingLexicon.pos(t).equals("VERB") || MeetingLexicon.pos(t).equals("ADJ") || MeetingLexicon.pos(t).equals("AUX"))) {
                cueAt(c, i).ifPresent(seen::add);
            }
        }
    }

    /** Personal pronouns that open a clause of their own as its subject. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("they", "he", "she", "we", "i");

    /**
     * Whether token {@code i}, after the meeting word whose clause has its subject already, is a pronoun subject with its
     * own verb right after it ("..., and by the end of the call they had agreed"): a new clause, whose cues are not the meeting's.
     */
    private static boolean newSubject(MeetingClause c, int i) {
        List<Token> t = c.sentence().tokens();
        return i > c.trigger() + 1 && i + 1 < t.size() && SUBJECT_PRONOUNS.contains(t.get(i).text().toLowerCase(Locale.ROOT))
                && Set.of("AUX", "VERB").contains(MeetingLexicon.pos(t.get(i + 1)));
    }

    /** Conjunctions that open a clause of another event after a meeting noun: "a day after", "because", "although". */
    private static final Set<String> OTHER_EVENT = Set.of("after", "because", "although", "though", "whereas");

    /**
     * Whether the meeting noun is the object of a verb before it in its clause ("chaired a meeting", "held talks"), so
     * that the clause's own verb is told already and a cue after "after" or "because" tells of another event.
     */
    private static boolean objectOfVerb(MeetingClause c) {
        for (int i = c.start(); i < c.trigger(); i++) {
            if (MeetingLexicon.pos(c.token(i)).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The minister has summoned the mayor to a meeting on Thursday", "they have been summoned to talks": a
     * summons told in the present perfect calls people to a meeting still ahead.
     */
    private boolean summonedToMeeting(MeetingClause c) {
        for (int i = Math.max(1, c.start()); i <= c.trigger(); i++) {
            if (!c.token(i).text().toLowerCase(Locale.ROOT).startsWith("summon")) {
                continue;
            }
            String before = c.token(i - 1).text().toLowerCase(Locale.ROOT);
            String twoBefore = i >= 2 ? c.token(i - 2).text().toLowerCase(Locale.ROOT) : "";
            boolean perfect = Set.of("has", "have", "'s", "'ve").contains(before)
                    || before.equals("been") && Set.of("has", "have").contains(twoBefore);
            return perfect && meetingNounAhead(c, i);
        }
        return false;
    }

    /** Whether "to" or "for" and a meeting noun follow the summons at {@code i} in its clause: "summoned X to a meeting". */
    private boolean meetingNounAhead(MeetingClause c, int i) {
        for (int j = i + 1; j + 1 < c.end() && j < i + WINDOW; j++) {
            if (Set.of("to", "for").contains(c.token(j).text().toLowerCase(Locale.ROOT))) {
                for (int k = j + 1; k < Math.min(c.end(), j + 4); k++) {
                    if (words.meetingNoun(c.token(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> CONSENTS = Set.of("agree", "agreed", "accept", "accepted", "confirm", "confirmed");

    /** "has not yet agreed to meet X", "never accepted to meet": consent to a meeting withheld leaves it proposed. */
    private static boolean agreementWithheld(MeetingClause c) {
        for (int i = Math.max(c.start() + 1, c.trigger() - WINDOW); i < c.trigger(); i++) {
            if (CONSENTS.contains(c.token(i).text().toLowerCase(Locale.ROOT))) {
                for (int k = i - 1; k >= Math.max(c.start(), i - 2); k--) {
                    if (NEGATIONS.contains(c.token(k).text().toLowerCase(Locale.ROOT)) && !c.token(k).text().equalsIgnoreCase("no")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    /**
     * "She would meet him if he dropped the lawsuit", "If Kyiv agrees, the two will meet in May": a meeting
     * that waits on a condition is only proposed. Not "even if", "as if".
     */
    private static boolean conditional(MeetingClause c) {
        List<Token> t = c.sentence().tokens();
        if (c.end() < t.size() && CONDITIONS.contains(t.get(c.end()).text().toLowerCase(Locale.ROOT))) {
            String before = t.get(c.end() - 1).text().toLowerCase(Locale.ROOT);
            return !before.equals("even") && !before.equals("as");
        }
        if (t.isEmpty() || !CONDITIONS.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < c.trigger(); i++) {
            if (t.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that tell a meeting came about: "take (place)", "go (ahead)", "happen", "materialise". */
    private static final Set<String> CAME_ABOUT = Set.of("take", "go", "happen", "materialise", "materialize", "proceed");

    /**
     * "The meeting did not take place", "the talks never went ahead", "the summit has not happened": after a
     * negation, a verb of coming about (within two words) says the meeting fell through.
     */
    private static boolean cameToNothing(MeetingClause c, int from, int to) {
        for (int i = from; i < Math.min(to, from + 2); i++) {
            String l = MeetingLexicon.lemma(c.token(i));
            if (CAME_ABOUT.contains(l)) {
                String next = i + 1 < c.sentence().tokens().size() ? c.token(i + 1).text().toLowerCase(Locale.ROOT) : "";
                return !l.equals("take") && !l.equals("go") || l.equals("take") && next.equals("place") || l.equals("go") && next.equals("ahead");
            }
        }
        return false;
    }

    private Optional<MeetingStatus> cueAt(MeetingClause c, int i) {
        if (month(c, i)) {
            return Optional.empty(); // "On 25 May X met Y": the month, not "may"
        }
        String one = MeetingLexicon.lemma(c.token(i));
        if (i + 1 < c.sentence().tokens().size()) {
            String next = MeetingLexicon.lemma(c.token(i + 1));
            Optional<MeetingStatus> two = words.cue(one + " " + next);
            if (two.isPresent()) {
                return two;
            }
        }
        Optional<MeetingStatus> s = words.cue(one);
        return s.isPresent() ? s : words.cue(c.token(i).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "is going to meet X" is planned; "was going to meet X", a plan told in the past, fell through, as "had
     * been due to meet" did.
     */
    private static Optional<MeetingStatus> goingTo(MeetingClause c) {
        int k = c.trigger() - 1;
        while (k > c.start() && MeetingLexicon.pos(c.token(k)).equals("ADV")) {
            k--;
        }
        if (k - 2 < c.start() || !c.token(k).text().equalsIgnoreCase("to") || !c.token(k - 1).text().equalsIgnoreCase("going")) {
            return Optional.empty();
        }
        String be = c.token(k - 2).text().toLowerCase(Locale.ROOT);
        if (be.equals("was") || be.equals("were")) {
            return Optional.of(MeetingStatus.CANCELLED);
        }
        return Set.of("is", "are", "am", "'s", "'re", "'m").contains(be) ? Optional.of(MeetingStatus.PLANNED) : Optional.empty();
    }

    /** "25 May", "May 25", "in May": the month, written with a capital, next to a number or tagged a proper noun. */
    private static boolean month(MeetingClause c, int i) {
        List<Token> t = c.sentence().tokens();
        if (!t.get(i).text().equals("May")) {
            return false;
        }
        boolean number = i > 0 && Character.isDigit(t.get(i - 1).text().charAt(0))
                || i + 1 < t.size() && Character.isDigit(t.get(i + 1).text().charAt(0));
        return number || i > 0 && MeetingLexicon.pos(t.get(i)).equals("PROPN");
    }

    /** "when the two leaders meet", "once they meet": a present-tense meeting verb after "when" or "once" lies ahead. */
    private static boolean presentAfterTimeConjunction(MeetingClause c) {
        Token t = c.token(c.trigger());
        String w = t.text().toLowerCase(Locale.ROOT);
        String l = MeetingLexicon.lemma(t);
        boolean present = MeetingLexicon.pos(t).equals("VERB") && (w.equals(l) || w.equals(l + "s") || w.equals(l + "es"));
        if (!present || c.start() == 0) {
            return false;
        }
        String before = c.token(c.start() - 1).text().toLowerCase(Locale.ROOT);
        if (!before.equals("when") && !before.equals("once")) {
            return false;
        }
        for (int i = c.start(); i < c.trigger(); i++) {
            if (MeetingLexicon.pos(c.token(i)).equals("AUX") || MeetingLexicon.pos(c.token(i)).equals("VERB")) {
                return false;
            }
        }
        return true;
    }

    /** Words that put forward what should happen, before a "that" clause in the subjunctive: "proposed that X and Y meet". */
    private static final Set<String> PROPOSALS = Set.of("propose", "suggest", "recommend", "urge", "ask", "request", "demand",
            "proposal", "suggestion", "recommendation", "call");
    /** How far back from the meeting word the "that" of a proposal may stand. */
    private static final int PROPOSAL_REACH = 20;

    /**
     * "She proposed that X and Y sit down with a mediator", "the minister suggested that the two meet next week", "a
     * proposal that the leaders should meet in Geneva": a meeting in the subjunctive (its bare verb, or "should" and the
     * verb) after "that" and a word of proposing is only proposed. Not "said that X and Y met".
     */
    private static boolean proposedThat(MeetingClause c) {
        List<Token> t = c.sentence().tokens();
        Token verb = c.token(c.trigger());
        if (!MeetingLexicon.pos(verb).equals("VERB") || !verb.text().toLowerCase(Locale.ROOT).equals(MeetingLexicon.lemma(verb))) {
            return false; // "met", "meets": not the subjunctive
        }
        for (int j = c.trigger() - 1; j > 0 && j >= c.trigger() - PROPOSAL_REACH; j--) {
            String w = t.get(j).text().toLowerCase(Locale.ROOT);
            if (Set.of(".", ";", ":", "?").contains(w)) {
                return false;
            }
            if (w.equals("that")) {
                return PROPOSALS.contains(MeetingLexicon.lemma(t.get(j - 1)));
            }
            if (Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t.get(j))) && !w.equals("should")
                    && !(j == c.trigger() - 1 && Set.of("sit", "come").contains(MeetingLexicon.lemma(t.get(j))))) {
                return false; // another finite verb: "proposed that X, who met Y, ..."
            }
        }
        return false;
    }

    /** Verbs of setting off somewhere: "heads to Warsaw on Thursday to meet X". */
    private static final Set<String> TRIP_VERBS = Set.of("travel", "fly", "head", "go", "leave", "set");

    /**
     * "X heads to Warsaw on Thursday to meet Y", "X flies to Abu Dhabi on Wednesday for talks with Y": a trip in
     * the present tense with a day ahead, and the meeting its purpose, is planned.
     */
    private static boolean presentTripAhead(MeetingClause c) {
        int k = c.trigger() - 1;
        boolean purpose = k > c.start() && (c.token(k).text().equalsIgnoreCase("to") || c.token(k).text().equalsIgnoreCase("for")
                || MeetingLexicon.pos(c.token(k)).equals("ADJ") && c.token(k - 1).text().equalsIgnoreCase("for"));
        if (!purpose) {
            return false;
        }
        for (int i = c.start(); i < k; i++) {
            Token t = c.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            String l = MeetingLexicon.lemma(t);
            boolean verb = MeetingLexicon.pos(t).equals("VERB") || i > c.start() && i + 1 < k // "Lind heads to": read as a noun
                    && Set.of("PROPN", "PRON").contains(MeetingLexicon.pos(c.token(i - 1))) && Set.of("to", "for").contains(c.token(i + 1).text());
            if (verb && TRIP_VERBS.contains(l) && (w.equals(l + "s") || w.equals(l + "es") || w.equals("flies"))) {
                for (int j = i + 1; j < c.end(); j++) {
                    if (DAYS.contains(c.token(j).text().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> DAYS = CalendarWords.with(CalendarWords.WEEKDAYS, "tomorrow", "tonight", "next");

    /**
     * "We meet the supporters' club on Thursday", "the two sides meet again on Monday", "I am meeting him next
     * Thursday": outside a headline, a meeting verb in the present tense with a day named after it lies ahead.
     */
    private static boolean presentWithDayAhead(MeetingClause c) {
        Token t = c.token(c.trigger());
        String w = t.text().toLowerCase(Locale.ROOT);
        String l = MeetingLexicon.lemma(t);
        boolean progressive = w.endsWith("ing") && c.trigger() > c.start()
                && Set.of("am", "is", "are", "'m", "'re", "'s").contains(c.token(c.trigger() - 1).text().toLowerCase(Locale.ROOT));
        boolean present = MeetingLexicon.pos(t).equals("VERB") && (w.equals(l) || w.equals(l + "s") || w.equals(l + "es") || progressive);
        int verbAt = c.trigger() - (progressive ? 1 : 0);
        if (!present || Headline.is(c.sentence()) || verbAt <= c.start()
                || !Set.of("NOUN", "PROPN", "PRON", "ADV").contains(MeetingLexicon.pos(c.token(verbAt - 1)))) {
            return false;
        }
        for (int i = c.start(); i < verbAt; i++) {
            String p = MeetingLexicon.pos(c.token(i));
            if (p.equals("AUX") || p.equals("VERB") || p.equals("PART") || c.token(i).text().equalsIgnoreCase("to")) {
                return false;
            }
        }
        for (int i = c.trigger() + 1; i < c.end(); i++) {
            if (DAYS.contains(c.token(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (Set.of("VERB", "AUX").contains(MeetingLexicon.pos(c.token(i))) && c.token(i).text().endsWith("ed")) {
                return false;
            }
        }
        return false;
    }

    /** Headline style "Kenyatta to Visit White House": "to" + meeting verb with no verb before it. */
    private static boolean headlineInfinitive(MeetingClause c) {
        int t = c.trigger();
        if (MeetingLexicon.pos(c.token(t)).equals("NOUN")) {
            // "Lind to hold talks with Novak": "to", a verb, and the meeting noun
            int v = t - 1;
            while (v > c.start() && Set.of("DET", "ADJ", "NUM").contains(MeetingLexicon.pos(c.token(v)))) {
                v--;
            }
            t = v >= 2 && MeetingLexicon.pos(c.token(v)).equals("VERB") ? v : t;
        }
        if (t < 2 || !c.token(t - 1).text().equalsIgnoreCase("to") || !MeetingLexicon.pos(c.token(t)).equals("VERB")) {
            return false;
        }
        String before = MeetingLexicon.pos(c.token(t - 2));
        boolean headline = !c.sentence().text().strip().matches("(?s).*[.!?\"”]$");
        return headline && (before.equals("PROPN") || before.equals("NOUN"));
    }
}
