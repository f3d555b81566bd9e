package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.article.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds meetings: for every meeting word ({@code meeting-triggers.tsv}) the participants its clause links
 * to it, with place, date, status and topics; joiners ("also expected to attend") extend the meeting just
 * named, and reports of the same meeting are merged. Thread-safe.
 */
final class MeetingFinder {
    /** How many sentences back a joiner may reach for its meeting. */
    private static final int JOIN_REACH = 2;

    /** How many sentences back "A joined the call", "B took part in the talks" may reach for the meeting. */
    private static final int NAMED_JOIN_REACH = 8;

    /**
     * What the finder returns.
     *
     * @param meetings the meetings
     * @param places   place entities named as meeting venues that the entity index did not hold; every
     *                 meeting place is among the index's entities or these
     */
    record Result(List<Meeting> meetings, List<Entity> places) {
        Result {
            meetings = List.copyOf(meetings);
            places = List.copyOf(places);
        }
    }

    private final MeetingLexicon words = MeetingLexicon.shared();
    private final TopicFinder topics = new TopicFinder();
    private final InvitedToJoin invitations = new InvitedToJoin(words);

    Result find(Article article, AnnotatedText text, EntityIndex index) {
        ParticipantFinder participants = new ParticipantFinder(words, index);
        CandidateBuilder builder = new CandidateBuilder(words, participants, headlineHost(text, participants), principal(text, index));
        MeetingDates dates = MeetingDates.of(text, article.published());
        PlaceFinder placeFinder = new PlaceFinder(index, text, words);
        StatusFinder status = new StatusFinder(words);
        List<Meeting> meetings = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        Map<String, Entity> added = new LinkedHashMap<>();
        placeFinder.dateline().map(PlaceFinder.Place::added).ifPresent(e -> added.put(e.key(), e)); // a dateline town the name finder missed
        Attendance attendance = new Attendance(participants);
        JointOuting outings = new JointOuting(words, participants);
        Unfinished pending = null;
        for (Sentence s : text.sentences()) {
            int firstNew = meetings.size();
            int before = firstNew;
            boolean attendedEarlier = false;
            List<MeetingCandidate> found = outings.with(s, candidates(s, builder)); // "A and B went to the site together"
            for (MeetingCandidate c : found) {
                if (joinedReported(s, c, sentenceOf, index)) {
                    continue; // "X was joined at the meeting by Y": Attendance adds Y to the meeting just reported
                }
                if (attendedReported(c, meetings, sentenceOf)) {
                    joinPrevious(meetings, sentenceOf, c); // "A and B attended the two-hour meeting": the meeting just reported
                    continue;
                }
                if (c.joiner() && status.status(c.clause()) != MeetingStatus.OCCURRED && !meetings.isEmpty()
                        && s.index() - sentenceOf.get(sentenceOf.size() - 1) <= (namedMeeting(c.clause()) ? NAMED_MISSED_REACH : JOIN_REACH)) {
                    // "X had been due to join the talks": a meeting of its own, with its own status
                    Optional<Meeting> day = dayNamed(c, meetings);
                    Optional<Meeting> office = day.isPresent() ? Optional.empty() : officeMeeting(index, c, meetings, sentenceOf);
                    MeetingCandidate own = office.isPresent() ? officeHolders(index, office.get(), c)
                            : previousPair(index, day.orElse(lastJoinable(meetings)), c);
                    meetings.add(meeting(own, status.status(c.clause()), dates, placeFinder, added, previous(text, s)));
                    sentenceOf.add(s.index());
                } else if (attendedAgain(c, meetings, sentenceOf) >= 0) {
                    int same = attendedAgain(c, meetings, sentenceOf);
                    attendedEarlier = true;
                    Participants more = attendance.added(s).map(Attendance.Added::people).orElse(Participants.NONE); // "chaired by A and attended by B"
                    meetings.set(same, MeetingMerger.join(meetings.get(same), new Participants(c.participants().keys(), List.of(), 0).plus(more)));
                } else if (c.joiner() || sameMeetingAgain(c, meetings, sentenceOf)) {
                    joinPrevious(meetings, sentenceOf, c);
                } else if (c.participants().keys().size() < 2 && officeMeeting(index, c, meetings, sentenceOf).isPresent()) {
                    // "The ministers agreed to meet again in Riga, with Tamm attending": the ministers of the meeting told before
                    MeetingCandidate again = officeHolders(index, officeMeeting(index, c, meetings, sentenceOf).get(), c);
                    meetings.add(meeting(again, status.status(c.clause()), dates, placeFinder, added, previous(text, s)));
                    sentenceOf.add(s.index());
                } else if (pairGroup(c, meetings) && pairAfterMeeting(builder, c, meetings, sentenceOf)) {
                    // "The two leaders were joined over lunch by A and B": the pair is the one just reported,
                    // unless the sentence named the two itself
                    List<String> here = pairNamedBefore(c, index);
                    here = here.isEmpty() ? countedHolders(c, index) : here;
                    MeetingCandidate pair = here.isEmpty() ? previousPair(index, lastWithPair(meetings), c)
                            : new MeetingCandidate(c.clause(), c.trigger(), new Participants(here, List.of(), 0).plus(
                                    new Participants(c.participants().keys(), List.of(), 0)), false);
                    meetings.add(meeting(pair, status.status(c.clause()), dates, placeFinder, added, previous(text, s)));
                    sentenceOf.add(s.index());
                } else if ((twoGroup(c) || builder.pairAnaphor(c.clause())) && !pairAfterMeeting(builder, c, meetings, sentenceOf) && pairNamedBefore(c, index).isEmpty()
                        && twoBefore(text, index, s).size() == 2) {
                    // "A spent the day with B. The two held talks at the palace, joined by C": the two named just before
                    MeetingCandidate pair = new MeetingCandidate(c.clause(), c.trigger(), new Participants(twoBefore(text, index, s), List.of(), 0)
                            .plus(new Participants(c.participants().keys(), List.of(), 0)), false);
                    meetings.add(meeting(pair, status.status(c.clause()), dates, placeFinder, added, previous(text, s)));
                    sentenceOf.add(s.index());
                } else if (c.participants().enough() && !(c.participants().keys().size() < 2 && pairAfterMeeting(builder, c, meetings, sentenceOf))) {
                    delegationLeaders(index, c, meetings, sentenceOf);
                    Meeting m = meeting(c, status.status(c.clause()), dates, placeFinder, added, previous(text, s));
                    for (Meeting each : countedGroup(text, index, c, m)) {
                        meetings.add(each);
                        sentenceOf.add(s.index());
                    }
                } else if (pairAfterMeeting(builder, c, meetings, sentenceOf)) {
                    MeetingCandidate again = previousPair(index, lastWithPair(meetings), c);
                    if (again.participants().enough()) {
                        meetings.add(meeting(again, status.status(c.clause()), dates, placeFinder, added, previous(text, s)));
                        sentenceOf.add(s.index());
                    }
                }
            }
            includedPastRelative(s, firstNew, participants, meetings);
            grantedRequest(firstNew, meetings, sentenceOf);
            invitedToJoin(s, firstNew, participants, status, meetings, sentenceOf);
            dayFromCue(s, meetings, sentenceOf);
            sameDay(s, previous(text, s), meetings, sentenceOf, index, placeFinder.dateline().map(PlaceFinder.Place::key));
            daysApart(s, meetings, sentenceOf);
            storyDay(s, firstNew, meetings, sentenceOf);
            if (meetings.size() == before) {
                boolean recent = !sentenceOf.isEmpty() && s.index() - sentenceOf.get(sentenceOf.size() - 1) <= NAMED_JOIN_REACH;
                pending = unfinished(s, found, participants, status, previous(text, s), recent).orElse(pending);
            } else if (namesPending(pending, s, found, meetings.size() - before, before, sentenceOf)) {
                // "The King received A. The audience was attended by B and C": the audience is the one with A
                meetings.set(before, MeetingMerger.join(meetings.get(before), pending.candidate().participants()));
                pending = null;
            }
            addGroupMembers(text, index, s, meetings, sentenceOf); // first, so "A and B were accompanied by C" finds group member A there
            pending = attendedEarlier ? pending : addAttendees(attendance, s, meetings, sentenceOf, pending,
                    u -> meeting(u.candidate(), status.status(u.candidate().clause()), dates, placeFinder, added, u.previous()));
            acceptInvitation(s, meetings, sentenceOf);
            calledOffLater(s, meetings, sentenceOf);
            refineLast(s, meetings, sentenceOf, placeFinder, dates, added);
        }
        for (int k = 0; k < meetings.size(); k++) {
            meetings.set(k, DelegationRoster.expand(text, index, meetings.get(k), sentenceOf.get(k))); // "The delegation will meet D"
        }
        separateAttendees(text, index, meetings, sentenceOf);
        officeHolders(text, index, meetings, sentenceOf);
        storyTown(text, index, placeFinder, meetings, sentenceOf, added);
        TitleMeeting.find(text, index).filter(t -> meetings.stream().noneMatch(m -> m.participants().containsAll(t.participants())))
                .ifPresent(t -> meetings.add(0, t));
        headlineVisit(text, index, meetings);
        MeetingMerger merger = new MeetingMerger(key -> index.entity(key).map(e -> Gazetteer.INSTANCE.isWorldPlace(e.name())).orElse(false));
        return new Result(merger.merge(meetings), List.copyOf(added.values()));
    }

    /** How many times more often the story's principal is named than anyone else. */
    private static final double PRINCIPAL_LEAD = 1.5;

    /**
     * The person a story is about: the one it names (by name, title or pronoun) clearly most often, at least
     * {@link #PRINCIPAL_LEAD} times as often as anyone else; null when no one stands out so.
     */
    private static String principal(AnnotatedText text, EntityIndex index) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Sentence s : text.sentences()) {
            index.mentionsIn(s.index()).stream().filter(r -> r.type() == EntityType.PERSON).forEach(r -> counts.merge(r.key(), 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue() < PRINCIPAL_LEAD * ranked.get(1).getValue()) {
            return null;
        }
        return ranked.get(0).getKey();
    }

    /**
     * "Kenyan President Kenyatta to Visit White House": the headline names where the visitor is going, so a planned
     * meeting of the visitor that names no place of its own is there.
     */
    private static void headlineVisit(AnnotatedText text, EntityIndex index, List<Meeting> meetings) {
        if (text.sentences().isEmpty() || !Headline.isTitleLine(text, text.sentences().get(0))) {
            return;
        }
        Sentence h = text.sentences().get(0);
        List<MentionRef> named = index.mentionsIn(0);
        for (int i = 0; i + 1 < h.tokens().size(); i++) {
            if (!MeetingLexicon.lemma(h.tokens().get(i)).equals("visit")) {
                continue;
            }
            int after = i + 1;
            Optional<MentionRef> place = named.stream().filter(r -> r.type() != EntityType.PERSON && r.tokenStart() == after).findFirst();
            List<String> visitors = named.stream().filter(r -> r.type() == EntityType.PERSON && r.tokenEnd() <= after).map(MentionRef::key).toList();
            if (place.isEmpty() || visitors.isEmpty()) {
                return;
            }
            for (int k = 0; k < meetings.size(); k++) {
                Meeting m = meetings.get(k);
                if (m.place() == null && m.status() == MeetingStatus.PLANNED && m.participants().stream().anyMatch(visitors::contains)) {
                    meetings.set(k, m.withPlace(place.get().key()));
                }
            }
            return;
        }
    }

    /** How many sentences from the top the meeting that sets a story's town may be told in. */
    private static final int OPENING_REACH = 3;

    /**
     * Words of a journey: a meeting told with one is where the journey goes, not where the story is. Not a guest's
     * journey home ("before he flies home"), which leaves from the story's town.
     */
    private static final java.util.regex.Pattern JOURNEY_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:travel\\w*|visit\\w*|trip|fl(?:y|ies|ew)|abroad|journey)\\b(?!\\s+(?:home|back)\\b)");

    /**
     * A story told from one town: its dateline's ("ANKARA -"), else the town its headline puts the meeting in ("Mekong
     * leaders meet in Vientiane"), else the town of the meeting its opening reports ("during their annual
     * consultation in Hat Yai on Tuesday"). A meeting it tells later with no place of its own, no call and no
     * journey was held in that town ("A planned meeting between X and Y has been called off").
     */
    private void storyTown(AnnotatedText text, EntityIndex index, PlaceFinder places, List<Meeting> meetings,
            List<Integer> sentenceOf, Map<String, Entity> added) {
        Optional<String> town = places.dateline().map(PlaceFinder.Place::key).or(() -> headlineTown(text, index));
        for (int k = 0; town.isEmpty() && k < meetings.size() && sentenceOf.get(k) <= OPENING_REACH; k++) {
            Meeting m = meetings.get(k);
            String at = m.city() != null ? m.city() : m.place();
            boolean aTown = at != null && entity(index, added, at)
                    .filter(e -> e.type() == EntityType.PLACE && !venueName(e.name())).isPresent();
            town = m.status() == MeetingStatus.OCCURRED && aTown ? Optional.of(at) : Optional.empty();
        }
        town = town.or(places::leadTown); // "X is in New York for the General Assembly"
        boolean lead = places.dateline().isEmpty(); // where the opening puts its people, not where a request would meet
        if (town.isEmpty()) {
            return;
        }
        for (int k = 0; k < meetings.size(); k++) {
            Meeting m = meetings.get(k);
            boolean here = !remoteWords(m) && !JOURNEY_WORD.matcher(m.evidence().text()).find()
                    && !(lead && m.status() == MeetingStatus.PROPOSED);
            if (m.place() == null && here) {
                meetings.set(k, m.withPlace(town.get()));
            } else if (here && m.city() == null && !m.place().equals(town.get()) && venueWithoutTown(m.place(), index, added)
                    && knownTown(town.get(), index, added) && otherTowns(index, sentenceOf.get(k), town.get()).isEmpty()) {
                meetings.set(k, m.withPlace(m.place(), town.get())); // "received X at the ministry": the ministry in the story's town
            }
        }
    }

    /** The entity of a key, among the article's or those added for meetings' places. */
    private static Optional<Entity> entity(EntityIndex index, Map<String, Entity> added, String key) {
        return index.entity(key).or(() -> Optional.ofNullable(added.get(key)));
    }

    /**
     * Whether a meeting's place is a building or a body that sits somewhere ("the Foreign Ministry", "the KFU office",
     * "State House"), not a town, a country or a region: such a venue told without its town is in the story's town.
     */
    private boolean venueWithoutTown(String key, EntityIndex index, Map<String, Entity> added) {
        Optional<Entity> e = entity(index, added, key);
        return e.filter(x -> !Gazetteer.INSTANCE.isWorldPlace(x.name()) && !Gazetteer.INSTANCE.isKnownPlace(x.name())
                && buildingWord(x.name())).isPresent();
    }

    /** Whether any word of a name is a word for a building or a body that sits in one: "Ministry of Commerce", "KFU office". */
    private boolean buildingWord(String name) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).replace("'s", "").split("[\\s-]+")) {
            if (words.list("venue").contains(w) || words.list("landmark").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place is a town the gazetteer knows, whatever its case ("ROME", "Phnom Penh"). */
    private static boolean knownTown(String key, EntityIndex index, Map<String, Entity> added) {
        return entity(index, added, key).map(Entity::name)
                .filter(n -> Gazetteer.INSTANCE.isKnownPlace(n) || Gazetteer.INSTANCE.isWorldPlaceFolded(n)).isPresent();
    }

    /**
     * The towns other than {@code town} that sentence {@code sentence} names ("met at the Ledra Palace, a spokesperson in
     * Nicosia said"): known places that are not countries.
     */
    private static List<String> otherTowns(EntityIndex index, int sentence, String town) {
        return index.mentionsIn(sentence).stream().filter(r -> r.type() == EntityType.PLACE && !r.key().equals(town))
                .filter(r -> index.entity(r.key()).map(Entity::name)
                        .filter(n -> Gazetteer.INSTANCE.isKnownPlace(n) && Gazetteer.INSTANCE.demonym(n).isEmpty()).isPresent())
                .map(MentionRef::key).toList();
    }

    /** "the Green Palace", "Hrushevskoho Street": a place's name that ends in a word for a building or a street. */
    private boolean venueName(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return words.list("venue").contains(last) || words.list("landmark").contains(last) || name.contains(" ") && last.equals("zone");
    }

    /** "Mekong leaders meet in Vientiane": the town a headline says its story happens in. */
    private Optional<String> headlineTown(AnnotatedText text, EntityIndex index) {
        if (text.sentences().isEmpty() || !Headline.isTitleLine(text, text.sentences().get(0))) {
            return Optional.empty();
        }
        List<Token> h = text.sentences().get(0).tokens();
        for (MentionRef r : index.mentionsIn(0)) {
            boolean in = r.tokenStart() > 0 && h.get(r.tokenStart() - 1).text().equals("in");
            if (in && r.type() == EntityType.PLACE && index.entity(r.key()).filter(e -> !venueName(e.name())).isPresent()) {
                return Optional.of(r.key());
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern DEFINITE_DELEGATION = java.util.regex.Pattern.compile(
            "(?i)the (?:visiting )?(?:delegation|mission|team)");
    /** How many sentences back "the delegation" may find the meeting whose delegation had no names. */
    private static final int DELEGATION_REACH = 6;

    /**
     * "X received a delegation of dockers. The delegation, led by A and B, was also received by C": the people
     * leading "the delegation" were in the meeting before, whose delegation had no names.
     */
    private static void delegationLeaders(EntityIndex index, MeetingCandidate c, List<Meeting> meetings, List<Integer> sentenceOf) {
        int last = meetings.size() - 1;
        Sentence s = c.clause().sentence();
        if (last < 0 || s.index() - sentenceOf.get(last) > DELEGATION_REACH || sentenceOf.get(last) == s.index()
                || c.participants().groups().stream().noneMatch(g -> DEFINITE_DELEGATION.matcher(g).matches())
                || meetings.get(last).groups().stream().noneMatch(g -> g.toLowerCase(java.util.Locale.ROOT).contains("delegation"))) {
            return;
        }
        List<Token> t = s.tokens();
        for (int i = 1; i < c.clause().trigger(); i++) {
            if (ParticipantFinder.ledByAt(t, i)) {
                int by = i;
                List<String> leaders = index.mentionsIn(s.index()).stream()
                        .filter(r -> r.type() == EntityType.PERSON && r.tokenStart() > by && r.tokenEnd() <= c.clause().trigger())
                        .map(MentionRef::key).distinct().toList();
                if (!leaders.isEmpty()) {
                    meetings.set(last, MeetingMerger.join(meetings.get(last), new Participants(leaders, List.of(), 0)));
                }
                return;
            }
        }
    }

    private static final java.util.regex.Pattern EACH = java.util.regex.Pattern.compile("(?i)\\b(?:each|separate|separately|individually)\\b");
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "(?i)(?:the|all|all the) (" + String.join("|", MeetingLexicon.COUNTS) + ") (\\p{L}+?)s");

    /** "both ministers", "both the governors": the group "the two ministers", "the two governors". */
    private static java.util.regex.Matcher counted(String group) {
        return COUNTED.matcher(group.replaceFirst("(?i)^both (?:the )?", "the two "));
    }
    /** How many sentences back the members of "the three mayors" may be named. */
    private static final int COUNTED_REACH = 6;

    /**
     * "Lind will hold separate calls with each of the three mayors": when the article named exactly that many
     * people in a sentence that speaks of the group ("the mayors of Arnhem, Ede and Zeist, Tom Baars, Lotte
     * Vink and Jan Smit"), they are the group; with "each" or "separate" the meeting is one per member.
     */
    private static List<Meeting> countedGroup(AnnotatedText text, EntityIndex index, MeetingCandidate c, Meeting m) {
        for (String g : m.groups()) {
            java.util.regex.Matcher x = counted(g);
            if (!x.matches()) {
                continue;
            }
            int n = MeetingLexicon.COUNTS.indexOf(x.group(1).toLowerCase(java.util.Locale.ROOT)) + 2;
            String head = x.group(2).toLowerCase(java.util.Locale.ROOT);
            int at = c.clause().sentence().index();
            for (int k = at - 1; k >= Math.max(0, at - COUNTED_REACH); k--) {
                Sentence s = text.sentences().get(k);
                java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>();
                index.mentionsIn(k).stream().filter(r -> r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME
                        && !m.participants().contains(r.key())).forEach(r -> named.add(r.key()));
                if (named.size() == n && s.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern.quote(head) + "s?\\b.*")) {
                    List<String> groups = m.groups().stream().filter(h -> !h.equals(g)).toList();
                    boolean each = each(c.clause().sentence());
                    if (!each) {
                        List<String> all = new ArrayList<>(m.participants());
                        all.addAll(named);
                        return List.of(m.withParticipants(all, groups));
                    }
                    List<Meeting> out = new ArrayList<>();
                    for (String member : named) {
                        List<String> one = new ArrayList<>(m.participants());
                        one.add(member);
                        out.add(m.withParticipants(one, groups));
                    }
                    return out;
                }
            }
            List<String> holders = roleHolders(index, at, head, m.participants());
            if (holders.size() == n && !each(c.clause().sentence())) {
                List<String> all = new ArrayList<>(m.participants()); // "receive all three governors", named one by one before
                all.addAll(holders);
                return List.of(m.withParticipants(all, m.groups().stream().filter(h -> !h.equals(g)).toList()));
            }
        }
        return List.of(m);
    }

    /** Whether a role is one of {@code head}'s: "governor" and "West Java governor", not "deputy governor". */
    private static boolean holds(String role, String head) {
        return (role.equals(head) || role.endsWith(" " + head)) && !role.matches(".*\\b(?:deputy|vice|assistant|former|acting)\\b.*");
    }

    /**
     * "The two governors agreed to meet", "the three mayors": when exactly that many people named before hold
     * that role, they are the group; else none.
     */
    private static List<String> countedHolders(MeetingCandidate c, EntityIndex index) {
        for (String g : c.participants().groups()) {
            java.util.regex.Matcher x = counted(g);
            if (x.matches()) {
                int n = MeetingLexicon.COUNTS.indexOf(x.group(1).toLowerCase(java.util.Locale.ROOT)) + 2;
                List<String> holders = roleHolders(index, c.clause().sentence().index(), x.group(2).toLowerCase(java.util.Locale.ROOT),
                        c.participants().keys());
                if (holders.size() == n) {
                    return holders;
                }
            }
        }
        return List.of();
    }

    /** "each of", "separate", "individually" in a sentence; not an opening "Separately," (which only moves to other news). */
    private static boolean each(Sentence s) {
        return EACH.matcher(s.text().replaceFirst("^\\s*(?i:separately),", "")).find();
    }

    /** The people named before sentence {@code before} whose role ends with {@code head} ("governor"), others than {@code except}. */
    private static List<String> roleHolders(EntityIndex index, int before, String head, List<String> except) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int k = 0; k < before; k++) {
            for (MentionRef r : index.mentionsIn(k)) {
                if (r.type() == EntityType.PERSON && !except.contains(r.key()) && index.entity(r.key())
                        .filter(e -> e.roles().stream().anyMatch(role -> holds(role, head))).isPresent()) {
                    out.add(r.key());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * "X, who had sought a meeting with Y for months, is due to meet him on Thursday": a request and, later in
     * the same sentence, a planned meeting of the same people are one meeting, the request granted. The planned
     * one takes the request's place. Not a request told after the plan ("will meet Y on Monday and has asked for
     * a second meeting in May"), which is one more meeting.
     */
    private static void grantedRequest(int firstNew, List<Meeting> meetings, List<Integer> sentenceOf) {
        for (int k = firstNew; k < meetings.size(); k++) {
            if (meetings.get(k).status() != MeetingStatus.PROPOSED) {
                continue;
            }
            for (int j = k + 1; j < meetings.size(); j++) {
                Meeting asked = meetings.get(k);
                Meeting planned = meetings.get(j);
                if (planned.status() == MeetingStatus.PLANNED && MeetingMerger.same(asked.withStatus(MeetingStatus.PLANNED), planned)) {
                    meetings.set(k, MeetingMerger.combine(planned, asked));
                    meetings.remove(j);
                    sentenceOf.remove(j);
                    break;
                }
            }
        }
    }

    /** How many sentences back "invited X to join the talks" may find the talks. */
    private static final int INVITED_REACH = 6;

    /**
     * "X had invited Y to join the talks", "Y was invited to the meeting but declined": the meeting offered is
     * with the principals of the last meeting told of (its first two people). The meetings this sentence made
     * of the invitation take them in, with the invitation's status (or, for "took the opportunity to invite
     * him to join the call", the status of the meeting joined); when it made none, it is one of its own, on
     * the day and at the place of the meeting it refers to.
     */
    private void invitedToJoin(Sentence s, int firstNew, ParticipantFinder participants, StatusFinder status,
            List<Meeting> meetings, List<Integer> sentenceOf) {
        Optional<InvitedToJoin.Invitation> found = invitations.find(s);
        if (found.isEmpty() || firstNew == 0) {
            return;
        }
        InvitedToJoin.Invitation inv = found.get();
        Participants invited = participants.named(s, inv.from(), inv.to());
        Meeting earlier = s.index() - sentenceOf.get(firstNew - 1) <= INVITED_REACH ? lastWithPair(meetings.subList(0, firstNew)) : null;
        for (int k = firstNew - 1; k >= 0 && s.index() - sentenceOf.get(k) <= PAIR_REACH; k--) {
            if (meetings.get(k).participants().size() >= 2 && meetings.get(k).participants().stream().anyMatch(invited.keys()::contains)) {
                earlier = meetings.get(k); // the inviter's own meeting: "X invited Y to join the two leaders"
                break;
            }
        }
        List<String> principals = earlier == null || earlier.participants().size() < 2 ? List.of() : earlier.participants().subList(0, 2);
        if (principals.isEmpty() || invited.keys().isEmpty() || principals.containsAll(invited.keys())) {
            return;
        }
        List<String> people = new ArrayList<>(principals);
        people.addAll(invited.keys());
        MeetingStatus st = status.status(MeetingClause.around(s, inv.verb(), words));
        if (st == MeetingStatus.OCCURRED) {
            return;
        }
        boolean joined = false;
        for (int k = firstNew; k < meetings.size(); k++) {
            Meeting m = meetings.get(k);
            if (m.participants().stream().anyMatch(invited.keys()::contains)) {
                List<String> all = new ArrayList<>(people);
                all.addAll(m.participants());
                Meeting more = m.withParticipants(new ArrayList<>(new java.util.LinkedHashSet<>(all)), m.groups());
                meetings.set(k, more.withStatus(inv.purpose(s) ? earlier.status() : st));
                joined = true;
            }
        }
        if (!joined) {
            meetings.add(new Meeting(people, List.of(), earlier.place(), earlier.city(), earlier.date(), earlier.dateText(), st,
                    s.tokens().get(inv.verb()).text(), earlier.topics(), new Evidence(s.start(), s.end(), s.text()), 0.5));
            sentenceOf.add(s.index());
        }
    }

    private static final java.util.regex.Pattern ACCEPTED = java.util.regex.Pattern.compile(
            "(?i)\\baccept(?:ed|s)? (?:the|an|his|her|their|this|that) (?:\\w+ )?(?:invitation|offer)\\b|\\b(?:invitation|offer)\\b[^.;]*\\bwhich (?:was|he|she|they) accepted\\b|\\blook(?:ed|s)? forward to (?:meeting|the visit|welcoming|hosting)"
            + "|\\b(?:invit|request|ask|sought|seek)\\w*\\b[^.;]*\\band (?:he|she|they|we|i) (?:has |have |had )?(?:accepted|agreed)\\b");

    /**
     * "X accepted the offer; Y said it would study the proposal", "Y is still considering the request": one side's yes
     * while the other has yet to answer leaves the meeting proposed.
     */
    private static final java.util.regex.Pattern STILL_PENDING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:would|will|to) [\"\u201C]?(?:study|consider|review|examine|think about|look into)\\b|\\b(?:is|are|was|were) (?:still )?"
            + "(?:studying|considering|reviewing|examining)\\b|\\byet to (?:respond|reply|answer|decide|accept)\\b");

    /**
     * "The Prime Minister accepted the invitation", "looked forward to meeting", "invited him to talks, and he
     * accepted", "asked for a meeting, and she has agreed to see him": an offered meeting is now planned, unless the
     * sentence says someone is still weighing it ({@link #STILL_PENDING}).
     */
    private static void acceptInvitation(Sentence s, List<Meeting> meetings, List<Integer> sentenceOf) {
        int last = meetings.size() - 1;
        if (last < 0 || s.index() - sentenceOf.get(last) > 1 || !ACCEPTED.matcher(s.text()).find() || STILL_PENDING.matcher(s.text()).find()) {
            return;
        }
        Meeting m = meetings.get(last);
        if (m.status() == MeetingStatus.PROPOSED || m.status() == MeetingStatus.OCCURRED && sentenceOf.get(last) == s.index()
                && s.text().toLowerCase(java.util.Locale.ROOT).contains("forward to")) {
            meetings.set(last, m.withStatus(MeetingStatus.PLANNED));
        }
    }

    /**
     * "X and Y were due to meet on Friday. The talks were later called off.", "X had invited me to Riga in May. It was
     * called off.": the meetings planned or offered in the sentence before, which told of no other, fell through
     * ({@link CalledOffLater}).
     */
    private void calledOffLater(Sentence s, List<Meeting> meetings, List<Integer> sentenceOf) {
        int last = meetings.size() - 1;
        if (last < 0 || s.index() - sentenceOf.get(last) != 1 || !CalledOffLater.opens(s, words)) {
            return;
        }
        for (int k = last; k >= 0 && sentenceOf.get(k).equals(sentenceOf.get(last)); k--) {
            Meeting m = meetings.get(k);
            if (m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.PROPOSED) {
                meetings.set(k, m.withStatus(MeetingStatus.CANCELLED));
            }
        }
    }

    /** How many sentences after a meeting with a group its members may be named. */
    private static final int MEMBER_REACH = 3;

    /**
     * "X met the federation's nine regional governors ... Coastal Governor Pavel Krol called the offer an
     * insult": a person named soon after, whose role is the group's head noun, is one of the group; so are those a
     * sentence lists as the group ("The envoys are A, B and C", see {@link GroupListed}). Not when
     * the sentence says someone was absent ("was not at the meeting").
     */
    private static void addGroupMembers(AnnotatedText text, EntityIndex index, Sentence s, List<Meeting> meetings, List<Integer> sentenceOf) {
        int last = meetings.size() - 1;
        if (last < 0 || sentenceOf.get(last) == s.index() || s.index() - sentenceOf.get(last) > MEMBER_REACH
                || meetings.get(last).groups().isEmpty() || absence(s)) {
            return;
        }
        Meeting m = meetings.get(last);
        java.util.Set<String> heads = new java.util.HashSet<>();
        Sentence told = text.sentences().get(sentenceOf.get(last));
        for (String g : m.groups()) {
            if (GroupOfPlaces.in(told, g).isPresent()) {
                continue; // "the governors of A, B and C": only those of A, B and C, found by their places
            }
            String[] w = g.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            String head = w[w.length - 1];
            heads.add(head.endsWith("s") ? head.substring(0, head.length() - 1) : head);
        }
        List<String> members = new ArrayList<>();
        for (MentionRef r : index.mentionsIn(s.index())) {
            if (r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && !m.participants().contains(r.key())) {
                index.entity(r.key()).filter(e -> e.roles().stream().anyMatch(role -> {
                    String[] w = role.split(" ");
                    return heads.contains(w[w.length - 1]);
                })).ifPresent(e -> members.add(e.key()));
            }
        }
        members.addAll(toldParticipant(index, s, m).stream().filter(k -> !members.contains(k)).toList());
        members.addAll(GroupListed.members(s, index, MeetingLexicon.shared()).stream().filter(k -> !members.contains(k) && !m.participants().contains(k)).toList());
        if (!members.isEmpty()) {
            meetings.set(last, MeetingMerger.join(m, new Participants(members, List.of(), members.size())));
        }
    }

    /**
     * "The growers' spokeswoman, Ana Ruiz, told the minister that ...": one named after a meeting with a group
     * who tells a participant something (the participant right after "told", by name, title or pronoun) was
     * at the meeting, one of the group.
     */
    private static List<String> toldParticipant(EntityIndex index, Sentence s, Meeting m) {
        List<Token> t = s.tokens();
        List<MentionRef> refs = index.mentionsIn(s.index()).stream().filter(r -> r.type() == EntityType.PERSON).toList();
        List<String> out = new ArrayList<>();
        for (MentionRef r : refs) {
            if (r.kind() != MentionRef.Kind.NAME || m.participants().contains(r.key())) {
                continue;
            }
            int told = r.tokenEnd() < t.size() && t.get(r.tokenEnd()).text().equals(",") ? r.tokenEnd() + 1 : r.tokenEnd();
            if (told < t.size() && t.get(told).text().equalsIgnoreCase("told")
                    && refs.stream().anyMatch(o -> o.tokenStart() == told + 1 && m.participants().contains(o.key()))) {
                out.add(r.key());
            }
        }
        return out;
    }

    private static boolean absence(Sentence s) {
        String t = s.text().toLowerCase(java.util.Locale.ROOT);
        return t.contains("not at the") || t.contains("not attend") || t.contains("n't attend") || t.contains("absent")
                || t.contains("not present") || t.contains("stayed away") || t.contains("boycott");
    }

    /**
     * "The meeting, held at the community hall, ...", "The talks in Doha on Monday lasted four hours": a
     * sentence opening with the meeting just reported gives its place (and date) when it had none of its own.
     */
    private void refineLast(Sentence s, List<Meeting> meetings, List<Integer> sentenceOf, PlaceFinder places, MeetingDates dates,
            Map<String, Entity> added) {
        int last = meetings.size() - 1;
        if (last < 0 || sentenceOf.get(last) == s.index() || s.index() - sentenceOf.get(last) > JOIN_REACH || s.tokens().size() < 3) {
            return;
        }
        Token det = s.tokens().get(0);
        Token noun = s.tokens().get(1);
        if (!det.text().equalsIgnoreCase("the") || !MeetingLexicon.pos(noun).equals("NOUN") || !words.trigger(noun, det, null)
                .filter(t -> t.kind() == MeetingLexicon.Kind.NOUN).isPresent()) {
            return;
        }
        MeetingClause cl = MeetingClause.around(s, 1, words);
        Meeting m = meetings.get(last);
        Optional<String> dateline = places.dateline().map(PlaceFinder.Place::key);
        Optional<PlaceFinder.Place> place = places.place(cl, 0).filter(p -> !dateline.equals(Optional.of(p.key())));
        boolean held = s.tokens().size() > 3 && s.tokens().get(2).text().equals(",") && s.tokens().get(3).text().equalsIgnoreCase("held");
        if (place.isPresent() && (m.place() == null || dateline.equals(Optional.of(m.place())) || held)) {
            place.map(PlaceFinder.Place::added).ifPresent(e -> added.putIfAbsent(e.key(), e));
            meetings.set(last, m.withPlace(place.get().key(), place.get().city()));
        }
    }

    /**
     * "The meeting, called by club president X, was also attended by Y and Z": a sentence opening with "The"
     * and a meeting noun, right after a meeting, speaks of that meeting; its people join it.
     */
    private boolean sameMeetingAgain(MeetingCandidate c, List<Meeting> meetings, List<Integer> sentenceOf) {
        MeetingClause cl = c.clause();
        Sentence s = cl.sentence();
        if (meetings.isEmpty() || cl.trigger() != 1 || s.tokens().size() < 3 || !s.tokens().get(0).text().equals("The")
                || !s.tokens().get(2).text().equals(",") || c.trigger().kind() != MeetingLexicon.Kind.NOUN) {
            return false;
        }
        int distance = s.index() - sentenceOf.get(sentenceOf.size() - 1);
        return distance >= 1 && distance <= JOIN_REACH;
    }

    private static final Set<String> BE_ALSO = Set.of("was", "were", "also", "later");

    /** Participles that, after "was" and before "by", name those at a meeting: "attended by", "chaired by". */
    private static final Set<String> ATTENDED = Set.of("attended", "chaired", "joined");

    /** How many words of a place or time phrase may stand between the meeting noun and "was attended by". */
    private static final int ATTENDED_PHRASE = 8;

    /**
     * "The State House talks were also attended by A and B", "The meeting in the Cabinet Room was chaired by A and
     * attended by B": a sentence opening with "The", a few words and a meeting noun that was attended (or chaired)
     * by people speaks of the latest meeting told of by that noun, else of the meeting told of just before; its
     * index, or -1.
     */
    private static int attendedAgain(MeetingCandidate c, List<Meeting> meetings, List<Integer> sentenceOf) {
        MeetingClause cl = c.clause();
        List<Token> t = cl.sentence().tokens();
        if (c.trigger().kind() != MeetingLexicon.Kind.NOUN || cl.trigger() > 4 || !t.get(0).text().equals("The") || c.participants().keys().isEmpty()) {
            return -1;
        }
        int k = Attendance.afterRelative(t, afterAdjunct(t, cl.trigger() + 1));
        while (k < t.size() && BE_ALSO.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            k++;
        }
        if (k + 1 >= t.size() || !ATTENDED.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT)) || !t.get(k + 1).text().equalsIgnoreCase("by")) {
            return -1;
        }
        String noun = MeetingLexicon.lemma(t.get(cl.trigger()));
        for (int i = meetings.size() - 1; i >= 0 && cl.sentence().index() - sentenceOf.get(i) <= NAMED_JOIN_REACH; i--) {
            String trigger = meetings.get(i).trigger().toLowerCase(java.util.Locale.ROOT);
            if (trigger.equals(noun) || trigger.equals(noun + "s")) {
                return i;
            }
        }
        int last = meetings.size() - 1;
        return last >= 0 && cl.sentence().index() - sentenceOf.get(last) <= JOIN_REACH ? last : -1;
    }

    /**
     * "The meeting in the Governor's Cabinet Room was": the token after a place or time phrase that follows the
     * meeting noun up to "was" or "were" ({@code from} itself when no such phrase stands there).
     */
    private static int afterAdjunct(List<Token> t, int from) {
        if (from >= t.size() || !MeetingLexicon.pos(t.get(from)).equals("ADP")) {
            return from;
        }
        for (int k = from + 1; k < Math.min(t.size(), from + ATTENDED_PHRASE); k++) {
            String w = t.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("was") || w.equals("were")) {
                return k;
            }
            if (w.equals(",") || Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t.get(k)))) {
                return from;
            }
        }
        return from;
    }

    /** Words that put a meeting at the occasion just told, not only on its day: "then met", "after the talks". */
    private static final java.util.regex.Pattern SAME_OCCASION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:then|(?:before|after|during) the (?:talks|meeting|summit|dinner|lunch|ceremony))\\b");

    private static final java.util.regex.Pattern SAME_DAY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:later|earlier|afterwards|then|(?:on )?(?:the )?same (?:day|morning|afternoon|evening|night)|"
            + "that (?:morning|afternoon|evening|night)|(?:in|for) the (?:morning|afternoon|evening)|"
            + "(?:before|after|during|following) the (?:talks|meeting|visit|summit|dinner|lunch|ceremony))\\b");

    /**
     * "X was later received by Y", "Before the talks, X met Y", "on the same day", "In the afternoon X met Y": a
     * meeting this sentence adds without a day of its own took place (or was to, "had been planned for the afternoon
     * but was called off") on the day of the meeting reported before it, in its town rather than the dateline's;
     * at its venue when that has no known town and the words tie the two to one occasion ("The delegations then met"). The words may open the sentence before,
     * when that one told of no meeting ("On the same day, consultations were held. The Turkmen side was headed by X").
     */
    private static void sameDay(Sentence s, Sentence previous, List<Meeting> meetings, List<Integer> sentenceOf, EntityIndex index,
            Optional<String> dateline) {
        int last = meetings.size() - 1;
        if (last < 1 || sentenceOf.get(last) != s.index()
                || meetings.get(last).status() != MeetingStatus.OCCURRED && meetings.get(last).status() != MeetingStatus.CANCELLED) {
            return;
        }
        boolean cuedBefore = previous != null && !sentenceOf.contains(previous.index()) && SAME_DAY.matcher(previous.text()).find();
        if (!SAME_DAY.matcher(s.text()).find() && !cuedBefore) {
            return;
        }
        for (int k = last - 1; k >= 0; k--) {
            Meeting before = meetings.get(k);
            if (sentenceOf.get(k) < s.index() && (before.date() != null || before.place() != null)) {
                if (before.status() == MeetingStatus.PROPOSED || before.status() == MeetingStatus.PLANNED) {
                    continue; // "X conveyed an invitation to visit Busan. Earlier in the day, X met Y": the day is the last one told
                }
                if (before.status() != MeetingStatus.OCCURRED) {
                    return;
                }
                String town = null;
                for (int b = k; b >= 0 && town == null; b--) { // the town of that day: maybe of an earlier meeting that day
                    Meeting same = meetings.get(b);
                    if (b == k || same.status() == MeetingStatus.OCCURRED && java.util.Objects.equals(same.date(), before.date())) {
                        town = townOf(same, index);
                    }
                }
                java.time.LocalDate day = before.date();
                for (int b = k - 1; b >= 0 && day == null; b--) { // the day of that meeting, else of the last one with a day
                    day = meetings.get(b).status() == MeetingStatus.OCCURRED ? meetings.get(b).date() : null;
                }
                for (int j = last; j >= 0 && sentenceOf.get(j) == s.index(); j--) {
                    Meeting m = meetings.get(j);
                    if (m.date() == null && day != null) {
                        m = m.withDate(day, null);
                    }
                    boolean onlyDateline = m.place() != null && m.city() == null && dateline.equals(Optional.of(m.place()));
                    boolean sameVenue = before.place() != null && (m.place() == null || onlyDateline) && !remoteWords(m)
                            && (SAME_OCCASION.matcher(s.text()).find() || before.city() != null && before.city().equals(town)
                            && !JOURNEY_WORD.matcher(s.text()).find() && HostVenue.hostStays(s, before, m, index));
                    if (sameVenue) { // "The delegations then met", "Later, X met the premier": where the one before was held
                        m = m.withPlace(before.place(), before.city());
                    } else if (town != null && (m.place() == null || onlyDateline) && !remoteWords(m)) { // the day's town, not the desk's
                        m = m.withPlace(town);
                    } else if (town != null && m.city() == null && m.place() != null && !m.place().equals(town)
                            && index.entity(m.place()).filter(e -> Gazetteer.INSTANCE.isWorldPlace(e.name())).isEmpty()) {
                        m = m.withPlace(m.place(), town); // "was later received by Y at the government building"
                    }
                    meetings.set(j, m);
                }
                return;
            }
        }
    }

    /** The town a meeting was held in: its venue's town, or its place when that is a town. */
    private static String townOf(Meeting m, EntityIndex index) {
        return m.city() != null ? m.city() : m.place() != null && index.entity(m.place())
                .filter(e -> Gazetteer.INSTANCE.isKnownPlace(e.name())).isPresent() ? m.place() : null;
    }

    /**
     * "X met Y on Tuesday. Y said the talks went well. The day before, Y was received by Z": a meeting whose own
     * words count days from the day named before ("the following day", "two days later"), where its sentence and
     * the one before name no day, counts them from the day of the last meeting reported before it with a day.
     */
    private static void dayFromCue(Sentence s, List<Meeting> meetings, List<Integer> sentenceOf) {
        for (int j = meetings.size() - 1; j >= 0 && sentenceOf.get(j) == s.index(); j--) {
            Meeting m = meetings.get(j);
            java.util.Optional<Integer> days = m.date() == null ? MeetingDates.daysAfterNamed(m.dateText()) : java.util.Optional.empty();
            for (int k = j - 1; days.isPresent() && k >= 0; k--) {
                if (sentenceOf.get(k) < s.index() && meetings.get(k).date() != null) {
                    meetings.set(j, m.withDate(meetings.get(k).date().plusDays(days.get()), m.dateText()));
                    break;
                }
            }
        }
    }

    private static final java.util.regex.Pattern DAYS_APART = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|a|one|two|three) days? (after|before)\\b");

    /**
     * "The talks came a day after X had lunch with Y": a meeting this sentence adds without a day named in it
     * lies that many days before (or after) the meeting reported before it.
     */
    private static void daysApart(Sentence s, List<Meeting> meetings, List<Integer> sentenceOf) {
        int last = meetings.size() - 1;
        java.util.regex.Matcher x = DAYS_APART.matcher(s.text());
        Meeting m = last < 0 ? null : meetings.get(last);
        boolean ownDay = m != null && m.date() != null && m.dateText() != null && s.text().contains(m.dateText());
        if (last < 1 || sentenceOf.get(last) != s.index() || ownDay || !x.find()) {
            return;
        }
        String n = x.group().toLowerCase(java.util.Locale.ROOT).split(" ")[0];
        int days = n.equals("two") ? 2 : n.equals("three") ? 3 : 1;
        for (int k = last - 1; k >= 0; k--) {
            Meeting before = meetings.get(k);
            if (sentenceOf.get(k) < s.index() && before.date() != null) {
                // "came a day after X met Y": X met Y the day before the meeting told of before
                java.time.LocalDate d = x.group(1).equalsIgnoreCase("after") ? before.date().minusDays(days) : before.date().plusDays(days);
                meetings.set(last, meetings.get(last).withDate(d, x.group()));
                return;
            }
        }
    }

    /** How many sentences back a meeting told without any day may find the meeting whose day it shares. */
    private static final int STORY_DAY_REACH = 2;

    /** "has met", "had held talks": a perfect tells of some earlier time, not of the story's day. */
    private static final java.util.regex.Pattern PERFECT = java.util.regex.Pattern.compile("(?i)\\b(?:has|have|had|'ve|'d)\\b");

    /** Words that add a meeting to the day's round just told: "X also met Y", "In a related context, X received Y". */
    private static final java.util.regex.Pattern SAME_STORY = java.util.regex.Pattern.compile(
            "(?i)\\balso\\b|^\\s*in (?:a|the) (?:related|same) context\\b");

    /**
     * "Aksoylu met al-Sudairi on Tuesday. ... Aksoylu told a news conference after the two ministers held talks at
     * the Foreign Ministry": a meeting held (not planned, not in a perfect) that this sentence tells without any
     * word of time is on the day of a meeting with a day, told at most {@link #STORY_DAY_REACH} sentences before,
     * that shares a participant with it: the story goes on with the same person's same day. A sentence that adds the
     * meeting to the round told before ({@link #SAME_STORY}: "The Secretary-General also spoke by phone with X", "In a
     * related context, the minister received Y") takes the day of the last held meeting with a day, however far back
     * and whoever held it.
     */
    private static void storyDay(Sentence s, int firstNew, List<Meeting> meetings, List<Integer> sentenceOf) {
        if (PERFECT.matcher(s.text()).find()) {
            return;
        }
        for (int j = firstNew; j < meetings.size(); j++) {
            Meeting m = meetings.get(j);
            if (sentenceOf.get(j) != s.index() || m.status() != MeetingStatus.OCCURRED || m.date() != null || m.dateText() != null) {
                continue;
            }
            boolean also = SAME_STORY.matcher(s.text()).find();
            for (int k = firstNew - 1; k >= 0 && (also || s.index() - sentenceOf.get(k) <= STORY_DAY_REACH); k--) {
                Meeting before = meetings.get(k);
                if (before.status() == MeetingStatus.OCCURRED && before.date() != null
                        && (also || before.participants().stream().anyMatch(m.participants()::contains))) {
                    meetings.set(j, m.withDate(before.date(), null));
                    break;
                }
            }
        }
    }

    /** How many sentences after a lead of "separate meetings" the meetings it sums up may be told. */
    private static final int SEPARATE_REACH = 4;

    /** Words before the people that attend a meeting without being a side of it: "in the presence of A". */
    private static final List<List<String>> ATTENDED_BEFORE = List.of(List.of("presence", "of"), List.of("attended", "by"),
            List.of("participation", "of"));

    /** Sentence openings that move to other news. */
    private static final java.util.regex.Pattern OTHER_NEWS = java.util.regex.Pattern.compile("(?i)^\\s*(?:separately|meanwhile|in other news|elsewhere)\\b");

    /**
     * "X held separate meetings with the leaders of two parties, with Finance Minister A in attendance. A
     * delegation of B called on the prime minister... Later C met the premier": the lead sums up the meetings
     * told next, so A, who attended them without being a side, is at each one of them with X that is told in
     * the next few sentences, on the same day, face to face, until the story moves on ("Meanwhile,").
     */
    private static void separateAttendees(AnnotatedText text, EntityIndex index, List<Meeting> meetings, List<Integer> sentenceOf) {
        for (int k = 0; k < meetings.size(); k++) {
            Sentence lead = text.sentences().get(sentenceOf.get(k));
            Meeting m = meetings.get(k);
            if (!each(lead) || !m.trigger().toLowerCase(java.util.Locale.ROOT).matches(".*(?:meetings|talks|consultations|separately).*")
                    && !lead.text().toLowerCase(java.util.Locale.ROOT).contains("separately")) {
                continue;
            }
            List<String> present = attendeesIn(lead, index).stream().filter(m.participants()::contains).toList();
            List<String> hosts = m.participants().stream().filter(p -> !present.contains(p)).toList();
            if (present.isEmpty() || hosts.size() != 1) {
                continue;
            }
            for (int j = k + 1; j < meetings.size() && sentenceOf.get(j) - sentenceOf.get(k) <= SEPARATE_REACH; j++) {
                Meeting later = meetings.get(j);
                if (sentenceOf.get(j).equals(sentenceOf.get(k))) {
                    continue;
                }
                boolean movedOn = false;
                for (int x = sentenceOf.get(k) + 1; x <= sentenceOf.get(j); x++) {
                    movedOn |= OTHER_NEWS.matcher(text.sentences().get(x).text()).find();
                }
                if (movedOn) {
                    break;
                }
                if (later.participants().contains(hosts.get(0)) && later.status() == m.status() && !remoteWords(later)
                        && (later.date() == null || later.date().equals(m.date()))
                        && !later.participants().containsAll(present)) {
                    meetings.set(j, MeetingMerger.join(later, new Participants(present, List.of(), 0)));
                }
            }
        }
    }

    /**
     * The people a sentence names as attending rather than meeting: "with A in attendance", "with A present",
     * "in the presence of A", "attended by A and B".
     */
    private static List<String> attendeesIn(Sentence s, EntityIndex index) {
        List<Token> t = s.tokens();
        List<String> out = new ArrayList<>();
        for (MentionRef r : index.mentionsIn(s.index())) {
            if (r.type() != EntityType.PERSON) {
                continue;
            }
            String next = r.tokenEnd() < t.size() ? t.get(r.tokenEnd()).text().toLowerCase(java.util.Locale.ROOT) : "";
            String next2 = r.tokenEnd() + 1 < t.size() ? t.get(r.tokenEnd() + 1).text().toLowerCase(java.util.Locale.ROOT) : "";
            boolean after = next.equals("in") && next2.equals("attendance") || next.equals("present");
            boolean before = false;
            for (int i = r.tokenStart() - 1; i >= Math.max(1, r.tokenStart() - 6) && !before; i--) {
                String w = t.get(i).text().toLowerCase(java.util.Locale.ROOT);
                String w0 = t.get(i - 1).text().toLowerCase(java.util.Locale.ROOT);
                before = ATTENDED_BEFORE.contains(List.of(w0, w));
                if (w.equals(",") || w.equals("with")) {
                    break;
                }
            }
            if ((after || before) && !out.contains(r.key())) {
                out.add(r.key());
            }
        }
        return out;
    }

    /**
     * "The governors of A, B and C met X ... B Governor Y said": the people named with the office of a group for one
     * of its places join the meeting told of with that group (see {@link GroupOfPlaces}).
     */
    private static void officeHolders(AnnotatedText text, EntityIndex index, List<Meeting> meetings, List<Integer> sentenceOf) {
        for (int k = 0; k < meetings.size(); k++) {
            Sentence s = text.sentences().get(sentenceOf.get(k));
            for (String g : meetings.get(k).groups()) {
                Optional<GroupOfPlaces.Office> office = GroupOfPlaces.in(s, g);
                if (office.isPresent()) {
                    List<String> members = GroupOfPlaces.members(text, index, office.get(), s.index(), meetings.get(k).participants());
                    if (!members.isEmpty()) {
                        meetings.set(k, MeetingMerger.join(meetings.get(k), new Participants(members, List.of(), members.size())));
                    }
                }
            }
        }
    }

    /** Whether a meeting was a call or a video link, by the words of its sentence. */
    private static boolean remoteWords(Meeting m) {
        return remoteText(m.evidence().text());
    }

    /** The sentence before {@code s} when it is in the same paragraph or just before it, else null. */
    private static Sentence previous(AnnotatedText text, Sentence s) {
        return s.index() == 0 || Headline.is(text.sentences().get(s.index() - 1)) ? null : text.sentences().get(s.index() - 1);
    }

    /**
     * A meeting told of without two named people ("X met the leadership of the federation", "Tripartite talks
     * ended without agreement", "X chaired the meeting"), held so that a list of attendees right after it
     * ("Taking part were A, B and C") can complete it.
     *
     * @param candidate the meeting as far as its own sentence tells it, with the people added since
     * @param previous  the sentence before the one that told of it, or null
     * @param sentence  the sentence that told of it, or that last added people to it
     */
    private record Unfinished(MeetingCandidate candidate, Sentence previous, int sentence) {
        Unfinished with(Participants more, int at) {
            MeetingCandidate c = candidate;
            return new Unfinished(new MeetingCandidate(c.clause(), c.trigger(), c.participants().plus(more), false), previous, at);
        }
    }

    /**
     * The first meeting word of a sentence that made no meeting, as an unfinished meeting: with the people its
     * candidate had, or else the subjects of its clause ("The chief executive, X, sat down with the unions").
     * Not for a negated meeting word, nor for one that joins someone to a meeting told of before, nor, when
     * a meeting was reported shortly before, for "the meeting", "the talks" or "the two leaders held a
     * meeting", which speak of that one.
     */
    private Optional<Unfinished> unfinished(Sentence s, List<MeetingCandidate> found, ParticipantFinder participants,
            StatusFinder status, Sentence previous, boolean recent) {
        Optional<MeetingCandidate> own = found.stream().filter(c -> !c.joiner()).findFirst();
        if (own.isPresent()) {
            return recent && toldBefore(own.get()) ? Optional.empty() : Optional.of(new Unfinished(own.get(), previous, s.index()));
        }
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            Optional<MeetingLexicon.Trigger> t = words.trigger(s.tokens().get(i), i > 0 ? s.tokens().get(i - 1) : null,
                    i + 1 < s.tokens().size() ? s.tokens().get(i + 1) : null);
            if (t.isEmpty() || t.get().kind() == MeetingLexicon.Kind.JOIN || t.get().kind() == MeetingLexicon.Kind.DISCUSS) {
                continue;
            }
            MeetingClause cl = MeetingClause.around(s, i, words);
            MeetingCandidate c = new MeetingCandidate(cl, t.get(), participants.subjects(cl, i), false);
            return status.negated(cl) || recent && toldBefore(c) ? Optional.empty() : Optional.of(new Unfinished(c, previous, s.index()));
        }
        return Optional.empty();
    }

    /**
     * Whether the one meeting a sentence made is told by a definite meeting noun ("The audience was attended by A and
     * B", "The talks were attended by C") and so is the unfinished meeting told just before, with no meeting reported
     * since: its people were at it.
     */
    private static boolean namesPending(Unfinished pending, Sentence s, List<MeetingCandidate> found, int made, int before,
            List<Integer> sentenceOf) {
        if (pending == null || made != 1 || s.index() - pending.sentence() > JOIN_REACH || s.index() == pending.sentence()
                || before > 0 && sentenceOf.get(before - 1) >= pending.sentence()) {
            return false;
        }
        List<MeetingCandidate> own = found.stream().filter(c -> !c.joiner()).toList();
        return !own.isEmpty() && own.stream().allMatch(c -> c.trigger().kind() == MeetingLexicon.Kind.NOUN && definite(c.clause()));
    }

    /** "the talks", "the two leaders held a meeting": words that speak of a meeting already told. */
    private static boolean toldBefore(MeetingCandidate c) {
        return definite(c.clause()) || c.participants().groups().stream().anyMatch(g -> PAIR.matcher(g).lookingAt());
    }

    /** How many sentences back "X had been due to join the Perth talks" may reach for the talks it names. */
    private static final int NAMED_MISSED_REACH = 12;

    /** "had been due to join the Perth talks": the joiner names the meeting it joins, so it may be told further on. */
    private boolean namedMeeting(MeetingClause c) {
        List<Token> t = c.sentence().tokens();
        for (int k = c.trigger() + 1; k < Math.min(c.end(), c.trigger() + 5); k++) {
            if (words.trigger(t.get(k), t.get(k - 1)).filter(x -> x.kind() == MeetingLexicon.Kind.NOUN).isPresent()) {
                return definite(MeetingClause.around(c.sentence(), k, words));
            }
        }
        return false;
    }

    /**
     * "the meeting", "the State House talks", "that four-hour session", "Thursday's talks": a meeting word after a
     * definite determiner or a day's possessive.
     */
    private static boolean definite(MeetingClause c) {
        int k = c.trigger() - 1;
        while (k >= c.start() && c.trigger() - k <= 5 && Set.of("ADJ", "NOUN", "PROPN", "NUM").contains(MeetingLexicon.pos(c.token(k)))
                || k >= c.start() && c.token(k).text().startsWith("-")) { // "two-hour", split as "two" "-hour"
            k--;
        }
        boolean dayOf = k > c.start() && NameShape.isClitic(c.token(k).text()) && DAY_NAMES.contains(c.token(k - 1).text().toLowerCase(java.util.Locale.ROOT));
        return dayOf || k >= c.start() && Set.of("the", "this", "that", "these", "those").contains(c.token(k).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Days a meeting may be named by: "Thursday's talks", "yesterday's meeting". */
    private static final Set<String> DAY_NAMES = CalendarWords.with(CalendarWords.WEEKDAYS, "today", "yesterday", "tomorrow");

    /**
     * "Also present were A and B": people the sentence adds to the meeting just reported (or told of in it).
     * When an unfinished meeting was told of after that one, and just before, they complete it instead (in
     * their own sentence only when no meeting was reported just before: "The contractor was also present, and
     * the three had lunch afterwards" adds to the meeting before); the unfinished meeting that is left is returned.
     */
    private static Unfinished addAttendees(Attendance attendance, Sentence s, List<Meeting> meetings, List<Integer> sentenceOf,
            Unfinished pending, java.util.function.Function<Unfinished, Meeting> build) {
        int last = meetings.size() - 1;
        Optional<Attendance.Added> found = attendance.added(s);
        if (found.isEmpty()) {
            groupMembers(attendance, s, meetings, sentenceOf);
            return pending;
        }
        boolean lastInReach = last >= 0 && s.index() - sentenceOf.get(last) <= (found.get().namesMeeting() ? NAMED_JOIN_REACH : JOIN_REACH);
        if (pending != null && !lastInReach && s.index() - pending.sentence() <= JOIN_REACH) {
            Unfinished more = pending.with(found.get().people(), s.index());
            if (more.candidate().participants().keys().size() < 2) {
                return more;
            }
            meetings.add(build.apply(more));
            sentenceOf.add(s.index());
            return null;
        }
        if (last < 0) {
            return pending;
        }
        int distance = s.index() - sentenceOf.get(last);
        found.filter(a -> distance <= (a.namesMeeting() ? NAMED_JOIN_REACH : JOIN_REACH))
                .filter(a -> a.companionsOf().isEmpty() || a.companionsOf().stream().anyMatch(meetings.get(last).participants()::contains))
                .filter(a -> !a.afterIt() || meetings.get(last).status() == MeetingStatus.OCCURRED) // "said after the meeting": one that took place
                .filter(a -> meetings.get(last).status() != MeetingStatus.PROPOSED || !attendedInPast(s)) // a meeting only asked for had no one attending
                .ifPresent(a -> meetings.set(last, MeetingMerger.join(meetings.get(last), a.people().plus(
                        new Participants(a.companionsOf(), List.of(), 0))))); // "A and B were accompanied by C": B too, with A
        return pending;
    }

    /** "..., attended by the minister", "A attended": the sentence tells of attending in the past. */
    private static boolean attendedInPast(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.text().equalsIgnoreCase("attended"));
    }

    /**
     * Whether a candidate's noun is the meeting a joiner came to ("joined at the meeting by"), reported just before;
     * or, when no one is named before the joiner's verb ("They were joined after lunch by A"), any meeting noun
     * between the verb and "by": the people joined are those of the meeting just reported.
     */
    private static boolean joinedReported(Sentence s, MeetingCandidate c, List<Integer> sentenceOf, EntityIndex index) {
        if (sentenceOf.isEmpty() || s.index() - sentenceOf.get(sentenceOf.size() - 1) > JOIN_REACH) {
            return false;
        }
        int trigger = c.clause().trigger();
        if (Attendance.meetingJoined(s.tokens(), trigger)) {
            return true;
        }
        int verb = Attendance.joinedOver(s.tokens(), trigger);
        return verb >= 0 && index.mentionsIn(s.index()).stream().noneMatch(r -> r.type() == EntityType.PERSON && r.tokenStart() < verb);
    }

    /** Verbs of taking part before a meeting noun: "attended the two-hour meeting", "took part in the talks". */
    private static final Set<String> ATTEND_VERBS = Set.of("attended", "attend", "attends", "attending", "joined", "join",
            "in", "into");

    /** Nouns that, after "in", make it a verb of taking part: "took part in", "participated in", "sat in on". */
    private static final Set<String> PART_IN = Set.of("part", "participated", "participate", "participates", "sat", "on");

    /** The determiners of a meeting already told: "the meeting", "this session", "that call". */
    private static final Set<String> THIS_OR_THE = Set.of("the", "this", "that");

    /**
     * "Chief ministers A, B and C attended the nearly two-hour meeting", "A and B also took part in the talks": a
     * definite meeting noun that people attended, right after a meeting was reported (and with no "with" or "of" after
     * the noun that would make it another meeting), is that meeting; its people join it.
     */
    private static boolean attendedReported(MeetingCandidate c, List<Meeting> meetings, List<Integer> sentenceOf) {
        MeetingClause cl = c.clause();
        int distance = meetings.isEmpty() ? Integer.MAX_VALUE : cl.sentence().index() - sentenceOf.get(sentenceOf.size() - 1);
        if (c.trigger().kind() != MeetingLexicon.Kind.NOUN || distance < 1 || distance > JOIN_REACH) {
            return false;
        }
        List<Token> t = cl.sentence().tokens();
        int after = cl.trigger() + 1;
        if (after < t.size() && Set.of("with", "of", "between", "among", "on").contains(t.get(after).text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int k = cl.trigger() - 1; // back over the noun's modifiers ("nearly 90-minute", "two-hour closed-door") to its determiner
        while (k >= 0 && !THIS_OR_THE.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT)) && cl.trigger() - k <= 6
                && (Set.of("ADJ", "ADV", "NOUN", "PROPN", "NUM").contains(MeetingLexicon.pos(t.get(k))) || t.get(k).text().startsWith("-"))) {
            k--;
        }
        if (k < 1 || !THIS_OR_THE.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String verb = t.get(k - 1).text().toLowerCase(java.util.Locale.ROOT);
        return ATTEND_VERBS.contains(verb) && (!verb.startsWith("in") || k >= 2
                && PART_IN.contains(t.get(k - 2).text().toLowerCase(java.util.Locale.ROOT)));
    }

    /** How many sentences after a meeting with an unnamed group its members may be named by what they did there. */
    private static final int GROUP_JOIN_REACH = 8;

    /** "Utrecht's Eva Bos and Delft's Tim Kok walked out": members of the group met in the meeting just before. */
    private static void groupMembers(Attendance attendance, Sentence s, List<Meeting> meetings, List<Integer> sentenceOf) {
        int last = meetings.size() - 1;
        if (last < 0 || meetings.get(last).groups().isEmpty()) {
            return;
        }
        int distance = s.index() - sentenceOf.get(last);
        if (distance > 0 && distance <= GROUP_JOIN_REACH) {
            attendance.groupMembers(s).ifPresent(p -> meetings.set(last, MeetingMerger.join(meetings.get(last), p)));
        }
    }

    private List<MeetingCandidate> candidates(Sentence s, CandidateBuilder builder) {
        List<MeetingCandidate> out = new ArrayList<>();
        if (Correction.withdrawn(s)) {
            return out; // "An earlier version of this story said X met Y": a meeting withdrawn
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            int at = i;
            words.trigger(s.tokens().get(i), i > 0 ? s.tokens().get(i - 1) : null,
                            i + 1 < s.tokens().size() ? s.tokens().get(i + 1) : null)
                    .filter(t -> !summonedToCourt(s, at, t))
                    .flatMap(t -> builder.build(s, at, t)).map(builder::separately).ifPresent(out::addAll);
        }
        return out;
    }

    /**
     * "The judge summoned X to testify", "invited Y to give evidence": a summons to a hearing, not a meeting;
     * the purpose verb after the object says which.
     */
    private boolean summonedToCourt(Sentence s, int trigger, MeetingLexicon.Trigger t) {
        if (t.kind() != MeetingLexicon.Kind.HOST || !words.in("summons", s.tokens().get(trigger))) {
            return false;
        }
        MeetingClause c = MeetingClause.around(s, trigger, words);
        return c.purpose() + 1 < c.end() && words.in("hearing-purpose", c.token(c.purpose() + 1));
    }

    /**
     * "The two ministers will meet again in Kuching", "the two leaders also spoke by video call with X": the
     * participants of the meeting just reported, with anyone the clause itself names.
     */
    private static MeetingCandidate previousPair(EntityIndex index, Meeting last, MeetingCandidate c) {
        List<String> groups = c.participants().groups().stream().filter(g -> !PAIR.matcher(g).lookingAt()).toList();
        Participants own = new Participants(c.participants().keys(), groups, c.participants().indirect());
        boolean two = c.participants().groups().stream().anyMatch(g -> NAMED_PAIR.matcher(g).matches());
        List<String> people = two && last.participants().size() > 2
                ? byRole(index, last.participants(), c.participants().groups()).orElse(last.participants().subList(0, 2))
                : last.participants();
        Participants p = new Participants(people, two ? List.of() : last.groups(), 1).plus(own);
        return new MeetingCandidate(c.clause(), c.trigger(), p, false);
    }

    /** How many words after a joiner's verb the day of the meeting it names may stand: "to join Friday's meeting". */
    private static final int DAY_NAMED_REACH = 4;

    /**
     * "asked to join Monday's meeting", "had been due to attend Friday's talks": the latest meeting told before, of
     * two people or more, held (or to be held) on the weekday a joiner names; empty when it names none or none was.
     */
    private static Optional<Meeting> dayNamed(MeetingCandidate c, List<Meeting> meetings) {
        MeetingClause cl = c.clause();
        for (int k = cl.trigger() + 1; k + 1 < cl.end() && k <= cl.trigger() + DAY_NAMED_REACH; k++) {
            String day = cl.token(k).text().toLowerCase(java.util.Locale.ROOT);
            if (DAY_NAMES.contains(day) && NameShape.isClitic(cl.token(k + 1).text())) {
                for (int i = meetings.size() - 1; i >= 0; i--) {
                    Meeting m = meetings.get(i);
                    boolean onDay = m.date() != null && m.date().getDayOfWeek().name().equalsIgnoreCase(day)
                            || m.dateText() != null && m.dateText().toLowerCase(java.util.Locale.ROOT).contains(day);
                    if (onDay && m.participants().size() >= 2) {
                        return Optional.of(m);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "the ministers", "the defence ministers": a definite plural of an office without a count (a counted pair, "the two
     * governors", is found by {@link #countedHolders}), and the office.
     */
    private static final java.util.regex.Pattern OFFICE_GROUP = java.util.regex.Pattern.compile(
            "(?i)(?:the|all the)(?! (?:two|three|four|five|both)\\b)(?: \\p{L}+)?? (\\p{L}+?)s");

    /**
     * "The ministers agreed to meet again", "had been due to join the governors": a meeting whose subject (or the
     * people joined) is a definite plural of an office ("the ministers") refers to the latest meeting, told at most
     * {@link #PAIR_REACH} sentences before, with two or more people holding that office; empty when there is none
     * or the office says nothing ("the leaders", "the two men").
     */
    private static Optional<Meeting> officeMeeting(EntityIndex index, MeetingCandidate c, List<Meeting> meetings, List<Integer> sentenceOf) {
        for (String g : c.participants().groups()) {
            java.util.regex.Matcher x = OFFICE_GROUP.matcher(g);
            if (!x.matches() || NO_OFFICE.contains(x.group(1).toLowerCase(java.util.Locale.ROOT) + "s")) {
                continue;
            }
            String head = x.group(1).toLowerCase(java.util.Locale.ROOT);
            if (wholeClass(c.clause(), head + "s")) {
                continue;
            }
            int at = c.clause().sentence().index();
            for (int i = meetings.size() - 1; i >= 0 && at - sentenceOf.get(i) <= PAIR_REACH; i--) {
                long holders = meetings.get(i).participants().stream()
                        .filter(k -> roles(index, k).stream().anyMatch(r -> holds(r, head))).count();
                if (holders >= 2 && sentenceOf.get(i) < at) {
                    return Optional.of(meetings.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** Words that make an "of" phrase after a plural office count a whole class: "the mayors of all the regions". */
    private static final Set<String> EVERY = Set.of("all", "every", "each", "other");

    /** How many words after "of" the count of a class may stand: "the mayors of the 28 regional centres". */
    private static final int CLASS_COUNT_REACH = 3;

    /**
     * "the mayors of the 28 regional centres", "the governors of all provinces": the plural office is followed by "of"
     * and a counted or whole set of places or bodies, so it is the class of all who hold that office there, not the
     * few holders named before.
     */
    private static boolean wholeClass(MeetingClause cl, String plural) {
        List<Token> t = cl.sentence().tokens();
        for (int i = cl.start(); i + 1 < cl.end(); i++) {
            if (!t.get(i).text().equalsIgnoreCase(plural) || !t.get(i + 1).text().equalsIgnoreCase("of")) {
                continue;
            }
            for (int k = i + 2; k < Math.min(cl.end(), i + 2 + CLASS_COUNT_REACH); k++) {
                if (MeetingLexicon.pos(t.get(k)).equals("NUM") || EVERY.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The Prime Minister would receive the mayors" after "The two mayors will meet Finance Minister X": the group
     * names an office, so it stands for the holders of that office in the meeting it refers to, not for everyone who
     * took part in it (X is no mayor); the people the clause names itself join them.
     */
    private static MeetingCandidate officeHolders(EntityIndex index, Meeting m, MeetingCandidate c) {
        String head = officeHead(c).orElse("");
        List<String> holders = m.participants().stream().filter(k -> !otherOffice(roles(index, k), head)).toList();
        List<String> groups = c.participants().groups().stream().filter(g -> !PAIR.matcher(g).lookingAt()).toList();
        Participants own = new Participants(c.participants().keys(), groups, c.participants().indirect());
        return new MeetingCandidate(c.clause(), c.trigger(), new Participants(holders, List.of(), 1).plus(own), false);
    }

    /**
     * Whether the roles told of a person are all offices other than {@code head}: "Finance Minister" for "the
     * mayors"; a person of no told role, or a counterpart of a holder ("her Polish counterpart, B"), may hold it.
     */
    private static boolean otherOffice(List<String> roles, String head) {
        return !roles.isEmpty() && roles.stream().noneMatch(r -> holds(r, head) || r.contains("counterpart"));
    }

    /** The office of the clause's first definite plural group that names one: "the defence ministers" gives "minister". */
    private static Optional<String> officeHead(MeetingCandidate c) {
        for (String g : c.participants().groups()) {
            java.util.regex.Matcher x = OFFICE_GROUP.matcher(g);
            if (x.matches() && !NO_OFFICE.contains(x.group(1).toLowerCase(java.util.Locale.ROOT) + "s")) {
                return Optional.of(x.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** Pair words that say nothing of an office: "the two leaders", "both men". */
    private static final Set<String> NO_OFFICE = Set.of("leaders", "men", "women");

    /**
     * "the two foreign ministers" among the four people of a meeting: the two whose role it is, or the one whose
     * role it is and the counterpart named right after them ("Foreign Minister A and his Greek counterpart, B").
     */
    private static Optional<List<String>> byRole(EntityIndex index, List<String> people, List<String> groups) {
        for (String g : groups) {
            java.util.regex.Matcher x = NAMED_PAIR.matcher(g);
            if (!x.matches()) {
                continue;
            }
            String plural = g.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:both|the two) ", "");
            if (NO_OFFICE.contains(plural)) {
                return Optional.empty();
            }
            String role = plural.replaceAll("s$", "");
            List<String> holders = people.stream().filter(k -> roles(index, k).contains(role)).toList();
            if (holders.size() == 2) {
                return Optional.of(holders);
            }
            if (holders.size() == 1) {
                int at = people.indexOf(holders.get(0));
                if (at + 1 < people.size() && roles(index, people.get(at + 1)).isEmpty()) {
                    return Optional.of(List.of(holders.get(0), people.get(at + 1)));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> roles(EntityIndex index, String key) {
        return index.entity(key).map(Entity::roles).orElse(List.of());
    }

    /**
     * The meeting "the two leaders" refers to: the latest one with at least two named people among the last
     * few ("the two leaders would meet again" after "Hafiz, for his part, had breakfast with business leaders").
     */
    /**
     * The meeting a joiner of a meeting to come joins: the last one when it has a named side and a group ("X will
     * convene a meeting of party whips. Y said he would attend"), else the last with two named people.
     */
    private static Meeting lastJoinable(List<Meeting> meetings) {
        Meeting last = meetings.get(meetings.size() - 1);
        return !last.participants().isEmpty() && !last.groups().isEmpty() ? last : lastWithPair(meetings);
    }

    private static Meeting lastWithPair(List<Meeting> meetings) {
        for (int i = meetings.size() - 1; i >= Math.max(0, meetings.size() - 4); i--) {
            if (meetings.get(i).participants().size() >= 2) {
                return meetings.get(i);
            }
        }
        return meetings.get(meetings.size() - 1);
    }

    /** "The two ministers", "both sides", "the pair": a clause whose subject is the two of the meeting just reported. */
    private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern.compile("(?i)(?:(?:the|all) (?:two|three|four)|both|the pair|the trio|the (?:leaders|premiers|presidents|prime ministers|foreign ministers|ministers|heads of state)$)\\b");

    /**
     * Whether the clause names "the two leaders", "both sides", "the three sides" and the meeting just reported
     * has that many people: at least two for "the two", exactly three or four for "the three", "the four" (so
     * "each of the three mayors" named elsewhere is not taken for the pair just reported).
     */
    private static boolean pairGroup(MeetingCandidate c, List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return false;
        }
        int have = lastWithPair(meetings).participants().size();
        return c.participants().groups().stream().filter(g -> PAIR.matcher(g).lookingAt()).anyMatch(g -> {
            String low = g.toLowerCase(java.util.Locale.ROOT);
            int n = low.contains("three") || low.contains("trio") ? 3 : low.contains("four") ? 4 : 2;
            return n == 2 ? have >= 2 : have == n;
        });
    }

    /**
     * "X told a news conference with his counterpart, Y, after the two ministers held talks": the pair is the
     * two people the sentence names before "the two", not the pair of the meeting reported before; empty when the
     * sentence names no such two.
     */
    private static List<String> pairNamedBefore(MeetingCandidate c, EntityIndex index) {
        MeetingClause cl = c.clause();
        int pair = -1;
        for (int i = 0; i < cl.trigger(); i++) {
            String w = cl.token(i).text().toLowerCase(java.util.Locale.ROOT);
            if ((w.equals("two") || w.equals("both")) && (w.equals("both") || i > 0 && cl.token(i - 1).text().equalsIgnoreCase("the"))) {
                pair = i;
            }
        }
        int at = pair;
        List<String> before = index.mentionsIn(cl.sentence().index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.tokenEnd() <= at).map(MentionRef::key).distinct().toList();
        return pair > 0 && before.size() == 2 && before.containsAll(c.participants().keys()) ? before : List.of();
    }

    /** "The two", "both leaders", "the pair": a clause whose subject is a pair of people (not three or four). */
    private static boolean twoGroup(MeetingCandidate c) {
        return c.participants().groups().stream().filter(g -> PAIR.matcher(g).lookingAt()).map(g -> g.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(g -> g.contains("two") || g.startsWith("both") || g.contains("pair"));
    }

    /**
     * The two persons the sentence before names, when it names exactly two ("Prime Minister A spent the day with
     * visiting minister B."): whom "the two" of the next sentence are when no meeting of theirs was reported; empty
     * otherwise.
     */
    private static List<String> twoBefore(AnnotatedText text, EntityIndex index, Sentence s) {
        Sentence before = previous(text, s);
        if (before == null || before == s) {
            return List.of();
        }
        List<String> named = index.mentionsIn(before.index()).stream().filter(r -> r.type() == EntityType.PERSON)
                .map(MentionRef::key).distinct().toList();
        return named.size() == 2 ? named : List.of();
    }

    /** Words that, after a comma, open a list of members of the group just named: ", including A", ", among them B". */
    private static final List<List<String>> MEMBERS_OPENERS = List.of(List.of("including"), List.of("among", "them"),
            List.of("among", "whom"), List.of("notably"), List.of("such", "as"));

    /**
     * "X held a video call with iwi representatives who could not travel, including Y", "met farm leaders who had come
     * from the north, among them A and B": members of the group met, listed after a relative clause that ends the
     * meeting's clause; they join the meeting this sentence told of.
     */
    private static void includedPastRelative(Sentence s, int firstNew, ParticipantFinder participants, List<Meeting> meetings) {
        if (meetings.size() <= firstNew) {
            return;
        }
        List<Token> t = s.tokens();
        boolean relative = false;
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(java.util.Locale.ROOT);
            relative |= w.equals("who") || w.equals("whose");
            if (!relative || !t.get(i - 1).text().equals(",")) {
                continue;
            }
            for (List<String> opener : MEMBERS_OPENERS) {
                int from = i + opener.size();
                if (from <= t.size() && t.subList(i, from).stream().map(x -> x.text().toLowerCase(java.util.Locale.ROOT)).toList().equals(opener)) {
                    Participants p = participants.named(s, from, Attendance.listEnd(t, from));
                    int last = meetings.size() - 1;
                    if (!p.keys().isEmpty() && !meetings.get(last).groups().isEmpty()) {
                        meetings.set(last, MeetingMerger.join(meetings.get(last), p));
                    }
                    return;
                }
            }
        }
    }

    /** How many sentences back "both leaders", "the two ministers" may reach for the meeting of the pair. */
    private static final int PAIR_REACH = 30;

    private static final java.util.regex.Pattern NAMED_PAIR = java.util.regex.Pattern.compile(
            "(?i)(?:both|the two) (?:leaders|premiers|presidents|prime ministers|foreign ministers|ministers|men|women)");

    /** "both leaders", "the two ministers": a pair named by what its members are, which can refer further back. */
    private static boolean namedPair(MeetingCandidate c) {
        return c.participants().groups().stream().anyMatch(g -> NAMED_PAIR.matcher(g).matches());
    }

    private boolean pairAfterMeeting(CandidateBuilder builder, MeetingCandidate c, List<Meeting> meetings, List<Integer> sentenceOf) {
        boolean group = pairGroup(c, meetings);
        boolean pair = builder.pairAnaphor(c.clause()) || group;
        int reach = group && namedPair(c) ? PAIR_REACH : JOIN_REACH;
        return pair && !sentenceOf.isEmpty() && c.clause().sentence().index() - sentenceOf.get(sentenceOf.size() - 1) <= reach;
    }

    private static void joinPrevious(List<Meeting> meetings, List<Integer> sentenceOf, MeetingCandidate c) {
        int last = meetings.size() - 1;
        if (last >= 0 && c.clause().sentence().index() - sentenceOf.get(last) <= JOIN_REACH) {
            Participants p = c.participants();
            List<String> groups = p.groups().stream().filter(g -> !PAIR.matcher(g).lookingAt()).toList();
            meetings.set(last, MeetingMerger.join(meetings.get(last), new Participants(p.keys(), groups, p.indirect())));
        }
    }

    private Meeting meeting(MeetingCandidate c, MeetingStatus st, MeetingDates dates, PlaceFinder places,
            Map<String, Entity> added, Sentence previous) {
        MeetingClause cl = c.clause();
        Optional<PlaceFinder.Place> named = places.place(cl, c.trigger().particles()).or(() -> places.sidelinesBefore(cl, previous));
        named.map(PlaceFinder.Place::added).ifPresent(e -> added.putIfAbsent(e.key(), e));
        Optional<PlaceFinder.Place> place = named.isPresent() || st != MeetingStatus.OCCURRED || remote(cl) ? named
                : places.surroundings(previous, definite(cl));
        if (place.isEmpty() && st != MeetingStatus.OCCURRED && !remote(cl)) {
            place = places.journeyAhead(previous); // "X is due to fly to Bangkok next Tuesday. He will meet Y"
        }
        place.map(PlaceFinder.Place::added).ifPresent(e -> added.putIfAbsent(e.key(), e));
        MeetingDates.Dated stated = dates.date(cl, lean(cl, st));
        MeetingDates.Dated date = stated;
        if (stated.text() == null && cl.sentence().text().strip().endsWith("?")) {
            date = dates.answer(cl, lean(cl, st)); // a question's day is in its answer, not in the turn before it
        } else if (stated.text() == null && previous != null && st != MeetingStatus.PROPOSED) { // a request's day is rarely the day before
            MeetingDates.Dated due = st == MeetingStatus.CANCELLED ? dates.dueBefore(previous, lean(cl, st)) : MeetingDates.Dated.NONE;
            date = due.text() != null ? due : dates.dayBefore(previous, lean(cl, st), st == MeetingStatus.OCCURRED); // "set for Wednesday"
            if (date.text() == null) {
                date = dates.sameDayFurtherBack(cl.sentence(), lean(cl, st), st == MeetingStatus.OCCURRED);
            }
        }
        if (date.text() == null && st == MeetingStatus.OCCURRED) {
            date = dates.namedBefore(cl.sentence(), lean(cl, st));
        }
        if (date.text() == null && (st == MeetingStatus.OCCURRED || st == MeetingStatus.CANCELLED)) {
            date = dates.entryDay(cl.sentence());
        }
        Participants p = c.participants();
        Sentence s = cl.sentence();
        return new Meeting(p.keys(), p.groups(), place.map(PlaceFinder.Place::key).orElse(null),
                place.map(PlaceFinder.Place::city).orElse(null), date.date(), date.text(),
                st, s.span(cl.trigger(), cl.trigger() + 1), topics(cl, c.trigger().particles()), new Evidence(s.start(), s.end(), s.text()),
                confidence(c, named.isPresent(), stated.text() != null));
    }

    /** Words of meetings held at a distance: a call, a video link, virtual talks. */
    private static final java.util.Set<String> REMOTE = java.util.Set.of("phone", "telephone", "call", "video", "virtual",
            "virtually", "online", "videoconference", "teleconference", "zoom", "remotely", "phoned", "telephoned", "calls");

    /** Any of {@link #REMOTE} as a word of a text, but not a call paid in person (see {@link #VISITING_CALL}). */
    private static final java.util.regex.Pattern REMOTE_WORD = java.util.regex.Pattern.compile(
            "\\b(?:" + String.join("|", REMOTE) + ")\\b");

    /**
     * "a courtesy call on the Prime Minister", "is scheduled to call on the governor", "paid a call upon the Emir": a call
     * paid on someone is a visit in person, not a telephone call. Not "a call on Monday", which gives the day.
     */
    private static final java.util.regex.Pattern VISITING_CALL = java.util.regex.Pattern.compile(
            "\\bcourtesy[ -]calls?\\b|\\bcalls? (?:up)?on (?!(?:" + String.join("|", CalendarWords.with(CalendarWords.WEEKDAYS_AND_MONTHS))
            + "|the \\d|\\d)\\b)");

    private static boolean remoteText(String text) {
        return REMOTE_WORD.matcher(VISITING_CALL.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ")).find();
    }

    private static boolean remote(MeetingClause c) {
        return c.end() > c.start() && remoteText(c.sentence().span(c.start(), c.end()));
    }

    /**
     * Which way the meeting's weekday points: back when it occurred, forwards when planned or offered, and to
     * the closer one when it was called off or turned down ("declined an invitation to meet on Monday"), since
     * such news is written about days just past as often as days to come.
     */
    private DateResolver.Lean lean(MeetingClause c, MeetingStatus st) {
        if (st == MeetingStatus.OCCURRED) {
            return DateResolver.Lean.PAST;
        }
        if (st == MeetingStatus.CANCELLED) {
            return DateResolver.Lean.NEAREST;
        }
        for (int i = c.start(); i < c.trigger(); i++) {
            org.newsgraph.nlp.Token t = c.token(i);
            if (words.in("refusal", t) && !t.text().equalsIgnoreCase(t.lemma())) {
                return DateResolver.Lean.NEAREST;
            }
        }
        return DateResolver.Lean.FUTURE;
    }

    private List<String> topics(MeetingClause c, int particles) {
        int from = c.purpose() < c.end() ? c.purpose() : topicStart(c, particles);
        return from < c.end() ? topics.topics(c.sentence(), from, c.end()) : List.of();
    }

    private static int topicStart(MeetingClause c, int particles) {
        if (c.token(c.trigger()).lemma().equalsIgnoreCase("discuss")) {
            return c.trigger() + 1;
        }
        for (int i = c.trigger() + 1 + particles; i < c.end(); i++) {
            String w = c.token(i).text().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("on") || w.equals("about") || w.equals("over")) {
                return i + 1;
            }
        }
        return c.end();
    }

    static double confidence(MeetingCandidate c, boolean place, boolean date) {
        double v = c.trigger().strength() - 0.1 * c.participants().indirect() + (place ? 0.05 : 0) + (date ? 0.05 : 0);
        return Math.max(0.05, Math.min(0.95, v));
    }

    /** The first person a headline meeting names ("Readout of Secretary Austin's Meeting With ..."). */
    private String headlineHost(AnnotatedText text, ParticipantFinder participants) {
        if (text.sentences().isEmpty() || text.sentences().get(0).text().strip().endsWith(".")) {
            return null;
        }
        CandidateBuilder plain = new CandidateBuilder(words, participants, null);
        return candidates(text.sentences().get(0), plain).stream()
                .flatMap(c -> c.participants().keys().stream()).findFirst().orElse(null);
    }
}
