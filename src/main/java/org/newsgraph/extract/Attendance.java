package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * People a sentence names as also taking part in a meeting told of before, as readouts and wire copy list
 * them. After the cue: "Also present were A, B and C", "Also taking part in the talks were A and B", "The
 * talks were also attended by A", "in the presence of A", "the two leaders were joined over lunch by A".
 * Before it: "A was also present", "A and B were associated with the call", "A joined the talks", "said A,
 * who took part in the negotiations", "A sat in as an observer", "A and B quit the session early", "A told the
 * meeting". In the same sentence: "A and B attended the meeting, as did C". In translated readouts the verb may
 * come first: "In the meeting participated A and B". Thread-safe.
 */
final class Attendance {
    /**
     * What a sentence adds: the people, whether it names the meeting ("the call", "the talks"), and the people
     * they accompanied or joined ("X was accompanied by Y": X), who must be at the meeting for them to be, and
     * whether they speak of it after it ("said after the meeting"), so the meeting must have taken place.
     */
    record Added(Participants people, boolean namesMeeting, List<String> companionsOf, boolean afterIt) {
        Added(Participants people, boolean namesMeeting, List<String> companionsOf) {
            this(people, namesMeeting, companionsOf, false);
        }

        Added(Participants people, boolean namesMeeting) {
            this(people, namesMeeting, List.of());
        }
    }

    /** Cues followed by the people they add. */
    private static final List<List<String>> AFTER_CUES = List.of(
            List.of("attended", "by"), List.of("joined", "by"), List.of("accompanied", "by"), List.of("presence", "of"),
            List.of("also", "present"), List.of("also", "attending"), List.of("also", "participating"),
            List.of("also", "taking", "part"), List.of("in", "attendance"), List.of("among", "those", "present"),
            List.of("taking", "part", "were"), List.of("attending", "were"), List.of("participating", "were"),
            List.of("present", "were"), List.of("across", "the", "table", "were"), List.of("represented", "by"),
            List.of("attended", "alongside"), List.of("arrived", "with"), List.of("participation", "of"),
            List.of("among", "those", "inside"), List.of("among", "those", "attending"), List.of("among", "those", "taking", "part"),
            List.of("among", "those", "in", "attendance"), List.of("among", "the", "attendees"), List.of("among", "the", "guests"));

    /**
     * First words of cues that, after a form of "be", stand after the people they add: "A and B were among those
     * present", "C was also present", "D and E were in attendance".
     */
    private static final Set<String> BE_CUE_OPENERS = Set.of("also", "among", "in");

    /** Cues preceded by the people they add. */
    private static final List<List<String>> BEFORE_CUES = List.of(
            List.of("took", "part"), List.of("take", "part"), List.of("taken", "part"), List.of("associated", "with"),
            List.of("sat", "in"), List.of("participated", "in"), List.of("joined", "the"), List.of("attended", "the"),
            List.of("left", "the"), List.of("quit", "the"), List.of("walked", "out", "of", "the"), List.of("stormed", "out", "of", "the"),
            List.of("told", "the"), List.of("addressed", "the"), List.of("chaired", "the"), List.of("opened", "the"), List.of("hosted", "the"),
            List.of("led", "the"), List.of("headed", "the"), List.of("represented", "the"), List.of("attended", "alongside"),
            List.of("among", "those", "at"), List.of("among", "those", "around"), List.of("among", "the", "participants"));

    /** Verbs of leading or speaking for one side of the talks: "led the owners' side", "represented the unions". */
    private static final Set<String> SIDE_VERBS = Set.of("led", "headed", "represented");

    /** What a side of the talks is called: "the owners' side", "the government delegation", "the unions". */
    private static final Set<String> SIDE_NOUNS = Set.of("side", "delegation", "team", "union", "unions", "workers",
            "owners", "employers", "management", "government", "negotiators");

    /**
     * Cues, preceded by the people they add, that tell what members of a group did at its meeting: "A and B
     * walked out", "C stayed on", "D followed him out".
     */
    private static final List<List<String>> GROUP_CUES = List.of(
            List.of("walked", "out"), List.of("stormed", "out"), List.of("stayed", "on"), List.of("stayed", "behind"),
            List.of("stayed", "in", "the", "room"), List.of("remained", "in", "the", "room"), List.of("left", "early"),
            List.of("followed", "him", "out"), List.of("followed", "her", "out"), List.of("followed", "them", "out"));

    /** Verbs of taking part written after the meeting and before those who took part: "in the talks participated A". */
    private static final List<List<String>> INVERTED = List.of(List.of("participated"), List.of("took", "part"),
            List.of("also", "participated"), List.of("also", "took", "part"));

    /** The token after an inverted verb of taking part at token {@code i}, or -1. */
    private static int invertedEnd(List<Token> t, int i) {
        for (List<String> cue : INVERTED) {
            if (matches(t, i, cue)) {
                return i + cue.size();
            }
        }
        return -1;
    }

    /** Meeting nouns a cue may name: "joined the call", "took part in the talks". */
    private static final Set<String> MEETING_NOUNS = Set.of("call", "calls", "talks", "meeting", "meetings", "negotiations",
            "discussions", "discussion", "conversation", "dinner", "lunch", "breakfast", "session", "consultations", "summit",
            "videoconference", "conference", "reception");

    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "but", "although", "though", "whereas", "because",
            "when", "after", "before", "as", "since");

    private final ParticipantFinder finder;

    Attendance(ParticipantFinder finder) {
        this.finder = finder;
    }

    /** The people the sentence adds to a meeting, if it has such a cue: those of every cue it has. */
    Optional<Added> added(Sentence s) {
        List<Token> t = s.tokens();
        Participants all = Participants.NONE;
        boolean namesMeeting = false;
        List<String> companionsOf = new java.util.ArrayList<>();
        boolean afterIt = false;
        for (int i = 0; i < t.size(); i++) {
            Optional<Added> here = conditional(t, i) ? Optional.empty() : at(s, i);
            if (here.isPresent()) {
                all = all.plus(here.get().people());
                namesMeeting |= here.get().namesMeeting();
                companionsOf.addAll(here.get().companionsOf());
                afterIt |= here.get().afterIt();
            }
        }
        return all.keys().isEmpty() ? Optional.empty() : Optional.of(new Added(all, namesMeeting, List.copyOf(companionsOf), afterIt));
    }

    /** Words that open a condition: "only if the prime minister was also present". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");

    /**
     * "He would accept only if the prime minister was also present", "unless A attended the talks": a cue in a
     * condition tells of no one who was there.
     */
    private static boolean conditional(List<Token> t, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String w = low(t.get(k));
            if (CONDITIONS.contains(w)) {
                return true;
            }
            if (w.equals(";") || w.equals(":") || w.equals(".") || QuoteSpans.isDoubleQuote(t.get(k).text())) {
                return false;
            }
        }
        return false;
    }

    /** Words that open a sentence and, after a phrase that may name the meeting, stand before "were" and the people. */
    private static final List<List<String>> FRONTED = List.of(List.of("present"), List.of("attending"), List.of("participating"),
            List.of("joining"), List.of("taking", "part"), List.of("among", "those"), List.of("among", "them"), List.of("also", "present"),
            List.of("also", "attending"), List.of("also", "participating"), List.of("also", "joining"), List.of("also", "taking", "part"),
            List.of("around", "the", "table"), List.of("at", "the", "table"), List.of("also", "around", "the", "table"),
            List.of("also", "at", "the", "table"));

    /**
     * Openers that speak of a meeting only when the phrase after them, before "were", names it, a side of the talks
     * or the room: "Among the chiefs at the meeting were", "Also in the delegation were", "Also in the room was"
     * ("Among the dead were" and "Also in the news was" tell of no one at a meeting).
     */
    private static final List<List<String>> FRONTED_NAMED = List.of(List.of("among", "the"), List.of("also", "in"),
            List.of("also", "on"), List.of("also", "at"));

    /**
     * How many words may stand between a fronted cue and its "were": "Present at the meeting in the Cabinet Room were",
     * "Attending the meeting, held at the Government House, were".
     */
    private static final int FRONTED_REACH = 14;

    /**
     * "Present at the meeting were A, B and C", "Also attending the talks were A and B", "Joining him at the dinner
     * were", "Among those at the session was A": a sentence opening with a word of being at a meeting, a phrase
     * without a verb of its own, then "were" or "was"; the token after it, or -1.
     */
    private static int frontedEnd(List<Token> t, int i) {
        if (i != 0) {
            return -1;
        }
        for (List<String> cue : FRONTED) {
            if (matches(t, i, cue)) {
                return beAfterFronted(t, i + cue.size(), false);
            }
        }
        for (List<String> cue : FRONTED_NAMED) {
            if (matches(t, i, cue)) {
                return beAfterFronted(t, i + cue.size(), true);
            }
        }
        return -1;
    }

    /**
     * The token after the "were" or "was" that ends a fronted phrase from {@code from}, or -1 when a verb or a stop
     * comes first, or when {@code named} and no word of {@link #FRONTED_PLACES} stands in the phrase.
     */
    private static int beAfterFronted(List<Token> t, int from, boolean named) {
        boolean place = !named;
        for (int k = from; k < Math.min(t.size(), from + FRONTED_REACH); k++) {
            String w = low(t.get(k));
            if (w.equals("were") || w.equals("was")) {
                return place ? k + 1 : -1;
            }
            boolean aside = k > from && t.get(k - 1).text().equals(","); // "Attending the meeting, held at the palace, were"
            if (w.equals(".") || w.equals(";") || w.equals(":") || MeetingLexicon.pos(t.get(k)).equals("VERB") && !aside) {
                return -1;
            }
            place |= FRONTED_PLACES.contains(w);
        }
        return -1;
    }

    /** Verbs of taking part, before the means that made it remote: "joined by video", "took part by telephone". */
    private static final List<List<String>> TAKING_PART = List.of(List.of("joined"), List.of("attended"), List.of("participated"),
            List.of("took", "part"), List.of("also", "joined"), List.of("dialled", "in"), List.of("dialed", "in"), List.of("called", "in"));

    /** How a person took part from afar: "by video", "via video link", "by phone", "remotely". */
    private static final List<List<String>> REMOTELY = List.of(List.of("by", "video"), List.of("by", "videolink"), List.of("by", "phone"),
            List.of("by", "telephone"), List.of("via", "video"), List.of("via", "videolink"), List.of("via", "zoom"), List.of("by", "zoom"),
            List.of("remotely"), List.of("virtually"), List.of("online"), List.of("by", "video-link"), List.of("via", "video-link"));

    /**
     * "Prince Edward Island's minister, A, joined by video.", "B took part remotely": a verb of taking part without
     * object, then the means; the people are those before it. The index after the means, or -1.
     */
    static int remoteEnd(List<Token> t, int i) {
        for (List<String> verb : TAKING_PART) {
            if (matches(t, i, verb)) {
                for (List<String> how : REMOTELY) {
                    if (matches(t, i + verb.size(), how)) {
                        return i + verb.size() + how.size();
                    }
                }
            }
        }
        return -1;
    }

    /** Verbs of taking part that, after "also" and with nothing after them, need no object: "A also attended." */
    private static final List<List<String>> BARE_ATTENDED = List.of(List.of("also", "attended"), List.of("also", "attend"),
            List.of("also", "participated"), List.of("also", "took", "part"), List.of("also", "joined"), List.of("also", "there"),
            List.of("also", "in", "attendance"), List.of("also", "present"));

    /**
     * "House Speaker A and Minority Leader B also attended.", "C was also there, aides said": a verb of taking part
     * with "also" before it and the clause ending after it (a comma, a full stop, "and", "as well") speaks of the
     * meeting told of before; the index after the cue, or -1.
     */
    private static int bareAttended(List<Token> t, int i) {
        for (List<String> cue : BARE_ATTENDED) {
            int end = i + cue.size();
            if (matches(t, i, cue) && (end >= t.size() || Set.of(".", ",", ";", "and").contains(low(t.get(end)))
                    || end + 1 < t.size() && low(t.get(end)).equals("as") && low(t.get(end + 1)).equals("well"))) {
                return end;
            }
        }
        return -1;
    }

    /** Verbs by which a side of the talks lists its members: "the delegation included", "the team consisted of". */
    private static final List<List<String>> MEMBERSHIP_VERBS = List.of(List.of("included"), List.of("includes"), List.of("include"),
            List.of("comprised"), List.of("comprises"), List.of("consisted", "of"), List.of("consists", "of"),
            List.of("was", "made", "up", "of"), List.of("were", "made", "up", "of"), List.of("is", "made", "up", "of"));

    /** What a side of the talks that lists its members is called: "the Kenyan side also included". */
    private static final Set<String> MEMBERSHIP_SUBJECTS = Set.of("side", "delegation", "delegations", "team", "teams",
            "entourage", "panel", "contingent", "group");

    /** Words of the fronted phrase that name where those listed were: the meeting, a side of the talks, the room. */
    private static final Set<String> FRONTED_PLACES = union(MEETING_NOUNS, MEMBERSHIP_SUBJECTS, Set.of("room", "table"));

    /**
     * "The opposition side also included A, B and C", "The Kenyan delegation, which included A and B,", "The
     * union's team consisted of A and B", "The meeting, which also included A and B,": a side of the talks (a
     * delegation, team, entourage) or the meeting itself (then with "which" or "also" between, so "the talks
     * included" a topic is no cue) and a verb that lists its members, with "also", "which" and commas between them;
     * the index after the verb, or -1.
     */
    private static int membershipEnd(List<Token> t, int i) {
        for (List<String> verb : MEMBERSHIP_VERBS) {
            if (matches(t, i, verb)) {
                for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
                    String w = low(t.get(k));
                    if (MEMBERSHIP_SUBJECTS.contains(w) || MEETING_NOUNS.contains(w) && k < i - 1) {
                        return i + verb.size();
                    }
                    if (!Set.of("also", "which", "that", ",").contains(w)) {
                        return -1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Verbs of speaking after which a speaker tells of the meeting as one who was at it: "said after the meeting". */
    private static final Set<String> SPOKE = Set.of("said", "says", "told");

    /** Whom a speaker tells, between "told" and "after the meeting": "told reporters", "told the BBC". */
    private static final int TOLD_REACH = 3;

    /**
     * "A said after the meeting that ...", "B told reporters after the three-hour talks", "C said afterwards": a
     * speaker who tells of the meeting right after it was at it. 2 when the words name the meeting, 1 for
     * "afterwards" (which only speaks of the meeting just told), 0 for none.
     */
    static int spokeAfter(List<Token> t, int i) {
        if (!SPOKE.contains(low(t.get(i))) || i == 0) {
            return 0;
        }
        int k = i + 1;
        if (low(t.get(i)).equals("told")) {
            while (k < t.size() && k <= i + TOLD_REACH && !Set.of("after", "following", "afterwards", "afterward").contains(low(t.get(k)))) {
                if (low(t.get(k)).equals(",") || MeetingLexicon.pos(t.get(k)).equals("VERB")) {
                    return 0;
                }
                k++;
            }
        }
        if (k >= t.size()) {
            return 0;
        }
        String w = low(t.get(k));
        if (w.equals("afterwards") || w.equals("afterward")) {
            return 1;
        }
        if (!(w.equals("after") || w.equals("following")) || k + 1 >= t.size()) {
            return 0;
        }
        String det = low(t.get(k + 1));
        boolean dayOf = k + 2 < t.size() && NameShape.isClitic(t.get(k + 2).text());
        if (!(Set.of("the", "their", "his", "her", "this", "that").contains(det) || dayOf)) {
            return 0;
        }
        for (int m = k + 2; m < Math.min(t.size(), k + 6); m++) {
            String x = low(t.get(m));
            if (MEETING_NOUNS.contains(x)) {
                return CONFERENCE_PARTS.contains(low(t.get(m - 1))) ? 0 : 2;
            }
            if (x.equals(",") || x.equals("that") || MeetingLexicon.pos(t.get(m)).equals("VERB")) {
                return 0;
            }
        }
        return 0;
    }

    /** Participles by which a side of the talks, or the meeting itself, names who led it: "was led by", "was headed by". */
    private static final Set<String> LEADING = Set.of("led", "headed", "co-led", "co-headed", "chaired", "co-chaired");

    /** What is led, before "was led by": a side of the talks ("the union delegation") or the meeting ("the talks"). */
    private static final Set<String> LED_SUBJECTS = union(MEMBERSHIP_SUBJECTS, MEETING_NOUNS, Set.of("mission", "side", "sides"));

    /** How many words may stand between the participle and "by": "was led on the government side by". */
    private static final int LED_REACH = 8;

    /** How many words from the start of the sentence the side or meeting that was led may stand: "The Kenyan side was". */
    private static final int LED_SUBJECT_REACH = 5;

    /**
     * "The union delegation was led by its president A and general secretary B", "The team was headed by C", "The
     * meeting, which began at noon, was led on the government side by D": a sentence whose subject is a side of the
     * talks (delegation, team, mission, side) or the meeting itself, passive "led" or "headed" and "by"; the index
     * of "by", or -1. The subject must open the sentence, so "a firm led by X" in passing is no cue, and only the
     * meeting may have an aside between it and "was" ("The group, bought last year, was led by" is a firm).
     */
    static int ledSideBy(List<Token> t, int i) {
        if (!LEADING.contains(low(t.get(i))) || i == 0) {
            return -1;
        }
        int be = i - 1;
        while (be > 0 && Set.of("also", "jointly", "again").contains(low(t.get(be)))) {
            be--;
        }
        if (!Set.of("was", "were").contains(low(t.get(be))) || !(subjectOpensSentence(t, be) || subjectAfterSide(t, be))) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + LED_REACH); k++) {
            String w = low(t.get(k));
            if (w.equals("by")) {
                return k;
            }
            if (w.equals(".") || w.equals(";") || MeetingLexicon.pos(t.get(k)).equals("VERB")) {
                return -1;
            }
        }
        return -1;
    }

    /** How many words the phrase "On the employers' side" that opens a sentence may have before its comma. */
    private static final int SIDE_PHRASE_REACH = 6;

    /** How many words the subject after that phrase may have: "the Mauritius Sugar Producers' Association (MSPA)". */
    private static final int SIDED_SUBJECT_REACH = 12;

    /**
     * "On the employers' side, the producers' association was led by", "For the government side, the talks were
     * headed by": the sentence opens with "on" or "for" and a phrase ending in "side", a comma, then a subject (any
     * noun phrase, with no comma or verb in it) of the "was" at {@code be}. The side says the leader spoke for one
     * party to the talks.
     */
    private static boolean subjectAfterSide(List<Token> t, int be) {
        if (t.isEmpty() || !Set.of("on", "for").contains(low(t.get(0)))) {
            return false;
        }
        int comma = -1;
        for (int k = 1; k < Math.min(be, SIDE_PHRASE_REACH + 1); k++) {
            if (low(t.get(k)).equals(",")) {
                comma = low(t.get(k - 1)).equals("side") ? k : -1;
                break;
            }
        }
        if (comma < 0 || be - comma - 1 < 1 || be - comma - 1 > SIDED_SUBJECT_REACH) {
            return false;
        }
        for (int k = comma + 1; k < be; k++) {
            if (low(t.get(k)).equals(",") || MeetingLexicon.pos(t.get(k)).equals("VERB")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence opens with a side of the talks or a meeting noun as the subject of the "was" at {@code be}. */
    private static boolean subjectOpensSentence(List<Token> t, int be) {
        for (int k = 0; k < Math.min(be, LED_SUBJECT_REACH); k++) {
            String w = low(t.get(k));
            if (LED_SUBJECTS.contains(w)) {
                return k + 1 == be || MEETING_NOUNS.contains(w) && low(t.get(k + 1)).equals(",");
            }
            if (w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> one : sets) {
            all.addAll(one);
        }
        return Set.copyOf(all);
    }

    /** The people a cue at token {@code i} adds: the first of the cues below that names anyone. */
    private Optional<Added> at(Sentence s, int i) {
        List<Token> t = s.tokens();
        return ledSide(s, t, i).or(() -> remote(s, t, i)).or(() -> spokeAfterIt(s, t, i)).or(() -> members(s, t, i))
                .or(() -> fronted(s, t, i)).or(() -> bare(s, t, i)).or(() -> joined(s, t, i)).or(() -> togetherWith(s, t, i))
                .or(() -> afterCue(s, t, i)).or(() -> beforeCue(s, t, i)).or(() -> inverted(s, t, i)).or(() -> asDid(s, t, i))
                .or(() -> present(s, t, i)).or(() -> alsoAt(s, t, i)).or(() -> broughtTogether(s, t, i));
    }

    /** Where those who were "also" somewhere were at the meeting: "also at the meeting", "also in the room". */
    private static final Set<String> IN_THE_ROOM = Set.of("room");

    /**
     * "A and B were also at the meeting", "C was also in the room": a form of "be", "also", then "at" or "in" and the
     * meeting (a definite meeting noun, not "the meeting with D", another one) or the room; the index after the
     * preposition, or -1.
     */
    static int alsoAtEnd(List<Token> t, int i) {
        if (!Set.of("at", "in").contains(low(t.get(i))) || i < 2 || !low(t.get(i - 1)).equals("also") || !beforeIsVerbOfBeing(t, i)
                || i + 2 >= t.size() || !THE_OR_THAT.contains(low(t.get(i + 1)))) {
            return -1;
        }
        boolean room = IN_THE_ROOM.contains(low(t.get(i + 2)));
        return room || namesMeeting(t, i + 1) ? i + 1 : -1;
    }

    private static final Set<String> THE_OR_THAT = Set.of("the", "that", "this");

    /** "A and B were also at the meeting", "C was also in the room" ({@link #alsoAtEnd}). */
    private Optional<Added> alsoAt(Sentence s, List<Token> t, int i) {
        return alsoAtEnd(t, i) > 0 ? some(named(s, t, i), !IN_THE_ROOM.contains(low(t.get(i + 2)))) : Optional.empty();
    }

    /** Verbs by which a meeting names those it gathered: "The talks brought together A, B and C". */
    private static final List<List<String>> GATHERED = List.of(List.of("brought", "together"), List.of("gathered"), List.of("united"));

    /** How many words the meeting subject, with its asides, may have before the verb: "The talks, held at X, brought". */
    private static final int GATHERED_SUBJECT_REACH = 20;

    /**
     * "The talks, held at the convention centre, brought together A, B and C": a sentence opening with a meeting
     * noun ("The talks", "The two-day meeting") whose verb gathers the people after it; the index after the verb,
     * or -1. Only commas and words without a verb of their own, or an aside set off by commas, may stand between.
     */
    static int gatheredEnd(List<Token> t, int i) {
        for (List<String> verb : GATHERED) {
            if (matches(t, i, verb) && meetingOpens(t, i)) {
                return i + verb.size();
            }
        }
        return -1;
    }

    /**
     * Whether the sentence opens with "The" and a meeting noun (after a few modifiers) and the words from it to
     * {@code verb} are that subject and, when a comma follows it, one aside that ends with a comma just before the verb.
     */
    private static boolean meetingOpens(List<Token> t, int verb) {
        if (verb > GATHERED_SUBJECT_REACH || t.isEmpty() || !low(t.get(0)).equals("the")) {
            return false;
        }
        int k = 1;
        while (k < verb && k <= 4 && !MEETING_NOUNS.contains(low(t.get(k)))) {
            if (!Set.of("ADJ", "NOUN", "NUM").contains(MeetingLexicon.pos(t.get(k))) && !t.get(k).text().startsWith("-")) {
                return false;
            }
            k++;
        }
        if (k >= verb || !MEETING_NOUNS.contains(low(t.get(k)))) {
            return false;
        }
        if (k + 1 == verb) {
            return true;
        }
        if (!low(t.get(k + 1)).equals(",") || !low(t.get(verb - 1)).equals(",")) {
            return false;
        }
        for (int m = k + 2; m < verb - 1; m++) {
            String w = low(t.get(m));
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") || QuoteSpans.isDoubleQuote(t.get(m).text())) {
                return false;
            }
        }
        return true;
    }

    /** "The talks brought together A, B and C" ({@link #gatheredEnd}). */
    private Optional<Added> broughtTogether(Sentence s, List<Token> t, int i) {
        int end = gatheredEnd(t, i);
        return end > 0 ? some(finder.named(s, end, listEnd(t, end)), true) : Optional.empty();
    }

    /** The people, when there are any, as what a cue adds. */
    private static Optional<Added> some(Participants p, boolean namesMeeting) {
        return p.keys().isEmpty() ? Optional.empty() : Optional.of(new Added(p, namesMeeting));
    }

    /** "The union delegation was led by A and B". */
    private Optional<Added> ledSide(Sentence s, List<Token> t, int i) {
        int led = ledSideBy(t, i);
        return led > 0 ? some(finder.named(s, led + 1, listEnd(t, led + 1)), false) : Optional.empty();
    }

    /** "A joined by video", "B took part by phone". */
    private Optional<Added> remote(Sentence s, List<Token> t, int i) {
        return i > 0 && remoteEnd(t, i) > 0 ? some(named(s, t, i), false) : Optional.empty();
    }

    /** "Union president A said after the meeting that ...": who speaks of the meeting after it was at it. */
    private Optional<Added> spokeAfterIt(Sentence s, List<Token> t, int i) {
        int spokeAfter = spokeAfter(t, i);
        if (spokeAfter <= 0) {
            return Optional.empty();
        }
        Participants p = finder.speakerBefore(s, clauseStart(t, i), i);
        return p.keys().isEmpty() ? Optional.empty() : Optional.of(new Added(p, spokeAfter > 1, List.of(), true));
    }

    /** "The Kenyan delegation included A and B". */
    private Optional<Added> members(Sentence s, List<Token> t, int i) {
        int members = membershipEnd(t, i);
        return members > 0 ? some(finder.named(s, members, listEnd(t, members)), false) : Optional.empty();
    }

    /** "Present at the meeting were A, B and C", "Also attending the talks were A and B" ({@link #frontedEnd}). */
    private Optional<Added> fronted(Sentence s, List<Token> t, int i) {
        int fronted = frontedEnd(t, i);
        return fronted > 0 ? some(finder.named(s, fronted, listEnd(t, fronted)), wordWithin(t, i, fronted - i, MEETING_NOUNS))
                : Optional.empty();
    }

    /** "House Speaker A and Minority Leader B also attended." ({@link #bareAttended}). */
    private Optional<Added> bare(Sentence s, List<Token> t, int i) {
        return i > 0 && bareAttended(t, i) > 0 ? some(named(s, t, i), true) : Optional.empty();
    }

    /** "X were joined over lunch by Y": Y came to X, and is at the meeting if X is. */
    private Optional<Added> joined(Sentence s, List<Token> t, int i) {
        int by = joinedBy(t, i);
        if (by <= 0) {
            return Optional.empty();
        }
        Participants p = finder.named(s, by + 1, listEnd(t, by + 1));
        return p.keys().isEmpty() ? Optional.empty() : Optional.of(new Added(p, false, named(s, t, i).keys()));
    }

    /** "X was received at the palace, together with Y": Y came with X, and is at the meeting if X is. */
    private Optional<Added> togetherWith(Sentence s, List<Token> t, int i) {
        if (!matches(t, i, List.of("together", "with")) || i == 0) {
            return Optional.empty();
        }
        Participants p = finder.named(s, i + 2, clauseEnd(t, i + 2));
        List<String> with = named(s, t, i).keys();
        return p.keys().isEmpty() || with.isEmpty() ? Optional.empty() : Optional.of(new Added(p, false, with));
    }

    /**
     * A cue of {@link #AFTER_CUES} before the people ("attended by A and B", "in the presence of C"), or after them
     * when a form of "be" comes first ("D was also present").
     */
    private Optional<Added> afterCue(Sentence s, List<Token> t, int i) {
        for (List<String> cue : AFTER_CUES) {
            if (matches(t, i, cue)) {
                boolean before = BE_CUE_OPENERS.contains(cue.get(0)) && beforeIsVerbOfBeing(t, i);
                int end = i + cue.size();
                Optional<Added> added = some(before ? named(s, t, i) : finder.named(s, end, listEnd(t, end)), before && presentAt(t, end));
                if (added.isPresent()) {
                    return added;
                }
            }
        }
        return Optional.empty();
    }

    /** A cue of {@link #BEFORE_CUES} after the people: "A and B took part in the talks", "C chaired the meeting". */
    private Optional<Added> beforeCue(Sentence s, List<Token> t, int i) {
        for (List<String> cue : BEFORE_CUES) {
            if (matches(t, i, cue)) {
                boolean namesMeeting = namesMeeting(t, i + cue.size() - 1);
                if (cue.get(cue.size() - 1).equals("the") && !namesMeeting && !(SIDE_VERBS.contains(cue.get(0)) && namesSide(t, i + cue.size()))) {
                    continue;
                }
                Optional<Added> added = some(named(s, t, i), namesMeeting);
                if (added.isPresent()) {
                    return added;
                }
            }
        }
        return Optional.empty();
    }

    /** "In the meeting participated the First Deputy Minister A and B": the verb before its subjects. */
    private Optional<Added> inverted(Sentence s, List<Token> t, int i) {
        int inverted = i > 0 && MEETING_NOUNS.contains(low(t.get(i - 1))) ? invertedEnd(t, i) : -1;
        return inverted > 0 ? some(finder.named(s, inverted, clauseEnd(t, inverted)), true) : Optional.empty();
    }

    /** "A and B attended the meeting, as did C": C attended too. */
    private Optional<Added> asDid(Sentence s, List<Token> t, int i) {
        return matches(t, i, List.of("as", "did")) && attendedBefore(t, i) ? some(finder.named(s, i + 2, clauseEnd(t, i + 2)), true)
                : Optional.empty();
    }

    /** "A and B were present (at the meeting)". */
    private Optional<Added> present(Sentence s, List<Token> t, int i) {
        return low(t.get(i)).equals("present") && i > 0 && beforeIsVerbOfBeing(t, i) ? some(named(s, t, i), presentAt(t, i + 1))
                : Optional.empty();
    }

    /**
     * The people a sentence names as doing something at a group's meeting ("Utrecht's Eva Bos and Delft's Tim
     * Kok walked out"), when the meeting had an unnamed group ("the region's mayors") they can be members of.
     */
    Optional<Participants> groupMembers(Sentence s) {
        List<Token> t = s.tokens();
        int one = oneOfThem(t);
        if (one > 0) {
            // "One of them, herder A, said ...": a member of the group met, in apposition
            Participants p = finder.speakerBefore(s, one, clauseVerb(t, one));
            if (!p.keys().isEmpty()) {
                return Optional.of(p);
            }
        }
        for (int i = 0; i < t.size(); i++) {
            for (List<String> cue : GROUP_CUES) {
                if (matches(t, i, cue)) {
                    Participants p = named(s, t, i);
                    if (!p.keys().isEmpty()) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "One of them, herder A, said", "One of the farmers, B, told": a sentence opening with one of a group and a
     * comma; the index after the comma, or -1.
     */
    private static int oneOfThem(List<Token> t) {
        if (t.size() < 5 || !low(t.get(0)).equals("one") || !low(t.get(1)).equals("of")) {
            return -1;
        }
        for (int k = 2; k < Math.min(t.size(), 6); k++) {
            if (t.get(k).text().equals(",")) {
                return Set.of("them", "those").contains(low(t.get(2))) || low(t.get(2)).equals("the") ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** The first verb from {@code from}: where the subject in apposition ends ("One of them, herder A, said"). */
    private static int clauseVerb(List<Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t.get(k))) && !t.get(k).capitalised()) {
                return k;
            }
        }
        return t.size();
    }

    /** The people before a cue: the antecedent of "who" when the cue is in a relative clause, else the clause's. */
    private Participants named(Sentence s, List<Token> t, int cue) {
        int start = clauseStart(t, cue);
        for (int w = cue - 1; w > start; w--) {
            if (low(t.get(w)).equals("who")) {
                List<String> keys = finder.named(s, Math.max(start, w - 8), w).keys();
                return keys.isEmpty() ? Participants.NONE : new Participants(List.of(keys.get(keys.size() - 1)), List.of(), 0);
            }
        }
        return finder.named(s, start, cue);
    }

    /** How many words a short relative clause after a meeting noun may have: "the talks that followed". */
    private static final int SHORT_RELATIVE = 4;

    /**
     * "The talks that followed were attended by", "the dinner which closed the visit was attended by": the index of
     * "was" or "were" after a short relative clause without punctuation at {@code from}; {@code from} otherwise.
     */
    static int afterRelative(List<Token> t, int from) {
        if (from >= t.size() || !Set.of("that", "which").contains(low(t.get(from)))) {
            return from;
        }
        for (int k = from + 2; k < Math.min(t.size(), from + 2 + SHORT_RELATIVE); k++) {
            String w = low(t.get(k));
            if (w.equals("was") || w.equals("were")) {
                return k;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return from;
            }
        }
        return from;
    }

    /** "attended the two-hour meeting, as did": a cue of taking part in a named meeting before token {@code i}. */
    private static boolean attendedBefore(List<Token> t, int i) {
        for (int k = 0; k < i; k++) {
            for (List<String> cue : BEFORE_CUES) {
                if (matches(t, k, cue) && namesMeeting(t, k + cue.size() - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a meeting noun follows within a few words ("took part in the talks", "joined the video call"), not
     * past a word of time that makes it a point in time ("told the Post after the meeting").
     */
    private static boolean namesMeeting(List<Token> t, int from) {
        int reach = 5;
        for (int k = from; k < Math.min(t.size(), from + reach); k++) {
            if (TIME_PREPOSITIONS.contains(low(t.get(k)))) {
                reach = k - from;
            }
        }
        return wordWithin(t, from, reach, MEETING_NOUNS) && !wordWithin(t, from, 4, CONFERENCE_PARTS) && !anotherMeeting(t, from, reach);
    }

    /** Words after a meeting noun that tell whose meeting it is: "the meeting of the council", "the talks with X". */
    private static final Set<String> OWN_MEETING_LINKS = Set.of("of", "with", "between", "among");

    /**
     * "attended the meeting of the zonal council", "joined the talks with the rebels": a meeting noun within reach
     * that says whose meeting it is, so it is a meeting of its own, not the one just reported.
     */
    private static boolean anotherMeeting(List<Token> t, int from, int reach) {
        for (int k = from; k + 1 < t.size() && k < from + reach; k++) {
            if (MEETING_NOUNS.contains(low(t.get(k)))) {
                return OWN_MEETING_LINKS.contains(low(t.get(k + 1)));
            }
        }
        return false;
    }

    /** Prepositions that make the meeting after them a point in time: "told reporters after the talks". */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "following", "since", "ahead", "during");

    /**
     * Words that make a meeting noun one sitting of a conference ("told the opening session", "addressed the
     * plenary meeting"), not the meeting of the people just told of.
     */
    private static final Set<String> CONFERENCE_PARTS = Set.of("opening", "closing", "plenary", "inaugural", "final");

    /** Prepositions that put those present at a meeting: "present at the meeting", "in attendance during the talks". */
    private static final Set<String> AT_MEETING = Set.of("at", "in", "during", "for");

    /**
     * "A and B were present at the meeting", "C was also in attendance during the talks": the words after the cue
     * (at {@code from}) name the meeting, which may then have been told of some sentences before.
     */
    private static boolean presentAt(List<Token> t, int from) {
        return from < t.size() && AT_MEETING.contains(low(t.get(from))) && namesMeeting(t, from + 1);
    }

    /** Whether a side of the talks is named within a few words ("led the owners' side"). */
    private static boolean namesSide(List<Token> t, int from) {
        return wordWithin(t, from, 4, SIDE_NOUNS);
    }

    /** Whether one of {@code words} stands within {@code reach} tokens from {@code from}, before any comma or full stop. */
    private static boolean wordWithin(List<Token> t, int from, int reach, Set<String> words) {
        for (int k = from; k < Math.min(t.size(), from + reach); k++) {
            if (words.contains(low(t.get(k)))) {
                return true;
            }
            if (low(t.get(k)).equals(",") || low(t.get(k)).equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the meeting noun at {@code k} is the one a joiner came to: "X was joined at the meeting by Y",
     * "were accompanied to the talks by Z" (a definite noun between "joined" and "by"), the meeting already reported.
     */
    static boolean meetingJoined(List<Token> t, int k) {
        if (k == 0 || !Set.of("the", "that", "this").contains(low(t.get(k - 1)))) {
            return false;
        }
        for (int i = Math.max(0, k - 4); i < k; i++) {
            int by = joinedBy(t, i);
            if (by > k) {
                return true;
            }
        }
        return false;
    }

    /**
     * "They were joined after lunch by A", "were accompanied to the talks by": the index of the verb when the meeting
     * noun at {@code k} stands between "joined" (or "accompanied") and its "by", else -1.
     */
    static int joinedOver(List<Token> t, int k) {
        for (int i = Math.max(0, k - 4); i < k; i++) {
            int by = joinedBy(t, i);
            if (by > k) {
                return i;
            }
        }
        return -1;
    }

    /** "were joined over lunch by", "were later accompanied on the visit by": the index of "by", or -1. */
    private static int joinedBy(List<Token> t, int i) {
        String w = low(t.get(i));
        if (!(w.equals("joined") || w.equals("accompanied")) || i == 0
                || !List.of("was", "were", "been", "later", "also").contains(low(t.get(i - 1)))) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
            if (low(t.get(k)).equals("by")) {
                return k;
            }
            if (low(t.get(k)).equals(",") || low(t.get(k)).equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean matches(List<Token> t, int i, List<String> cue) {
        if (i + cue.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < cue.size(); k++) {
            if (!low(t.get(i + k)).equals(cue.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Adverbs between a form of "be" and "present": "were both present", "was also present". */
    private static final Set<String> BEING_ADVERBS = Set.of("also", "both", "all");

    /** "A was (also) present", "A and B were (both) present": a form of "be" just before the cue. */
    private static boolean beforeIsVerbOfBeing(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 2 && BEING_ADVERBS.contains(low(t.get(k)))) {
            k--; // "was also present", "were both present", "were all present"
        }
        return k >= 0 && List.of("was", "were", "is", "are", "be", "been").contains(low(t.get(k)));
    }

    /**
     * Where a list of people after a cue ends: the end of the clause, or past semicolons that part the entries of
     * a long list, as readouts write it ("attended by A, Vice President; B, Minister of State; and C"): a
     * semicolon goes on when the entry after it opens with a capital (or "and" and a capital) and has no verb (a
     * capitalised word, part of a name, is none).
     */
    static int listEnd(List<Token> t, int from) {
        int end = clauseEnd(t, from);
        while (end < t.size() && t.get(end).text().equals(";") && listEntry(t, end + 1)) {
            end = clauseEnd(t, end + 1);
        }
        return end;
    }

    /**
     * Whether the tokens from {@code from} to the next semicolon or the end are one more entry of a list of people:
     * a name or title ("Deputy Minister A"), or a role told with "the" ("the head of the farmers' bench, deputy B").
     */
    private static boolean listEntry(List<Token> t, int from) {
        int k = from < t.size() && low(t.get(from)).equals("and") ? from + 1 : from;
        if (k >= t.size() || !(t.get(k).capitalised() || roleEntry(t, k))) {
            return false;
        }
        for (int i = k; i < t.size() && !t.get(i).text().equals(";"); i++) {
            if (!t.get(i).capitalised() && MeetingLexicon.pos(t.get(i)).equals("VERB") || low(t.get(i)).equals("who")) {
                return false;
            }
        }
        return true;
    }

    /** How many words a role told with "the" may run to before its head: "the head of", "the newly elected chair of". */
    private static final int ROLE_ENTRY_REACH = 4;

    /** "the head of the Liberal bench, ...", "the chairwoman of ...": "the" and a role word soon after it. */
    private static boolean roleEntry(List<Token> t, int k) {
        if (!low(t.get(k)).equals("the")) {
            return false;
        }
        for (int i = k + 1; i < t.size() && i <= k + ROLE_ENTRY_REACH; i++) {
            String w = t.get(i).text();
            if (Lexicon.INSTANCE.isRoleWord(w) || Lexicon.INSTANCE.isRoleHead(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || low(t.get(i)).equals("of")) {
                return false;
            }
        }
        return false;
    }

    static int clauseEnd(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            String w = low(t.get(i));
            if (nickname(t, i)) {
                i += 2;
                continue;
            }
            int after = relativeAside(t, i);
            if (after > i) {
                i = after;
                continue;
            }
            if (w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("who") || w.equals("which")
                    || (w.equals("said") || w.equals("says") || w.equals("told")) && i > from) {
                return i;
            }
        }
        return t.size();
    }

    /**
     * "A, who leads the services federation, and B": a relative clause set off by commas inside a list of
     * names; the index of the comma that closes it when "and" or a capitalised word follows, else -1.
     */
    private static int relativeAside(List<Token> t, int i) {
        String w = low(t.get(i));
        if (!(w.equals("who") || w.equals("which")) || i == 0 || !t.get(i - 1).text().equals(",")) {
            return -1;
        }
        for (int k = i + 1; k + 1 < t.size() && k < i + 15; k++) {
            String x = low(t.get(k));
            if (x.equals(";") || x.equals(":") || x.equals("\"") || x.equals(".")) {
                return -1;
            }
            if (x.equals(",")) {
                return low(t.get(k + 1)).equals("and") || t.get(k + 1).capitalised() ? k : -1;
            }
        }
        return -1;
    }

    /** "Pablo "Pato" Ledesma": a quoted word between the names of a person is no quotation. */
    private static boolean nickname(List<Token> t, int i) {
        return i > 0 && i + 3 < t.size() && QuoteSpans.isDoubleQuote(t.get(i).text())
                && QuoteSpans.isDoubleQuote(t.get(i + 2).text()) && t.get(i - 1).capitalised() && t.get(i + 1).capitalised() && t.get(i + 3).capitalised();
    }

    private static int clauseStart(List<Token> t, int cue) {
        for (int i = cue - 1; i > 0; i--) {
            String w = low(t.get(i));
            if (w.equals("that") || w.equals(";") || w.equals(":") || w.equals("\"") || CLAUSE_OPENERS.contains(w)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String low(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
