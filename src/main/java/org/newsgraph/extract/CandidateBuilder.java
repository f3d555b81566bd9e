package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Turns a meeting word into a {@link MeetingCandidate}, linking participants the way its kind needs:
 * subject and object for "meet", a person as object for "host"/"visit", "with"/"to" for "speak",
 * possessors, compounds, "with"/"between" and the subject of a light verb for a meeting noun. Thread-safe.
 */
final class CandidateBuilder {
    private static final Set<String> WITH_TO = Set.of("with", "to");
    private static final Set<String> WITH = Set.of("with");
    /** "A and B agreed ... after talks in Brasilia": the talks are the subjects'. */
    private static final Set<String> AFTER = Set.of("after", "following");
    private static final Set<String> COLLECTIVE_POSSESSIVES = Set.of("their", "our");

    private final MeetingLexicon words;
    private final ParticipantFinder finder;
    private final StatusFinder status;
    private final String headlineHost;
    private final String principal;
    private final Set<String> visitPreps;
    private final Set<String> mealPreps;

    CandidateBuilder(MeetingLexicon words, ParticipantFinder finder, String headlineHost) {
        this(words, finder, headlineHost, null);
    }

    /**
     * @param principal the person the story is about (see {@link MeetingFinder}), who is the other side of a
     *                  meeting told as "A meeting with X has been postponed"; null when the story has none
     */
    CandidateBuilder(MeetingLexicon words, ParticipantFinder finder, String headlineHost, String principal) {
        this.words = words;
        this.finder = finder;
        this.status = new StatusFinder(words);
        this.headlineHost = headlineHost;
        this.principal = principal;
        Set<String> preps = new java.util.HashSet<>(words.list("visit-prep"));
        preps.addAll(ParticipantFinder.LINK_PREPS);
        this.visitPreps = Set.copyOf(preps);
        Set<String> meal = new java.util.HashSet<>(ParticipantFinder.LINK_PREPS);
        meal.add("for");
        this.mealPreps = Set.copyOf(meal);
    }

    Optional<MeetingCandidate> build(Sentence s, int i, MeetingLexicon.Trigger t) {
        MeetingClause c = MeetingClause.around(s, i, words);
        if (status.negated(c)) {
            return Optional.empty();
        }
        if ((t.kind() == MeetingLexicon.Kind.DIRECT || t.kind() == MeetingLexicon.Kind.HOST) && passive(c)) {
            return byAgent(c, t);
        }
        return switch (t.kind()) {
            case DIRECT -> notMet(c) || !sawInPerson(c) ? Optional.empty() : verb(c, t, finder.objects(c, i + 1), false);
            case HOST -> directPerson(c, t) && !calledSomething(c, t) ? verb(c, t, finder.objects(c, i + 1), true)
                    : credentials(c, t).or(() -> visitedWith(c, t));
            case SPEAK -> reporterSubject(c) || !spentTimeWith(c) ? Optional.empty() : verb(c, t, finder.linked(c, WITH_TO), true);
            case DISCUSS -> discuss(c, t);
            case JOIN -> join(c, t);
            case NOUN -> noun(c, t);
        };
    }

    /**
     * Whether a meeting word is no "see", or a "see" of a person met ("She saw Ben-Haim at the ministry"): the
     * person right after it (past a title), followed by a preposition, a conjunction, an adverb or punctuation,
     * but not by "as", "'s" or "on television" ("saw him as a rival", "saw X's speech", "saw X resign", "saw
     * her on TV").
     */
    private boolean sawInPerson(MeetingClause c) {
        if (!MeetingLexicon.lemma(c.token(c.trigger())).equals("see")) {
            return true;
        }
        int k = c.trigger() + 1;
        boolean determiner = false;
        while (k < c.end() && (Lexicon.INSTANCE.isRoleWord(c.token(k).text()) || Lexicon.INSTANCE.isHonorific(c.token(k).text())
                || MeetingLexicon.pos(c.token(k)).equals("DET"))) {
            determiner |= MeetingLexicon.pos(c.token(k)).equals("DET");
            k++;
        }
        if (!finder.personAt(c.sentence(), k)) {
            return determiner; // "to see the four leaders together": a group, for the counted-group rules to name
        }
        int after = finder.personEnd(c.sentence(), k);
        if (after >= c.sentence().tokens().size()) {
            return true;
        }
        Token next = c.sentence().tokens().get(after);
        String w = next.text().toLowerCase(Locale.ROOT);
        boolean screen = (w.equals("on") || w.equals("in")) && after + 1 < c.sentence().tokens().size()
                && Set.of("tv", "television", "video", "screen", "film").contains(c.sentence().tokens().get(after + 1).text().toLowerCase(Locale.ROOT));
        boolean word = !next.capitalised() && !Set.of("ADP", "CCONJ", "PUNCT", "ADV").contains(MeetingLexicon.pos(next)); // "saw X resign"
        return !(w.equals("as") || NameShape.isClitic(next.text()) || word || screen);
    }

    /**
     * "called him a hero", "called Smith 'a traitor'", "called the mayor to resign": a bare "call" whose person
     * is named something or urged to act, not telephoned. Any other trigger is no such call.
     */
    private boolean calledSomething(MeetingClause c, MeetingLexicon.Trigger t) {
        if (!t.lemma().equals("call")) {
            return false;
        }
        for (int k = c.trigger() + 1; k < c.purpose() && k < c.trigger() + 8; k++) {
            if (finder.personAt(c.sentence(), k)) {
                int after = finder.personEnd(c.sentence(), k);
                if (after >= c.sentence().tokens().size()) {
                    return false;
                }
                Token next = c.sentence().tokens().get(after);
                String pos = MeetingLexicon.pos(next);
                return exhortation(c, k) || pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || next.text().matches("[\"\u201c'\u2018]");
            }
        }
        return false;
    }

    /** Spans of a sitting that "spend" takes before "with": "spent 40 minutes with X", "spent the afternoon with X". */
    private static final Set<String> SITTINGS = Set.of("minute", "hour", "morning", "afternoon", "evening", "day");

    /**
     * Whether a meeting word is no "spend", or a "spend" with a sitting's span before "with" ("spent two hours
     * with the minister"), not years or seasons with a coach, nor money.
     */
    private static boolean spentTimeWith(MeetingClause c) {
        if (!MeetingLexicon.lemma(c.token(c.trigger())).equals("spend")) {
            return true;
        }
        for (int k = c.trigger() + 1; k < Math.min(c.end(), c.trigger() + 5); k++) {
            if (c.token(k).text().equalsIgnoreCase("with")) {
                return false;
            }
            if (SITTINGS.contains(MeetingLexicon.lemma(c.token(k))) && k + 1 < c.end() && c.token(k + 1).text().equalsIgnoreCase("with")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "spoke with A and, separately, with B": two meetings, each of the subjects with one side. Any other
     * candidate is returned as it is.
     */
    List<MeetingCandidate> separately(MeetingCandidate m) {
        MeetingClause c = m.clause();
        for (int k = c.trigger() + 1; k < c.purpose(); k++) {
            if (c.token(k).text().equalsIgnoreCase("separately")) {
                Participants subjects = finder.subjects(c, c.trigger());
                Participants first = finder.named(c.sentence(), c.trigger() + 1, k);
                Participants second = finder.named(c.sentence(), k + 1, c.purpose());
                if (!subjects.keys().isEmpty() && first.keys().isEmpty() && second.keys().size() >= 2) {
                    // "met separately with A and B": one meeting with each
                    return second.keys().stream().map(key -> new MeetingCandidate(c, m.trigger(),
                            subjects.plus(new Participants(List.of(key), List.of(), 0)), m.joiner())).toList();
                }
                if (subjects.keys().isEmpty() || first.keys().isEmpty() || second.keys().isEmpty()) {
                    return List.of(m);
                }
                return List.of(new MeetingCandidate(c, m.trigger(), subjects.plus(first), m.joiner()),
                        new MeetingCandidate(c, m.trigger(), subjects.plus(second), m.joiner()));
            }
        }
        return List.of(m);
    }

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "be", "been", "being");

    /** "X was received by Y", "he was met at the station by Y": a form of "be" before the meeting verb. */
    private static boolean passive(MeetingClause c) {
        int k = c.trigger() - 1;
        while (k > c.start() && MeetingLexicon.pos(c.token(k)).equals("ADV")) {
            k--;
        }
        return k >= c.start() && BE.contains(c.token(k).text().toLowerCase(Locale.ROOT))
                && c.token(c.trigger()).text().toLowerCase(Locale.ROOT).endsWith("ed") || k >= c.start()
                && BE.contains(c.token(k).text().toLowerCase(Locale.ROOT)) && c.token(c.trigger()).text().equalsIgnoreCase("met");
    }

    /** The subjects of a passive meeting verb and the persons after its "by". */
    private Optional<MeetingCandidate> byAgent(MeetingClause c, MeetingLexicon.Trigger t) {
        for (int i = c.trigger() + 1; i < c.purpose(); i++) {
            if (c.token(i).text().equalsIgnoreCase("by")) {
                Participants agents = finder.objects(c, i + 1);
                Participants all = finder.subjects(c, c.trigger()).plus(agents);
                return agents.keys().isEmpty() || !all.enough() ? Optional.empty() : Optional.of(new MeetingCandidate(c, t, all, false));
            }
        }
        return Optional.empty();
    }

    private Optional<MeetingCandidate> verb(MeetingClause c, MeetingLexicon.Trigger t, Participants objects, boolean needObject) {
        boolean counted = !objects.groups().isEmpty() && (countedRoles(c, c.trigger() + 1 + t.particles()) // "all three governors"
                || t.kind() == MeetingLexicon.Kind.HOST && (collectiveObject(c, c.trigger() + 1 + t.particles()) // "a delegation"
                || peopleObject(c, skipAdjuncts(c, c.trigger() + 1 + t.particles())))); // "the leaders of the three parties"
        if (needObject && objects.keys().isEmpty() && !counted && !(t.kind() == MeetingLexicon.Kind.SPEAK && (pairAnaphor(c) || spokeTogether(c)))) {
            return Optional.empty(); // but "the two would speak again by phone" is the pair just reported
        }
        Participants subjects = withHost(c, finder.subjects(c, c.trigger()), objects).plus(labelSpeaker(c));
        if (subjects.isEmpty() && coordinatedVerb(c)) {
            subjects = sentenceSubjects(c, c.trigger()); // "X had urged both sides to agree and would receive Y on Friday"
        }
        Participants all = subjects.plus(objects);
        if (all.keys().size() < 2 && pairAnaphor(c)) {
            Participants earlier = finder.named(c.sentence(), 0, c.start());
            all = earlier.keys().size() >= 2 ? earlier : all;
        }
        return Optional.of(new MeetingCandidate(c, t, all, false));
    }

    private static final Set<String> BY_PHONE = Set.of("phone", "telephone", "video", "videolink", "videoconference",
            "video-conference", "teleconference");

    /** "A and B spoke by phone on Sunday", "We spoke by phone": two or more subjects who talked on the phone. */
    private boolean spokeTogether(MeetingClause c) {
        boolean phone = false;
        for (int i = c.trigger() + 1; i < Math.min(c.end(), c.trigger() + 4); i++) {
            phone |= BY_PHONE.contains(c.token(i).text().toLowerCase(Locale.ROOT));
        }
        return phone && finder.subjects(c, c.trigger()).keys().size() >= 2;
    }

    /**
     * "when the two leaders meet", "the pair met again", "both men will meet": the subject stands for two
     * persons named before (earlier in the sentence, or in the meeting just reported).
     */
    boolean pairAnaphor(MeetingClause c) {
        for (int i = c.start(); i < c.trigger(); i++) {
            String w = c.token(i).text().toLowerCase(Locale.ROOT);
            String prev = i > c.start() ? c.token(i - 1).text().toLowerCase(Locale.ROOT) : "";
            if ((w.equals("two") || w.equals("pair")) && prev.equals("the") || w.equals("both") && i == c.start()) {
                return true;
            }
        }
        return false;
    }

    private Optional<MeetingCandidate> discuss(MeetingClause c, MeetingLexicon.Trigger t) {
        if (purposeOfAnotherMeeting(c)) {
            return Optional.empty();
        }
        Participants subjects = finder.subjects(c, c.trigger());
        Participants with = finder.linked(c, WITH);
        if (with.isEmpty() && subjects.keys().size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new MeetingCandidate(c, t, subjects.plus(with), false));
    }

    /** "met X on Monday to discuss the clashes in Lagos": the purpose of the meeting just named, not a meeting of its own. */
    private boolean purposeOfAnotherMeeting(MeetingClause c) {
        if (c.trigger() == 0 || !c.token(c.trigger() - 1).text().equalsIgnoreCase("to")) {
            return false;
        }
        for (int i = c.start(); i < c.trigger() - 1; i++) {
            if (words.trigger(c.token(i), i > 0 ? c.token(i - 1) : null).filter(x -> x.kind() != MeetingLexicon.Kind.DISCUSS).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Optional<MeetingCandidate> join(MeetingClause c, MeetingLexicon.Trigger t) {
        MeetingStatus st = status.status(c);
        Optional<MeetingCandidate> asked = askedToJoin(c, t, st);
        if (asked.isPresent()) {
            return asked;
        }
        if (st == MeetingStatus.PROPOSED || st == MeetingStatus.CANCELLED) {
            Optional<MeetingCandidate> refused = refusedJoin(c, t);
            if (refused.isPresent() || st == MeetingStatus.PROPOSED) {
                return refused;
            }
        }
        int next = c.trigger() + 1;
        while (next < c.end() && MeetingLexicon.pos(c.token(next)).equals("ADV")) {
            next++;
        }
        boolean bare = next >= c.end() || MeetingLexicon.pos(c.token(next)).equals("PUNCT") || MeetingLexicon.pos(c.token(next)).equals("ADP")
                || definiteMeeting(c, next);
        if (next < c.end() && c.token(next).text().equalsIgnoreCase("by")) {
            return Optional.empty(); // "a meeting attended by A and B": the attendees follow, the subject is no joiner
        }
        Participants subjects = finder.subjects(c, c.trigger());
        List<String> joined = bare ? List.of() : joinedPeople(c, next);
        if (!joined.isEmpty() && !subjects.keys().isEmpty()) {
            return Optional.of(new MeetingCandidate(c, t, subjects.plus(new Participants(List.of(), joined, 0)), true));
        }
        return bare && !subjects.isEmpty() ? Optional.of(new MeetingCandidate(c, t, subjects, true)) : Optional.empty();
    }

    /**
     * "had been due to join the ministers", "will join the two leaders", "joined them for dinner": the people of a
     * meeting told before, as a definite plural group (returned as written) or "them"; empty for anything else
     * ("joined the army", "joined a group of protesters").
     */
    private List<String> joinedPeople(MeetingClause c, int at) {
        if (at >= c.purpose()) {
            return List.of();
        }
        String w = c.token(at).text().toLowerCase(Locale.ROOT);
        if (w.equals("them")) {
            return List.of("them");
        }
        if (!(w.equals("the") || w.equals("both"))) {
            return List.of();
        }
        for (int k = at + 1; k < Math.min(c.purpose(), at + 4); k++) {
            if (!Set.of("NUM", "ADJ", "NOUN").contains(MeetingLexicon.pos(c.token(k)))) {
                return List.of();
            }
            List<String> groups = finder.groups(c.sentence(), at, k + 1);
            if (!groups.isEmpty() && (k + 1 >= c.purpose() || !Set.of("NOUN", "PROPN").contains(MeetingLexicon.pos(c.token(k + 1))))) {
                return groups.subList(groups.size() - 1, groups.size());
            }
        }
        return List.of();
    }

    /**
     * "X said she had asked to join Monday's meeting", "Y wrote to the premier asking to attend the talks", "Z
     * wants to join the talks": a wish to join a meeting told of before, named by a definite noun phrase, is a
     * joiner whose meeting is offered, not held; the subjects ask to join it.
     */
    private Optional<MeetingCandidate> askedToJoin(MeetingClause c, MeetingLexicon.Trigger t, MeetingStatus st) {
        if (st != MeetingStatus.PROPOSED) {
            return Optional.empty();
        }
        int next = c.trigger() + 1;
        while (next < c.end() && MeetingLexicon.pos(c.token(next)).equals("ADV")) {
            next++;
        }
        Participants subjects = finder.subjects(c, c.trigger());
        if (subjects.keys().isEmpty() && c.start() > 0) {
            // "X said he had written to the premier asking to join": the clause starts after the verb of writing
            List<String> before = finder.subjects(new MeetingClause(c.sentence(), c.trigger(), 0, c.purpose(), c.end()), c.start()).keys();
            subjects = before.isEmpty() ? subjects : new Participants(List.of(before.get(before.size() - 1)), List.of(), 0);
        }
        return definiteMeeting(c, next) && !subjects.keys().isEmpty() ? Optional.of(new MeetingCandidate(c, t, subjects, true)) : Optional.empty();
    }

    /**
     * "join the Perth talks", "attend the meeting", "join Thursday's talks": a definite noun phrase naming the
     * meeting told of before.
     */
    private boolean definiteMeeting(MeetingClause c, int at) {
        if (at + 1 < c.end() && DAYS.contains(c.token(at).text().toLowerCase(Locale.ROOT)) && NameShape.isClitic(c.token(at + 1).text())) {
            at = at + 1; // "Thursday's talks": the day's clitic stands for "the"
        } else if (at >= c.end() || !c.token(at).text().equalsIgnoreCase("the")) {
            return false;
        }
        for (int k = at + 1; k < Math.min(c.end(), at + 4); k++) {
            Optional<MeetingLexicon.Trigger> t = words.trigger(c.token(k), c.token(k - 1));
            if (t.isPresent() && t.get().kind() == MeetingLexicon.Kind.NOUN) {
                return k + 1 >= c.end() || !c.token(k + 1).text().equalsIgnoreCase("with");
            }
            if (!Set.of("ADJ", "PROPN", "NOUN").contains(MeetingLexicon.pos(c.token(k)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "declined an invitation from the Chancellor to join the talks": whoever did not join met no one named
     * earlier; the meeting offered is with the persons of the clause (the one who invited), if any.
     */
    private Optional<MeetingCandidate> refusedJoin(MeetingClause c, MeetingLexicon.Trigger t) {
        Participants all = finder.objects(c, c.start());
        return all.keys().size() >= 2 ? Optional.of(new MeetingCandidate(c, t, all, false)) : Optional.empty();
    }

    private Optional<MeetingCandidate> noun(MeetingClause c, MeetingLexicon.Trigger t) {
        if (t.lemma().equals("invitation")) {
            return invitationFrom(c, t);
        }
        Optional<MeetingCandidate> attended = attendedBy(c, t);
        if (attended.isPresent()) {
            return attended;
        }
        int np = finder.nounPhraseStart(c);
        int det = scheduledMeetingOpens(c) ? c.start() : np > c.start() && isDeterminer(c.token(np - 1)) ? np - 1 : np;
        Participants subjects = nounSubjects(c, det);
        int light = lightVerb(c, det);
        Participants of = finder.ofPersons(c).isEmpty() ? finder.ofGroup(c) : finder.ofPersons(c);
        Participants own = frontedAdjunct(c) ? finder.modifiers(c)
                : !of.isEmpty() ? finder.modifiers(c).plus(of)
                : finder.modifiers(c).plus(courtesy(c, light) ? finder.linked(c, visitPreps) : hostedMeal(c, light) ? finder.linked(c, mealPreps)
                : finder.linked(c, given(t) ? WITH : ParticipantFinder.LINK_PREPS));
        if (own.isEmpty()) {
            Optional<MeetingCandidate> asked = requestByLetter(c, t, det).or(() -> requestOf(c, t, det)).or(() -> askedFor(c, t, det));
            if (asked.isPresent()) {
                return asked;
            }
        }
        boolean anaphoric = det < np && np == c.trigger() && words.in("anaphor", c.token(det));
        if (own.isEmpty() && sharedMeal(c, light) && subjects.keys().size() >= 2 && !negatedBetween(c, c.start(), det)) {
            return Optional.of(new MeetingCandidate(c, t, subjects, false)); // "A and B had lunch at the hotel"
        }
        if (own.isEmpty() && light >= 0 && isJoinVerb(c.token(light))) {
            boolean joiner = anaphoric && !subjects.enough();
            return subjects.isEmpty() || !joiner && !subjects.enough() ? Optional.empty()
                    : Optional.of(new MeetingCandidate(c, t, subjects, joiner));
        }
        boolean collective = det < c.trigger() && (COLLECTIVE_POSSESSIVES.contains(c.token(det).text().toLowerCase(Locale.ROOT))
                || det > c.start() && COLLECTIVE_POSSESSIVES.contains(c.token(det - 1).text().toLowerCase(Locale.ROOT)));
        if (own.isEmpty() && light < 0 && collective && !negatedBetween(c, c.start(), det)) {
            Participants pair = subjects.keys().size() >= 2 ? subjects : sentenceSubjects(c, det);
            if (pair.keys().size() >= 2) {
                return Optional.of(new MeetingCandidate(c, t, pair, false)); // "A and B agreed ... during their consultation"
            }
        }
        if (own.isEmpty() && light < 0 && det > c.start() && AFTER.contains(c.token(det - 1).text().toLowerCase(Locale.ROOT))) {
            int verb = c.start();
            while (verb < det - 1 && !Set.of("VERB", "AUX").contains(MeetingLexicon.pos(c.token(verb)))) {
                verb++;
            }
            Participants pair = finder.subjects(c, verb); // the subjects of the main verb: "A and B agreed ..."
            return pair.keys().size() >= 2 && !negatedBetween(c, c.start(), det) ? Optional.of(new MeetingCandidate(c, t, pair, false)) : Optional.empty();
        }
        if (own.isEmpty() && light < 0) {
            return toldInAMeeting(c, t, det);
        }
        Participants all = subjects.plus(escorted(c, light, det)).plus(withPrincipal(c, det, light, subjects, own));
        boolean hostless = t.lemma().equals("visit") && all.keys().size() < 2;
        return own.isEmpty() || hostless ? Optional.empty() : Optional.of(new MeetingCandidate(c, t, all, false));
    }

    /** How many words may stand between an opening "a" or "the" and the meeting noun: "a long-planned bilateral meeting". */
    private static final int OPENING_MODIFIERS = 3;

    /**
     * "A planned meeting with X was postponed", "the scheduled talks with Y", "a proposed bilateral meeting with Z":
     * the clause opens with "a" or "the" and only adjectives or participles stand before the meeting noun.
     */
    private static boolean scheduledMeetingOpens(MeetingClause c) {
        int det = c.start();
        if (c.trigger() - det < 2 || c.trigger() - det > OPENING_MODIFIERS + 1
                || !Set.of("a", "the").contains(c.token(det).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = det + 1; k < c.trigger(); k++) {
            Token t = c.token(k);
            String pos = MeetingLexicon.pos(t);
            boolean participle = pos.equals("VERB") && t.text().toLowerCase(Locale.ROOT).endsWith("ed");
            if (!(pos.equals("ADJ") || participle || t.text().equals("-")) || t.capitalised() && k > det) {
                return false;
            }
        }
        return true;
    }

    /** How far a place or time phrase after a meeting noun may reach before "with". */
    private static final int ADJUNCT_REACH = 6;

    /**
     * "a meeting in Hanoi on Thursday with X", "talks next week with Y": the token after the place and time
     * phrases that follow the meeting noun ({@code from} itself when none stands there). Such a phrase holds no
     * verb, comma or person; it opens with "in", "at", "on", "next", "this" or "last".
     */
    private int afterPlaceAndTime(MeetingClause c, int from) {
        int k = from;
        while (k < c.purpose() && Set.of("in", "at", "on", "next", "this", "last").contains(c.token(k).text().toLowerCase(Locale.ROOT))) {
            int end = k + 1;
            while (end < c.purpose() && end < k + ADJUNCT_REACH && !c.token(end).text().equalsIgnoreCase("with")
                    && !Set.of("in", "at", "on").contains(c.token(end).text().toLowerCase(Locale.ROOT))
                    && !Set.of("VERB", "AUX", "PUNCT").contains(MeetingLexicon.pos(c.token(end))) && !finder.personAt(c.sentence(), end)) {
                end++;
            }
            if (end == k + 1 || end >= c.purpose() || end == k + ADJUNCT_REACH) {
                return from;
            }
            k = end;
        }
        return Math.min(k, c.purpose() - 1);
    }

    /**
     * "A meeting with Colorado Gov. X has been postponed", "the office said a meeting with President Y was being
     * worked out": a meeting noun opening its clause, with whom but not who meets, is the story's principal's.
     * The participants the noun has, with the principal when that holds.
     */
    private Participants withPrincipal(MeetingClause c, int det, int light, Participants subjects, Participants own) {
        boolean opens = det == c.start() && det < c.trigger() && Set.of("a", "the").contains(c.token(det).text().toLowerCase(Locale.ROOT));
        boolean with = c.trigger() + 1 < c.purpose() && c.token(afterPlaceAndTime(c, c.trigger() + 1)).text().equalsIgnoreCase("with");
        if (principal == null || !opens || !with || light >= 0 || !subjects.isEmpty() || own.keys().isEmpty()
                || own.keys().contains(principal)) {
            return own;
        }
        return own.plus(new Participants(List.of(principal), List.of(), 1));
    }

    /**
     * "accompanied Foreign Minister X to talks with Y": the person accompanied goes to the meeting too (the
     * persons between "accompany" and the meeting noun phrase).
     */
    private Participants escorted(MeetingClause c, int light, int det) {
        return light >= 0 && MeetingLexicon.lemma(c.token(light)).equals("accompany") ? finder.named(c.sentence(), light + 1, det)
                : Participants.NONE;
    }

    /** Whether the meeting verb is the second of two verbs joined by "and" ("said ... and met X"). */
    private static boolean coordinatedVerb(MeetingClause c) {
        int k = c.trigger() - 1;
        while (k >= 0 && Set.of("AUX", "ADV", "PART").contains(MeetingLexicon.pos(c.token(k)))) {
            k--;
        }
        return k > 0 && c.token(k).text().equalsIgnoreCase("and");
    }

    /**
     * The subjects of the sentence's first verb, when the meeting's own clause starts after a verb of saying
     * or agreeing ("A and B agreed to restart work ... during their annual consultation").
     */
    private Participants sentenceSubjects(MeetingClause c, int before) {
        MeetingClause whole = new MeetingClause(c.sentence(), c.trigger(), 0, c.purpose(), c.end());
        for (int v = 0; v < before; v++) {
            if (Set.of("VERB", "AUX").contains(MeetingLexicon.pos(whole.token(v)))) {
                return negatedBetween(whole, v, before) ? Participants.NONE : finder.subjects(whole, v);
            }
        }
        return Participants.NONE;
    }

    /**
     * "Before the talks, X met separately with A", "After the meeting, X told B": a meeting noun closing an
     * opening adjunct names a meeting told of elsewhere; what follows the comma is not linked to it.
     */
    private static boolean frontedAdjunct(MeetingClause c) {
        int k = c.trigger() + 1;
        List<Token> t = c.sentence().tokens();
        if (k >= t.size() || !t.get(k).text().equals(",") || t.isEmpty()
                || !Set.of("ADP", "SCONJ").contains(MeetingLexicon.pos(t.get(0)))) {
            return false;
        }
        for (int i = 1; i < c.trigger(); i++) {
            if (t.get(i).text().equals(",") || MeetingLexicon.pos(t.get(i)).equals("VERB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "X accepted an invitation from Y to visit the plant", "X declined an invitation from Y": a meeting of the
     * one invited (the subject) with the one who invited, offered (its status comes from the clause's cues).
     */
    private Optional<MeetingCandidate> invitationFrom(MeetingClause c, MeetingLexicon.Trigger t) {
        Optional<MeetingCandidate> conveyed = conveyedInvitation(c, t);
        if (conveyed.isPresent()) {
            return conveyed;
        }
        Participants from = finder.linked(c, Set.of("from"));
        Participants subjects = finder.subjects(c, c.trigger());
        Participants all = subjects.plus(from);
        return from.keys().isEmpty() || subjects.keys().isEmpty() || all.keys().size() < 2 ? Optional.empty()
                : Optional.of(new MeetingCandidate(c, t, all, false));
    }

    /**
     * "a briefing by the press secretary and the spokesman": a meeting noun for something one side gives others, whose
     * "by" names who gives it, not two sides; only "with" links its participants ("a briefing with the minister").
     */
    private static boolean given(MeetingLexicon.Trigger t) {
        return t.lemma().equals("briefing");
    }

    /** Verbs of passing on someone else's invitation: "conveyed an invitation from A to B". */
    private static final Set<String> CONVEY = Set.of("convey", "deliver", "relay", "pass", "hand", "transmit", "forward", "extend", "bring");
    /** How many tokens may stand between the verb of passing on and the invitation: "conveyed the warm invitation". */
    private static final int CONVEY_REACH = 4;

    /**
     * "X conveyed an invitation from President A to B to visit Y", "X conveyed the invitation of A to B", "X delivered an
     * invitation from A for B to visit": an invitation passed on is offered by the one who invites (after "from" or
     * "of") to the one invited (after "to" or "for"); the messenger, the verb's subject, takes no part. Empty unless
     * both are named.
     */
    private Optional<MeetingCandidate> conveyedInvitation(MeetingClause c, MeetingLexicon.Trigger t) {
        int verb = c.trigger() - 1;
        while (verb > c.start() && c.trigger() - verb < CONVEY_REACH && !MeetingLexicon.pos(c.token(verb)).equals("VERB")) {
            verb--;
        }
        int prep = c.trigger() + 1;
        if (!MeetingLexicon.pos(c.token(verb)).equals("VERB") || !CONVEY.contains(MeetingLexicon.lemma(c.token(verb)))
                && !CONVEY.contains(MeetingLexicon.regularStem(c.token(verb))) || prep >= c.purpose()
                || !Set.of("from", "of").contains(c.token(prep).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (int k = prep + 2; k < c.purpose(); k++) {
            if (Set.of("to", "for").contains(c.token(k).text().toLowerCase(Locale.ROOT))) {
                Participants inviter = finder.named(c.sentence(), prep + 1, k);
                Participants invited = finder.named(c.sentence(), k + 1, c.purpose());
                Participants both = inviter.plus(invited);
                return inviter.keys().isEmpty() || invited.keys().isEmpty() || both.keys().size() < 2 ? Optional.empty()
                        : Optional.of(new MeetingCandidate(c, t, both, false));
            }
        }
        return Optional.empty();
    }

    /** "a closed-door meeting attended by A, B and C": those named after "attended by" are the participants. */
    private Optional<MeetingCandidate> attendedBy(MeetingClause c, MeetingLexicon.Trigger t) {
        int i = c.trigger() + 1;
        List<Token> tok = c.sentence().tokens();
        if (i + 1 >= tok.size() || !tok.get(i).text().equalsIgnoreCase("attended") || !tok.get(i + 1).text().equalsIgnoreCase("by")) {
            return Optional.empty();
        }
        Participants named = finder.named(c.sentence(), i + 2, Attendance.clauseEnd(tok, i + 2));
        return named.enough() ? Optional.of(new MeetingCandidate(c, t, named, false)) : Optional.empty();
    }

    /**
     * "X had promised her in a meeting in January", "X told Y at a meeting": the subject and the person the
     * verb is addressed to, when the meeting noun is an adjunct of that verb.
     */
    private Optional<MeetingCandidate> toldInAMeeting(MeetingClause c, MeetingLexicon.Trigger t, int det) {
        int prep = det - 1;
        if (det == c.trigger() && !MEALS.contains(MeetingLexicon.lemma(c.token(c.trigger()))) || prep <= c.start()
                || !Set.of("in", "at", "during", "over").contains(c.token(prep).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int verb = prep - 1;
        while (verb > c.start() && !MeetingLexicon.pos(c.token(verb)).equals("VERB")) {
            verb--;
        }
        if (!MeetingLexicon.pos(c.token(verb)).equals("VERB") || prep - verb > 4 || addressedByPreposition(c, verb, prep)
                || words.trigger(c.token(verb), null).isPresent() || negatedBetween(c, verb - 3, verb)) {
            return Optional.empty();
        }
        Participants addressed = finder.named(c.sentence(), verb + 1, prep);
        Participants subjects = finder.subjects(c, verb);
        Participants all = subjects.plus(addressed);
        return addressed.keys().isEmpty() || subjects.keys().isEmpty() || all.keys().size() < 2 ? Optional.empty()
                : Optional.of(new MeetingCandidate(c, t, all, false));
    }

    /** Whether "not", "n't" or "never" stands in tokens {@code from} to {@code to} of the clause. */
    private static boolean negatedBetween(MeetingClause c, int from, int to) {
        for (int i = Math.max(c.start(), from); i < to; i++) {
            String w = c.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    /** "raised it with X at a breakfast", "brought it up with X over dinner": the person the verb is addressed to. */
    private static final Set<String> ADDRESSEE_PREPS = Set.of("with", "up");
    private static final Set<String> MEALS = Set.of("breakfast", "lunch", "dinner", "luncheon", "supper", "coffee", "tea");

    /** "spoke about X at a meeting": X is talked of, not to. */
    private static boolean addressedByPreposition(MeetingClause c, int verb, int prep) {
        for (int i = verb + 1; i < prep; i++) {
            if (MeetingLexicon.pos(c.token(i)).equals("ADP") && !ADDRESSEE_PREPS.contains(c.token(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "paid a courtesy call on X", "made a visit to X": the person called on is linked by "on" or "to". */
    /**
     * "A and B had lunch at the hotel", "the two ministers had a working dinner on Tuesday": a meal that coordinated
     * subjects had together, by the light verb "have" and a meal noun, is a meeting of those subjects; not one each
     * had "separately".
     */
    private boolean sharedMeal(MeetingClause c, int light) {
        if (light < 0 || !MeetingLexicon.lemma(c.token(light)).equals("have") || !words.in("meal-noun", c.token(c.trigger()))) {
            return false;
        }
        for (int k = c.start(); k < c.purpose(); k++) {
            if (Set.of("separately", "separate", "alone").contains(c.token(k).text().toLowerCase(Locale.ROOT))) {
                return false; // "A and B had breakfast separately"
            }
        }
        return true;
    }

    /** "hosted a working lunch for X", "gave a dinner for X": a meal someone hosts links its guests by "for" too. */
    private boolean hostedMeal(MeetingClause c, int light) {
        return light >= 0 && words.in("meal-light", c.token(light)) && words.in("meal-noun", c.token(c.trigger()));
    }

    private boolean courtesy(MeetingClause c, int light) {
        return light >= 0 && words.in("visit-light", c.token(light)) && words.in("visit-noun", c.token(c.trigger()));
    }

    /** Subjects of a meeting noun: of its light verb ("X held talks"), or "their", or the adjunct's clause. */
    private Participants nounSubjects(MeetingClause c, int det) {
        int light = lightVerb(c, det);
        if (light >= 0) {
            return finder.subjects(c, light);
        }
        if (det < c.trigger() && COLLECTIVE_POSSESSIVES.contains(c.token(det).text().toLowerCase(Locale.ROOT))) {
            return finder.subjects(c, det);
        }
        int prep = det - 1;
        if (prep >= c.start() && MeetingLexicon.pos(c.token(prep)).equals("ADP") && words.in("adverbial", c.token(prep))) {
            return finder.subjects(c, prep);
        }
        return Participants.NONE;
    }

    private static final Set<String> REQUESTS = Set.of("ask", "request", "seek");
    private static final Set<String> LETTERS = Set.of("write", "letter", "appeal", "petition");

    /**
     * "X wrote to Y on Monday asking for a meeting", "sent a letter to Y requesting talks": a meeting asked for
     * in writing, between the writer (named before the verb of writing) and the one written to.
     */
    private Optional<MeetingCandidate> requestByLetter(MeetingClause c, MeetingLexicon.Trigger t, int det) {
        List<Token> all = c.sentence().tokens();
        int ask = det - 1;
        while (ask >= 0 && ask >= det - 4 && !MeetingLexicon.pos(all.get(ask)).equals("VERB")) {
            ask--;
        }
        if (ask < 1 || !REQUESTS.contains(MeetingLexicon.lemma(all.get(ask)))) {
            return Optional.empty();
        }
        for (int to = ask - 1; to >= 1 && to >= ask - 12; to--) {
            if (all.get(to).text().equalsIgnoreCase("to") && LETTERS.contains(MeetingLexicon.lemma(all.get(to - 1)))) {
                Participants addressee = finder.named(c.sentence(), to + 1, ask);
                int from = to - 1;
                while (from > 0 && !all.get(from - 1).text().equals(",") && !all.get(from - 1).text().equals(":")) {
                    from--;
                }
                Participants writer = finder.named(c.sentence(), from, to - 1);
                if (writer.keys().isEmpty()) {
                    // "their leader, X, had written to Y asking for talks": the writer set off by commas before the verb
                    List<String> before = finder.subjects(new MeetingClause(c.sentence(), c.trigger(), 0, c.purpose(), c.end()), to - 1).keys();
                    writer = before.isEmpty() ? writer : new Participants(List.of(before.get(before.size() - 1)), List.of(), 0);
                }
                if (writer.keys().isEmpty()) {
                    // "its chairperson, X, said the party had written to Y asking for a meeting": the one who speaks for the writer
                    List<String> speaker = finder.speakers(c.sentence(), 0, from);
                    writer = speaker.isEmpty() ? writer : new Participants(List.of(speaker.get(speaker.size() - 1)), List.of(), 0);
                }
                MeetingClause asked = new MeetingClause(c.sentence(), c.trigger(), Math.max(c.start(), ask), c.purpose(), c.end());
                return addressee.keys().isEmpty() || writer.keys().isEmpty() ? Optional.empty() // the day written is not the meeting's
                        : Optional.of(new MeetingCandidate(asked, t, writer.plus(addressee), false));
            }
        }
        return Optional.empty();
    }

    /** Verbs of asking someone for something: "asked the coach for a meeting", "pressed the minister for talks". */
    private static final Set<String> ASK_FOR = Set.of("ask", "press", "petition", "approach", "beg", "lobby");

    /** How many tokens the person asked may take between the verb of asking and "for". */
    private static final int ASKED_REACH = 10;

    /**
     * "X asked coach Y for a meeting", "X pressed the minister, Y, for talks": a meeting asked of the person
     * named between a verb of asking and "for", with the verb's subject.
     */
    private Optional<MeetingCandidate> askedFor(MeetingClause c, MeetingLexicon.Trigger t, int det) {
        int forAt = det - 1;
        if (forAt <= c.start() || !c.token(forAt).text().equalsIgnoreCase("for")) {
            return Optional.empty();
        }
        int ask = forAt - 1;
        while (ask > c.start() && forAt - ask <= ASKED_REACH && !MeetingLexicon.pos(c.token(ask)).equals("VERB")) {
            ask--;
        }
        if (!MeetingLexicon.pos(c.token(ask)).equals("VERB") || !ASK_FOR.contains(MeetingLexicon.lemma(c.token(ask)))) {
            return Optional.empty();
        }
        Participants asked = finder.named(c.sentence(), ask + 1, forAt);
        Participants asker = finder.subjects(c, ask);
        return asked.keys().isEmpty() || asker.keys().isEmpty() || asker.plus(asked).keys().size() < 2 ? Optional.empty()
                : Optional.of(new MeetingCandidate(c, t, asker.plus(asked), false));
    }

    /**
     * "Haddad has not responded to Senator Lawal's request for a meeting": a person's request for a meeting,
     * the object of someone's verb, is a meeting of the one who asked and the one asked (the verb's subject).
     */
    private Optional<MeetingCandidate> requestOf(MeetingClause c, MeetingLexicon.Trigger t, int det) {
        List<Token> all = c.sentence().tokens();
        int request = det - 2;
        if (request < 2 || !askingFor(all, request, det - 1) || !NameShape.isClitic(all.get(request - 1).text())) {
            return requestBy(c, t, det);
        }
        int verb = request - 2;
        while (verb >= 0 && !MeetingLexicon.pos(all.get(verb)).equals("VERB")) {
            verb--;
        }
        if (verb < 1) {
            return Optional.empty();
        }
        Participants asker = finder.namedOrPossessor(c.sentence(), verb + 1, request);
        MeetingClause whole = new MeetingClause(c.sentence(), c.trigger(), 0, c.purpose(), c.end());
        Participants asked = finder.subjects(whole, verb);
        return asker.keys().isEmpty() || asked.keys().isEmpty() ? Optional.empty()
                : Optional.of(new MeetingCandidate(c, t, asked.plus(asker), false));
    }

    /** Nouns of asking someone to meet: "a request for a meeting", "an invitation to talks". */
    private static final Set<String> ASKING_NOUNS = Set.of("request", "plea", "demand", "bid", "invitation");
    /** How many tokens the one who asked may take between "by" and "for": "a request by the British envoy, X, for". */
    private static final int ASKER_REACH = 14;

    /** "request for", "invitation to": a noun of asking and the preposition that leads to the meeting asked for. */
    private static boolean askingFor(List<Token> all, int noun, int prep) {
        String lemma = MeetingLexicon.lemma(all.get(noun));
        String p = all.get(prep).text().toLowerCase(Locale.ROOT);
        return ASKING_NOUNS.contains(lemma) && (p.equals("for") || p.equals("to") && lemma.equals("invitation"));
    }

    /**
     * "X turned down a request by the British envoy, Y, for a meeting", "X declined an invitation from Y to a
     * meeting": a request for a meeting made by someone (named after "by" or "from"), the object of someone's verb,
     * is a meeting of the one who asked and the one asked (the verb's subject).
     */
    private Optional<MeetingCandidate> requestBy(MeetingClause c, MeetingLexicon.Trigger t, int det) {
        List<Token> all = c.sentence().tokens();
        int prep = det - 1;
        int by = askerAt(all, prep);
        if (by > 0) {
            int verb = by - 2;
            while (verb >= 0 && !MeetingLexicon.pos(all.get(verb)).equals("VERB")) {
                verb--;
            }
            if (verb < 1) {
                return Optional.empty();
            }
            Participants asker = finder.named(c.sentence(), by + 1, prep);
            MeetingClause whole = new MeetingClause(c.sentence(), c.trigger(), 0, c.purpose(), c.end());
            Participants asked = finder.subjects(whole, verb);
            return asker.keys().isEmpty() || asked.keys().isEmpty() || asked.plus(asker).keys().size() < 2 ? Optional.empty()
                    : Optional.of(new MeetingCandidate(c, t, asked.plus(asker), false));
        }
        return Optional.empty();
    }

    /**
     * The "by" of "a request by X for" ending at the preposition {@code prep}, or -1. Also "a request from X for";
     * not "an invitation from X to", which the invitation itself tells ({@link #invitationFrom}).
     */
    static int askerAt(List<Token> all, int prep) {
        for (int by = prep - 2; by >= 1 && prep >= 3 && prep - by <= ASKER_REACH; by--) {
            String w = all.get(by).text().toLowerCase(Locale.ROOT);
            if (w.equals("by") || w.equals("from")) {
                boolean invitation = MeetingLexicon.lemma(all.get(by - 1)).equals("invitation");
                return askingFor(all, by - 1, prep) && !(w.equals("from") && invitation) ? by : -1;
            }
        }
        return -1;
    }

    /** "a request by X for a meeting": the noun of asking before the meeting word at {@code trigger}, or -1. */
    static int askingNounBefore(List<Token> all, int trigger) {
        int prep = trigger - 1;
        while (prep > 0 && trigger - prep <= 4 && Set.of("DET", "ADJ", "NOUN").contains(MeetingLexicon.pos(all.get(prep)))) {
            prep--;
        }
        int by = prep > 0 ? askerAt(all, prep) : -1;
        return by > 0 ? by - 1 : -1;
    }

    /**
     * Index of the light verb governing the noun phrase at {@code det} ("held", "to attend"), or -1. A verb
     * before "after" governs no meeting after it ("agreed to set up a post after a meeting").
     */
    private int lightVerb(MeetingClause c, int det) {
        for (int i = det - 1; i >= c.start() && i >= det - 8; i--) {
            Token k = c.token(i);
            if (AFTER.contains(k.text().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            if (MeetingLexicon.pos(k).equals("VERB") || coVerb(k) || possessionHave(c, i, det)) {
                return words.in("light", k) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "X had a video call with Y", "she has lunch with Y": the tagger reads a "have" right before the meeting's noun
     * phrase as an auxiliary, but nothing follows for it to help; it is the main, light verb.
     */
    private static boolean possessionHave(MeetingClause c, int i, int det) {
        return i == det - 1 && MeetingLexicon.pos(c.token(i)).equals("AUX") && MeetingLexicon.lemma(c.token(i)).equals("have");
    }

    /** "co-chaired", "co-hosted": a verb of doing something jointly, which the tagger may take for punctuation. */
    private boolean coVerb(Token t) {
        return t.text().toLowerCase(Locale.ROOT).startsWith("co-") && words.in("light", t);
    }

    private boolean isJoinVerb(Token t) {
        String l = MeetingLexicon.lemma(t);
        return l.equals("attend") || l.equals("join") || l.equals("hold") || coVerb(t);
    }

    private static boolean isDeterminer(Token t) {
        return MeetingLexicon.pos(t).equals("DET") || MeetingLexicon.DEMONSTRATIVES.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A readout's body names its subject by title only ("The Secretary met with ..."): take the headline's. */
    private Participants withHost(MeetingClause c, Participants subjects, Participants objects) {
        boolean titled = c.start() < c.trigger() && subjects.keys().isEmpty()
                && c.sentence().index() > 0 && headlineHost != null && !objects.keys().contains(headlineHost);
        return titled ? subjects.plus(new Participants(List.of(headlineHost), List.of(), 1)) : subjects;
    }

    /**
     * "hosted Prime Minister X", "visited her counterpart X", "received Ambassador of Korea Mr. X": a person
     * is the direct object (after the particle of a phrasal trigger, "called on X"). An exhortation ("called
     * on X to resign") is no meeting.
     */
    private boolean directPerson(MeetingClause c, MeetingLexicon.Trigger t) {
        int object = c.trigger() + 1 + t.particles();
        int from = skipAdjuncts(c, object);
        if (ledGroup(c, object) || countedRoles(c, object) || collectiveObject(c, object) || peopleObject(c, from)) {
            return true;
        }
        int guest = TitledGuest.at(c.sentence(), from, c.purpose(), finder);
        if (guest >= 0) {
            return !(t.particles() > 0 && exhortation(c, guest)); // "called on Governor X to dissolve the assembly"
        }
        for (int i = from; i < c.purpose(); i++) {
            if (finder.personAt(c.sentence(), i)) {
                return !(t.particles() > 0 && exhortation(c, i));
            }
            String pos = MeetingLexicon.pos(c.token(i));
            boolean title = c.token(i).capitalised() || titleLink(c, i) || abbreviation(c, i) || apposition(c, i) || titleListLink(c, i)
                    || ownerOfTitle(c, i) || hyphenLink(c, i) || roleBeforeName(c, i) || nounOwner(c, i) || joinedTitles(c, i);
            boolean beforeRole = pos.equals("NOUN") && i + 1 < c.purpose() && Lexicon.INSTANCE.isRoleWord(c.token(i + 1).text()); // "union leader X"
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("PRON") || pos.equals("NOUN")
                    && i + 1 < c.purpose() && finder.personAt(c.sentence(), i + 1) || title || beforeRole)) {
                return false;
            }
        }
        return false;
    }

    /** "received a delegation of striking dockers", "hosted a team from the IMF": a body of people as the object. */
    private boolean collectiveObject(MeetingClause c, int i) {
        int k = i < c.purpose() && MeetingLexicon.pos(c.token(i)).equals("DET") ? i + 1 : i;
        while (k < c.purpose() && k < i + 3 && MeetingLexicon.pos(c.token(k)).equals("ADJ")) {
            k++;
        }
        return k < c.purpose() && MeetingLexicon.pos(c.token(k)).equals("NOUN") && words.in("collective", c.token(k));
    }

    /** How far after "received" the word for an envoy's papers may stand: "received yesterday the letters of credence". */
    private static final int CREDENTIALS_REACH = 6;
    /** How far after that word its "from" or "of" may stand: "credentials from", "letters of credence from". */
    private static final int CREDENTIALS_LINK = 3;

    /**
     * "received letters of credence from three new ambassadors", "received the credentials of the new envoy of Chile,
     * X": the host who receives an envoy's papers meets the envoys named after "from" or "of".
     */
    private Optional<MeetingCandidate> credentials(MeetingClause c, MeetingLexicon.Trigger t) {
        if (!t.lemma().equals("receive")) {
            return Optional.empty();
        }
        for (int k = c.trigger() + 1; k < Math.min(c.purpose(), c.trigger() + CREDENTIALS_REACH); k++) {
            if (!words.in("credentials", c.token(k))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(c.purpose(), k + CREDENTIALS_LINK); j++) {
                String w = c.token(j).text().toLowerCase(Locale.ROOT);
                if (w.equals("from") || w.equals("of")) {
                    Participants envoys = finder.objects(c, j + 1);
                    Participants subjects = finder.subjects(c, c.trigger());
                    return envoys.isEmpty() || subjects.isEmpty() ? Optional.empty()
                            : Optional.of(new MeetingCandidate(c, t, subjects.plus(envoys), false));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Verbs of going round a place, which someone may do with others: "toured the plant with the governor". */
    private static final Set<String> ROUNDS = Set.of("visit", "tour", "inspect");

    /**
     * "toured the water plant with the governor, A, and the utility's manager, B", "is due to visit a jobcentre
     * with the local MP, C": a visit to a place (no person) made with people named after "with" is a meeting of
     * the visitor and them.
     */
    private Optional<MeetingCandidate> visitedWith(MeetingClause c, MeetingLexicon.Trigger t) {
        if (!ROUNDS.contains(t.lemma()) || passive(c)) {
            return Optional.empty();
        }
        Participants with = finder.linked(c, WITH);
        Participants subjects = finder.subjects(c, c.trigger());
        return with.keys().isEmpty() || subjects.keys().isEmpty() || subjects.plus(with).keys().size() < 2 ? Optional.empty()
                : Optional.of(new MeetingCandidate(c, t, subjects.plus(with), false));
    }

    /** How many words may modify the plural people noun of a host's object: "the ruling coalition's top leaders". */
    private static final int PEOPLE_OBJECT_REACH = 6;

    /**
     * "hosted the leaders of the three coalition parties", "received community leaders from the delta", "welcomed
     * the region's mayors": the object is a plural noun for people (the {@code group} list), past a determiner and
     * modifiers (a possessor too), the head of its phrase: not a modifier of another noun ("received the
     * leaders' letter", "welcomed the governors' decision", "visited the workers' canteen").
     */
    private boolean peopleObject(MeetingClause c, int i) {
        for (int k = i; k < c.purpose() && k < i + PEOPLE_OBJECT_REACH; k++) {
            Token w = c.token(k);
            String pos = MeetingLexicon.pos(w);
            boolean plural = pos.equals("NOUN") && !w.text().equalsIgnoreCase(w.lemma()) && words.in("group", w);
            Token next = k + 1 < c.sentence().tokens().size() ? c.sentence().tokens().get(k + 1) : null;
            boolean owner = next != null && (NameShape.isClitic(next.text()) || next.text().equals("'") || next.text().equals("\u2019"));
            if (plural && !owner) {
                return next == null || !Set.of("NOUN", "PROPN").contains(MeetingLexicon.pos(next));
            }
            if (owner) {
                k++; // "two athletes' representatives": the possessor modifies the noun after it
                continue;
            }
            if (!(Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN").contains(pos) || NameShape.isClitic(w.text())) || finder.personAt(c.sentence(), k)) {
                return false;
            }
        }
        return false;
    }

    /** "received all three governors", "will host the two mayors": a counted group of people of one role. */
    private static boolean countedRoles(MeetingClause c, int i) {
        int k = i < c.purpose() && Set.of("all", "the", "both").contains(c.token(i).text().toLowerCase(Locale.ROOT)) ? i + 1 : -1;
        if (k > 0 && k < c.purpose() && c.token(k).text().equalsIgnoreCase("the")) {
            k++;
        }
        return k > 0 && k + 1 < c.purpose() && MeetingLexicon.COUNTS.contains(c.token(k).text().toLowerCase(Locale.ROOT))
                && Lexicon.INSTANCE.isRoleHead(c.token(k + 1).lemma());
    }

    private static final Set<String> ADJUNCT_TIMES = Set.of("today", "yesterday", "tonight", "later", "earlier", "also");
    private static final Set<String> ADJUNCT_PREPS = Set.of("at", "in", "on");
    private static final Set<String> DAYS = CalendarWords.with(CalendarWords.WEEKDAYS, "morning", "afternoon", "evening", "night");
    /** Words that point a day word at the story's week: "this Tuesday", "last night". */
    private static final Set<String> DAY_DEICTICS = Set.of("this", "last", "on");

    /**
     * Past a time word and a place or day phrase between a verb and its object: "received today at the
     * Ministry his Lebanese counterpart", "hosted on Monday in Nairobi President X", "received this Tuesday at
     * the palace the foreign minister".
     */
    private int skipAdjuncts(MeetingClause c, int from) {
        int i = from;
        while (i < c.purpose()) {
            String w = c.token(i).text().toLowerCase(Locale.ROOT);
            if (ADJUNCT_TIMES.contains(w) || DAYS.contains(w)) {
                i++;
            } else if (DAY_DEICTICS.contains(w) && i + 1 < c.purpose() && DAYS.contains(c.token(i + 1).text().toLowerCase(Locale.ROOT))) {
                i += 2; // "received this Tuesday at the palace the foreign minister"
            } else if (ADJUNCT_PREPS.contains(w) && (i + 1 < c.purpose() && ownVenue(c, i + 1) || !finder.personAt(c.sentence(), i + 1))) {
                int k = i + 1 < c.purpose() && ownVenue(c, i + 1) ? i + 2 : i + 1;
                while (k < c.purpose() && (k - i <= 5 || c.token(k).capitalised() || nameLink(c, k))
                        && (Set.of("DET", "ADJ", "PROPN", "NOUN", "NUM").contains(MeetingLexicon.pos(c.token(k))) || nameLink(c, k))
                        && !finder.personAt(c.sentence(), k) && !Set.of("his", "her", "their").contains(c.token(k).text().toLowerCase(Locale.ROOT))) {
                    k++;
                }
                if (k == i + 1) {
                    return from;
                }
                i = k;
            } else {
                return i;
            }
        }
        return from;
    }

    /** "at his office", "in her residence": a possessive before a venue noun, part of a place phrase. */
    private boolean ownVenue(MeetingClause c, int i) {
        return Set.of("his", "her", "their").contains(c.token(i).text().toLowerCase(Locale.ROOT)) && i + 1 < c.purpose()
                && words.in("venue", c.token(i + 1));
    }

    /**
     * "of", "and" or a comma inside a capitalised name of a place: "the Ministry of Commerce, Industry and
     * Investment Promotion", between two capitalised words, the next no person's name.
     */
    private boolean nameLink(MeetingClause c, int k) {
        String w = c.token(k).text().toLowerCase(Locale.ROOT);
        return (w.equals("of") || w.equals("and") || w.equals(",")) && k > 0 && k + 1 < c.purpose() && c.token(k - 1).capitalised()
                && c.token(k + 1).capitalised() && !finder.personAt(c.sentence(), k + 1);
    }

    /** "received a visiting IMF delegation led by X": a group noun, "led by" or "headed by", and a person. */
    private boolean ledGroup(MeetingClause c, int from) {
        for (int i = from; i + 2 < c.purpose(); i++) {
            String w = c.token(i).text().toLowerCase(Locale.ROOT);
            if ((w.equals("led") || w.equals("headed")) && c.token(i + 1).text().equalsIgnoreCase("by") && i > from
                    && groupBefore(c, from, i)) {
                for (int k = i + 2; k < Math.min(c.purpose(), i + 14); k++) {
                    if (finder.personAt(c.sentence(), k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** How many words back from "led by" the group noun may stand; a name of several words counts as one. */
    private static final int GROUP_REACH = 9;

    /**
     * A group noun shortly before {@code i}: "a delegation of the US-based Lumera Semiconductor led by", "a delegation
     * of the Chinese consortium Huaxin Salt Lake Resources, led by" (the firm's name one word).
     */
    private boolean groupBefore(MeetingClause c, int from, int i) {
        int reach = GROUP_REACH;
        for (int k = i - 1; k >= from && reach > 0; k--) {
            if (words.in("group", c.token(k)) && MeetingLexicon.pos(c.token(k)).equals("NOUN")) {
                return true;
            }
            if (!(k > from && c.token(k).capitalised() && c.token(k - 1).capitalised())) {
                reach--;
            }
        }
        return false;
    }

    /** "the Emir of Gaya, Alhaji Ibrahim Kabir": "of" or a comma between a capitalised title and the name. */
    private static boolean apposition(MeetingClause c, int i) {
        String w = c.token(i).text();
        return (w.equals("of") || w.equals(",")) && i > c.trigger() + 1 && i + 1 < c.purpose()
                && c.token(i - 1).capitalised() && c.token(i + 1).capitalised();
    }

    /**
     * "called on the leader of the Lok Front, Baldev Grewal": a role noun, the "of" after it and the comma
     * before the name in apposition are part of the way to the person.
     */
    private boolean roleBeforeName(MeetingClause c, int i) {
        String w = c.token(i).text();
        if (Lexicon.INSTANCE.isRoleWord(w)) {
            return true;
        }
        if ((w.equals("of") || w.equals("for")) && i > c.trigger() + 1 && Lexicon.INSTANCE.isRoleWord(c.token(i - 1).text())) {
            return true; // "the leader of", "the chief negotiator for Switzerland, X"
        }
        return w.equals(",") && i + 1 < c.purpose() && (finder.personAt(c.sentence(), i + 1)
                || i + 2 < c.purpose() && Lexicon.INSTANCE.isHonorific(c.token(i + 1).text()) && finder.personAt(c.sentence(), i + 2));
    }

    /**
     * "the President's envoy, X", "the UN chief's special adviser, Y": the possessive clitic after a capitalised
     * word or a role word, on the way to the person holding the title.
     */
    private static boolean ownerOfTitle(MeetingClause c, int i) {
        return NameShape.isClitic(c.token(i).text()) && i > c.trigger() + 1
                && (c.token(i - 1).capitalised() || Lexicon.INSTANCE.isRoleWord(c.token(i - 1).text()));
    }

    /**
     * The hyphen of a title the tokenizer splits, between two capitalised words: "the Secretary - General of the
     * Arab League, X", "the Vice - President of Ghana, Y".
     */
    private static boolean hyphenLink(MeetingClause c, int i) {
        String w = c.token(i).text();
        return (w.equals("-") || w.equals("\u2010") || w.equals("\u2011")) && i > c.trigger() + 1 && i + 1 < c.purpose()
                && c.token(i - 1).capitalised() && c.token(i + 1).capitalised();
    }

    /**
     * "of" or "to" inside a capitalised title ("Ambassador of Republic of Korea to Viet Nam"); "on" after a
     * role word ("Special Adviser on Africa").
     */
    private static boolean titleLink(MeetingClause c, int i) {
        String w = c.token(i).text();
        return (w.equals("of") || w.equals("to") || w.equals("for") || w.equals("on") && i > 0 && Lexicon.INSTANCE.isRoleWord(c.token(i - 1).text()))
                && i > 0 && i + 1 < c.purpose() && c.token(i - 1).capitalised() && (c.token(i + 1).capitalised()
                || i + 2 < c.purpose() && c.token(i + 1).text().equals("the") && c.token(i + 2).capitalised()); // "of India to the Maldives"
    }

    /** "the company's country manager, X": a common noun's possessive on the way to a title, or the clitic after it. */
    private static boolean nounOwner(MeetingClause c, int i) {
        boolean noun = MeetingLexicon.pos(c.token(i)).equals("NOUN") && i + 1 < c.purpose() && NameShape.isClitic(c.token(i + 1).text());
        boolean clitic = NameShape.isClitic(c.token(i).text()) && i > c.trigger() + 1 && MeetingLexicon.pos(c.token(i - 1)).equals("NOUN");
        return noun || clitic;
    }

    /**
     * "and" or "&" joining the last two fields of a capitalised portfolio: "the Minister of Industry, Trade and
     * Investment, Dr. X", "the Secretary for Food & Agriculture, Y". Not "and" before a person's name.
     */
    private boolean titleListLink(MeetingClause c, int i) {
        String w = c.token(i).text();
        return (w.equals("and") || w.equals("&")) && i > c.trigger() + 1 && i + 1 < c.purpose()
                && c.token(i - 1).capitalised() && c.token(i + 1).capitalised() && !finder.personAt(c.sentence(), i + 1);
    }

    /**
     * "received party leader and Chancellor X", "hosted union chief and Senator Y": a role in lower case joined by "and"
     * to a capitalised role before the name, two titles of one person: the role word before "and", or the "and".
     */
    private static boolean joinedTitles(MeetingClause c, int i) {
        int and = c.token(i).text().equals("and") ? i : i + 1;
        return and > c.trigger() + 1 && and + 1 < c.purpose() && c.token(and).text().equals("and")
                && !c.token(and - 1).capitalised() && Lexicon.INSTANCE.isRoleWord(c.token(and - 1).text())
                && c.token(and + 1).capitalised() && Lexicon.INSTANCE.isRoleWord(c.token(and + 1).text());
    }

    /** The full stop of an abbreviation the tokenizer split off ("Smt" "." before a name). */
    private static boolean abbreviation(MeetingClause c, int i) {
        return c.token(i).text().equals(".") && i > 0 && c.token(i - 1).capitalised() && i + 1 < c.purpose()
                && c.token(i + 1).capitalised();
    }

    /** Whether the person named at {@code i} is urged to act: "called on X to resign". */
    private boolean exhortation(MeetingClause c, int i) {
        int end = finder.personEnd(c.sentence(), i);
        List<org.newsgraph.nlp.Token> t = c.sentence().tokens();
        return end + 1 < t.size() && t.get(end).text().equalsIgnoreCase("to") && MeetingLexicon.pos(t.get(end + 1)).equals("VERB");
    }

    /**
     * "FERRAZ: I met Commissioner X": in a Q&A or transcript the "I" right after a speaker's label is the
     * speaker, when nothing else resolved it.
     */
    private Participants labelSpeaker(MeetingClause c) {
        int i = c.start();
        if (i < 2 || !c.token(i - 1).text().equals(":") || !c.token(i).text().equals("I") || finder.personAt(c.sentence(), i)) {
            return Participants.NONE;
        }
        Participants label = finder.named(c.sentence(), 0, i - 1);
        return label.keys().size() == 1 ? label : Participants.NONE;
    }

    /**
     * "We spoke to X and her CTO at the stand": the writer interviewing people, no meeting among them. The
     * subject is a bare "we" outside quotation marks that stands for no one named.
     */
    private boolean reporterSubject(MeetingClause c) {
        int i = c.trigger() - 1;
        while (i >= c.start() && Set.of("ADV", "AUX", "PART").contains(MeetingLexicon.pos(c.token(i)))) {
            i--;
        }
        if (i < c.start() || !c.token(i).text().equalsIgnoreCase("we") || finder.personAt(c.sentence(), i)) {
            return false;
        }
        String before = c.sentence().text().substring(0, c.token(i).start() - c.sentence().start());
        return before.chars().noneMatch(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d');
    }

    /**
     * "met with criticism", "met the deadline": "meet" whose object is no one. A person's title is no such
     * object ("would meet the Opposition Leader").
     */
    private boolean notMet(MeetingClause c) {
        for (int i = c.trigger() + 1; i < Math.min(c.end(), c.trigger() + 5); i++) {
            Token k = c.token(i);
            if (finder.personAt(c.sentence(), i)) {
                return false;
            }
            if (MeetingLexicon.pos(k).equals("NOUN") && !titleOfNext(c, i)) {
                return words.in("not-met", k);
            }
            if (MeetingLexicon.pos(k).equals("PROPN") || MeetingLexicon.pos(k).equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /** "met opposition leader X": a noun opening the title of the person named after it is no "met opposition". */
    private boolean titleOfNext(MeetingClause c, int i) {
        int k = i + 1;
        while (k < c.end() && Lexicon.INSTANCE.isRoleWord(c.token(k).text())) {
            k++;
        }
        return k > i + 1 && k < c.end() && finder.personAt(c.sentence(), k);
    }
}
