package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds where a meeting is held: a place or organisation named after "in" or "at" in the meeting's
 * clause ("in Moscow", "at the White House"), after the meeting word first, else before it. Never looks
 * into the purpose clause or a topic ("talks on the war in Ukraine"), and skips names used as event
 * modifiers ("at the African Union summit"). A capitalised name the name finder missed becomes a new
 * place entity. Thread-safe.
 */
final class PlaceFinder {
    /**
     * A meeting place: an entity of the index, or a new place entity to add; for a venue, the town it is in
     * when the text says so (a place entity of the index), else null.
     */
    record Place(String key, Entity added, String city) {
        Place(String key, Entity added) {
            this(key, added, null);
        }

        Place in(String town) {
            return new Place(key, added, town);
        }
    }

    private static final Set<String> PREPS = Set.of("in", "at", "inside");
    private static final Set<String> TOPIC_PREPS = Set.of("on", "about", "over", "regarding", "concerning");
    private static final Set<String> SIDELINES = Set.of("sidelines", "sideline", "margins", "margin", "side", "eve");
    private static final Set<String> NOT_PLACES = CalendarWords.with(CalendarWords.WEEKDAYS_AND_MONTHS, "today", "tomorrow",
            "yesterday");

    /** Nouns of time that may follow a venue ("at the Union Buildings yesterday"). */
    private static final Set<String> TIME_NOUNS = Set.of("yesterday", "today", "tomorrow", "tonight", "morning",
            "afternoon", "evening", "night", "week", "month", "year", "weekend");

    private static final Set<String> TRAVEL_VERBS = Set.of("visit", "come", "travel", "fly", "join", "attend");

    private final EntityIndex index;
    private final Set<String> venues;
    private final Set<String> genericWords;
    private final Set<String> settlements;
    private final Set<String> landmarks;
    private final Set<String> publicWords;
    private final Set<String> venueParts;
    private final Optional<Place> dateline;
    private final AnnotatedText text;
    private final MeetingLexicon words;

    PlaceFinder(EntityIndex index) {
        this(index, null, MeetingLexicon.shared());
    }

    /** A finder that also knows the dateline city of {@code text} (may be null) for meetings at an unnamed venue. */
    PlaceFinder(EntityIndex index, AnnotatedText text, MeetingLexicon words) {
        this.index = index;
        this.venues = words.list("venue");
        this.genericWords = words.list("generic-venue-word");
        this.settlements = words.list("settlement");
        this.landmarks = words.list("landmark");
        this.publicWords = words.list("public-venue-word");
        this.venueParts = words.list("venue-part");
        this.dateline = text == null ? Optional.empty() : new Dateline(index).find(text);
        this.text = text;
        this.words = words;
    }

    /**
     * "in Johannesburg, where he met Mandela", "flies to Abu Dhabi on Wednesday, where she is due to meet X": the
     * place a relative "where" before the meeting word refers to, past a time phrase after the place.
     */
    private Optional<Place> whereAntecedent(MeetingClause c) {
        for (int i = c.trigger() - 1; i >= 2; i--) {
            boolean relative = c.token(i).text().equalsIgnoreCase("where") || c.token(i).text().equalsIgnoreCase("when");
            boolean duringWhich = c.token(i).text().equalsIgnoreCase("which") && i >= 3 // "a visit to Sharjah, during which X was to meet Y"
                    && Set.of("during", "at").contains(c.token(i - 1).text().toLowerCase(Locale.ROOT));
            int comma = duringWhich ? i - 2 : i - 1;
            if ((relative || duringWhich) && c.token(comma).text().equals(",")) { // "visit Hatay on June 2, when she will meet X"
                for (int end = comma; end > 1 && end > comma - ANTECEDENT_REACH; end--) {
                    Token w = c.token(end - 1);
                    if (w.text().equals(",") || MeetingLexicon.pos(w).equals("VERB") && !w.capitalised()) {
                        return journeyEnd(c, comma); // "will travel to Brussels to co-chair the Association Council, where"
                    }
                    int placeEnd = end;
                    Optional<Place> named = index.at(c.sentence().index(), placeEnd - 1)
                            .filter(r -> r.tokenEnd() == placeEnd && r.type() != EntityType.PERSON)
                            .filter(r -> !(c.token(placeEnd).capitalised() && Lexicon.INSTANCE.isOrgHead(c.token(comma - 1).text())))
                            .map(r -> new Place(r.key(), null)); // not "Egypt" of "the EU-Egypt Association Council, where"
                    boolean body = index.at(c.sentence().index(), placeEnd - 1).filter(r -> r.type() != EntityType.PLACE).isPresent()
                            && named.filter(p -> !venueName(placeName(p)) || GATHERINGS.contains(lastWord(placeName(p)))).isPresent(); // "to co-chair the X Council, where"
                    if (named.isPresent() && duringWhich && index.at(c.sentence().index(), placeEnd - 1).filter(r -> r.type() == EntityType.PLACE).isEmpty()) {
                        return Optional.empty(); // "met the chairman of State Concern X, at which": no occasion in a place
                    }
                    if (named.isPresent()) {
                        return body ? journeyEnd(c, comma).or(() -> named) : named;
                    }
                    if (w.capitalised() && end - 2 >= 0 && (Set.of("to", "in", "for").contains(c.token(end - 2).text().toLowerCase(Locale.ROOT))
                            || MeetingLexicon.lemma(c.token(end - 2)).equals("visit"))
                            && index.at(c.sentence().index(), end - 1).isEmpty() && !NOT_PLACES.contains(w.text().toLowerCase(Locale.ROOT))) {
                        String name = w.text(); // "a visit to Depok, where": a town the name finder did not know
                        String key = Entity.keyOf(EntityType.PLACE, name);
                        return Optional.of(new Place(key, new Entity(key, EntityType.PLACE, name,
                                List.of(new Mention(w.start(), w.end(), name)), List.of(), 0.5)));
                    }
                }
                return journeyEnd(c, comma);
            }
        }
        return Optional.empty();
    }

    /** Last words of the names of bodies that sit or gatherings, not of buildings, though a building may share them. */
    private static final Set<String> GATHERINGS = Set.of("council", "assembly", "parliament", "commission", "committee", "forum",
            "summit", "conference", "congress", "convention", "session", "dialogue");

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * "will travel to Brussels on Thursday to co-chair the Association Council, where he is set to meet X": when the
     * "where" refers to an event or body, not a place, the town the journey before it goes to; the last known town
     * before token {@code before} after "to" and a word of a journey. Not a country.
     */
    private Optional<Place> journeyEnd(MeetingClause c, int before) {
        return index.mentionsIn(c.sentence().index()).stream()
                .filter(r -> r.type() == EntityType.PLACE && r.tokenEnd() <= before && r.tokenStart() > 1
                        && c.token(r.tokenStart() - 1).text().equalsIgnoreCase("to")
                        && JOURNEYS.contains(MeetingLexicon.lemma(c.token(r.tokenStart() - 2))))
                .filter(r -> index.entity(r.key()).map(Entity::name).filter(n -> Gazetteer.INSTANCE.isKnownPlace(n)
                        && Gazetteer.INSTANCE.demonym(n).isEmpty()).isPresent())
                .reduce((a, b) -> b.tokenStart() > a.tokenStart() ? b : a).map(r -> new Place(r.key(), null));
    }

    /** How far before ", where" its place may be named: "will leave for Beijing on Sunday on a three-day visit, where". */
    private static final int ANTECEDENT_REACH = 12;

    Optional<Place> place(MeetingClause c) {
        return place(c, 0);
    }

    /**
     * Where a meeting that names no place was held, from its surroundings: the place someone arrived in,
     * travelled to or was in, told in the sentence before ("X arrived in Riyadh on Monday. There she held talks
     * with Y") or in the question an answer follows, else the story's dateline city.
     */
    Optional<Place> surroundings(Sentence previous) {
        return surroundings(previous, false);
    }

    /**
     * As {@link #surroundings(Sentence)}; for a meeting told as one already reported ("The meeting was chaired by
     * X"), first the place of the meeting the sentence before names ("after a two-hour meeting at the Ministry of
     * Health").
     */
    Optional<Place> surroundings(Sentence previous, boolean toldBefore) {
        if (previous != null && toldBefore) {
            List<Token> t = previous.tokens();
            for (int k = 0; k < t.size(); k++) {
                Optional<MeetingLexicon.Kind> kind = words.trigger(t.get(k), k > 0 ? t.get(k - 1) : null).map(x -> x.kind());
                Optional<Place> there = kind.isPresent() ? place(MeetingClause.around(previous, k, words)) : Optional.empty();
                boolean noun = kind.filter(x -> x == MeetingLexicon.Kind.NOUN).isPresent(); // "after a meeting at the Ministry of Health"
                if (there.isPresent() && !there.equals(dateline) && (noun || venueName(placeName(there.get())))) { // "hosted X at the Chancellery"
                    return there;
                }
            }
            Optional<Place> venue = venueIn(previous);
            if (venue.isPresent()) {
                return venue;
            }
        }
        if (previous != null) {
            Optional<Place> arrived = arrivedIn(previous);
            if (arrived.isEmpty() && previous.text().strip().endsWith("?") && previous.index() > 0 && text != null) {
                arrived = arrivedIn(text.sentences().get(previous.index() - 1)); // "Q: You were in Accra last week. Whom did you see?"
            }
            if (arrived.isPresent()) {
                return arrived;
            }
        }
        return dateline;
    }

    /** The name of a place: of its new entity, else of the index's. */
    private String placeName(Place p) {
        return p.added() != null ? p.added().name() : index.entity(p.key()).map(Entity::name).orElse("");
    }

    /**
     * "The Speaker brought the club chairs together at the Thun Palace on Tuesday. X attended the two-hour meeting": a
     * building the sentence before puts people in (after "at" or "in"), for a meeting the next one tells of as known.
     * Not a town, which may be anyone's.
     */
    private Optional<Place> venueIn(Sentence sentence) {
        int n = sentence.tokens().size();
        MeetingClause whole = new MeetingClause(sentence, 0, 0, n, n);
        for (int i = 0; i < n; i++) {
            if (!Set.of("at", "inside").contains(sentence.tokens().get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Place> p = scan(whole, i, n);
            if (p.isPresent() && !p.equals(dateline) && venueName(placeName(p.get()))) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * The place someone arrived in, travelled to or was in, as a sentence tells it ("X arrived in Riyadh on
     * Monday", "You were in Accra last week"), not one they are yet to go to ("is due to fly to Baghdad").
     */
    private Optional<Place> arrivedIn(Sentence sentence) {
        List<Token> t = sentence.tokens();
        for (int i = 0; i < t.size(); i++) {
            boolean ahead = i > 0 && Set.of("to", "will", "would", "shall", "may", "might", "could", "should")
                    .contains(t.get(i - 1).text().toLowerCase(Locale.ROOT)); // "is due to fly to Baghdad": not there yet
            boolean arrival = MeetingLexicon.pos(t.get(i)).equals("VERB") && ARRIVALS.contains(MeetingLexicon.lemma(t.get(i)));
            boolean beingIn = Set.of("was", "were").contains(t.get(i).text().toLowerCase(Locale.ROOT)) && i + 1 < t.size()
                    && t.get(i + 1).text().equalsIgnoreCase("in");
            if ((arrival || beingIn) && !ahead) {
                for (int k = i + 1; k < Math.min(t.size() - 1, i + 4); k++) {
                    String w = t.get(k).text().toLowerCase(Locale.ROOT);
                    if (w.equals("in") || w.equals("to") || w.equals("at")) {
                        Optional<MentionRef> r = index.at(sentence.index(), k + 1).filter(x -> x.type() == EntityType.PLACE);
                        if (r.isPresent()) {
                            return Optional.of(new Place(r.get().key(), null));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Verbs of a journey whose "to" (or, for leaving, "for") names where it ends: "will fly to", "leaves for". */
    private static final Set<String> JOURNEY_VERBS = Set.of("travel", "fly", "head", "go", "leave", "depart", "visit", "return");

    /** Words before a verb that put the journey ahead: "is due to fly", "will travel", "is set to leave". */
    private static final Set<String> AHEAD = Set.of("to", "will", "would", "shall", "'ll");

    /**
     * "X is due to fly to Bangkok next Tuesday. He will meet Y", "X leaves for Georgetown tomorrow. He is expected to hold
     * a bilateral meeting with Y", "will leave for Beijing on Sunday. A meeting with Z was being worked out": the town or
     * country a journey still ahead goes to, as the sentence before a meeting yet to take place tells it (the future, or
     * the present of a timetable), for that meeting when it names no place of its own. Not a journey told as done.
     */
    Optional<Place> journeyAhead(Sentence previous) {
        if (previous == null) {
            return Optional.empty();
        }
        List<Token> t = previous.tokens();
        for (int i = 1; i + 2 < t.size(); i++) {
            Token v = t.get(i);
            String lemma = MeetingLexicon.lemma(v);
            if (!JOURNEY_VERBS.contains(lemma) || !MeetingLexicon.pos(v).equals("VERB")) {
                continue;
            }
            boolean ahead = AHEAD.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT));
            String form = v.text().toLowerCase(Locale.ROOT);
            boolean timetable = form.endsWith("s") && !form.equals(lemma); // "leaves for", "flies to": a timetable's present
            if (!ahead && !timetable) {
                continue;
            }
            int at = lemma.equals("visit") ? i + 1 : -1;
            for (int k = i + 1; at < 0 && k < Math.min(t.size() - 1, i + 3); k++) {
                String w = t.get(k).text().toLowerCase(Locale.ROOT);
                if (w.equals("to") || w.equals("for") && Set.of("leave", "depart", "head").contains(lemma)) {
                    at = k + 1;
                }
            }
            int to = at;
            Optional<Place> there = to < 0 ? Optional.empty() : index.at(previous.index(), to)
                    .filter(r -> r.tokenStart() == to && r.type() == EntityType.PLACE)
                    .filter(r -> index.entity(r.key()).map(Entity::name).filter(n -> !venueName(n)).isPresent())
                    .map(r -> new Place(r.key(), null));
            if (there.isPresent()) {
                return there;
            }
        }
        return Optional.empty();
    }

    /** Verbs of meeting or gathering whose "in" names a town: "held talks in", "met in", "gathered in". */
    private static final Set<String> OCCASION_VERBS = Set.of("hold", "meet", "gather", "convene", "host", "receive");

    /** How many sentences of a story's body its opening takes, for {@link #leadTown()}. */
    private static final int LEAD_SENTENCES = 3;

    /**
     * "X is in New York for the high-level week", "the delegation, which is in Ashgabat on a working visit", "ministers
     * held a first exchange of views in Luxembourg", "spent Tuesday in back-to-back meetings on the sidelines of the
     * conference in Ulaanbaatar": the town the opening of a story puts its people in or its meetings at, for a story
     * with no dateline. The first known town (not a country) after "in" in the first sentences of the body, after "is"
     * or "are", or after a meeting word or "hold" in its sentence but not inside a purpose or topic that follows
     * ("met X to seek approval for a campus in Chon Buri").
     */
    Optional<String> leadTown() {
        if (text == null) {
            return Optional.empty();
        }
        int body = 0;
        for (Sentence s : text.sentences()) {
            String line = s.text().strip();
            if (Headline.isTitleLine(text, s) || line.startsWith("FILE") || line.isEmpty()
                    || ".!?\"\u201D".indexOf(line.charAt(line.length() - 1)) < 0) {
                continue; // a headline, a line of the page's furniture, a photo's caption
            }
            if (++body > LEAD_SENTENCES) {
                break;
            }
            List<Token> t = s.tokens();
            boolean occasion = false;
            for (int k = 0; k + 1 < t.size(); k++) {
                String w = t.get(k).text().toLowerCase(Locale.ROOT);
                if (occasion && (TOPIC_PREPS.contains(w) && !(k + 2 < t.size() && SIDELINES.contains(t.get(k + 2).text().toLowerCase(Locale.ROOT)))
                        || w.equals("for") || w.equals("to") && MeetingLexicon.pos(t.get(k + 1)).equals("VERB"))) {
                    occasion = false; // "to seek approval for a campus in Chon Buri": a purpose or topic, not the occasion
                }
                if (words.trigger(t.get(k), k > 0 ? t.get(k - 1) : null).filter(x -> x.kind() == MeetingLexicon.Kind.NOUN).isPresent()
                        || OCCASION_VERBS.contains(MeetingLexicon.lemma(t.get(k))) && MeetingLexicon.pos(t.get(k)).equals("VERB")) {
                    occasion = true;
                } else if (occasion && Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t.get(k)))) {
                    occasion = false; // "received X, who was born in Y", "talks that covered the situation in Z"
                }
                boolean being = k > 0 && Set.of("is", "are", "was", "were").contains(t.get(k - 1).text().toLowerCase(Locale.ROOT));
                if (!w.equals("in") || !(being || occasion)) {
                    continue;
                }
                int at = k + 1;
                Optional<String> town = index.at(s.index(), at).filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE)
                        .filter(r -> index.entity(r.key()).map(Entity::name).filter(Gazetteer.INSTANCE::isKnownPlace).isPresent())
                        .map(MentionRef::key);
                if (town.isPresent()) {
                    return town;
                }
            }
        }
        return Optional.empty();
    }

    /** The city the story is filed from, if it opens with a dateline. */
    Optional<Place> dateline() {
        return dateline;
    }

    private static final Set<String> ARRIVALS = Set.of("arrive", "travel", "fly", "land", "reach", "head");

    /** The place, looking after the meeting word's {@code particles} ("called on X at Y"). */
    Optional<Place> place(MeetingClause c, int particles) {
        int credit = creditStart(c);
        int purpose = Math.min(c.purpose(), credit);
        int from = Math.min(c.trigger() + 1 + particles, purpose);
        Optional<Place> after = scan(c, from, purpose).or(() -> whereAntecedent(c))
                .or(() -> scan(c, purpose, Math.min(meetingPurposeEnd(c), credit)));
        Optional<Place> named = after.isPresent() ? after : scan(c, c.start(), c.trigger()).or(() -> townOfMeetingNoun(c))
                .or(() -> thereAntecedent(c)).or(() -> asidePlace(c)).or(() -> visitorIsIn(c));
        return named.isPresent() || !unnamedVenue(c) ? named : dateline;
    }

    /**
     * ", the Embassy of Indonesia in Abu Dhabi said.", ", a ministry spokesman in Cairo told reporters": where the credit
     * that closes a sentence after the meeting word opens (its comma), else the clause's end. The place of a source is not
     * the meeting's.
     */
    private static int creditStart(MeetingClause c) {
        List<Token> t = c.sentence().tokens();
        int last = t.size() - 1;
        while (last > c.trigger() && MeetingLexicon.pos(t.get(last)).equals("PUNCT")) {
            last--;
        }
        int verb = last;
        if (!(verb > c.trigger() && MeetingLexicon.pos(t.get(verb)).equals("VERB") && Lexicon.INSTANCE.isSpeechVerb(MeetingLexicon.lemma(t.get(verb))))) {
            verb = last - 1; // "..., officials told reporters."
            if (!(verb > c.trigger() && Lexicon.INSTANCE.isSpeechVerb(MeetingLexicon.lemma(t.get(verb))) && MeetingLexicon.pos(t.get(last)).equals("NOUN"))) {
                return c.end();
            }
        }
        for (int k = verb - 1; k > c.trigger() && k > verb - CREDIT_REACH; k--) {
            if (t.get(k).text().equals(",")) {
                return Math.min(k, c.end());
            }
            if (Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t.get(k))) || t.get(k).text().equals("\"")) {
                return c.end();
            }
        }
        return c.end();
    }

    /** How many words the source of a closing credit may take: "the Embassy of Indonesia in Abu Dhabi". */
    private static final int CREDIT_REACH = 10;

    /**
     * Where the search for the place after the meeting word stops: at the purpose clause, unless that clause
     * is the visit itself ("invited X to visit Ibadan for talks") or the meeting joined ("invited X to join the two
     * leaders for a meeting in Weimar", "to attend the summit in Abuja").
     */
    private static int meetingPurposeEnd(MeetingClause c) {
        int p = c.purpose();
        boolean visit = p + 1 < c.end() && MeetingLexicon.pos(c.token(p + 1)).equals("VERB")
                && TRAVEL_VERBS.contains(MeetingLexicon.lemma(c.token(p + 1)));
        return visit ? c.end() : p;
    }

    /** "met at the ministry's headquarters", "talks at his office": a venue named by a common noun only. */
    private boolean unnamedVenue(MeetingClause c) {
        for (int i = c.start(); i < c.purpose(); i++) {
            if (PREPS.contains(c.token(i).text().toLowerCase(Locale.ROOT))) {
                for (int j = i + 1; j < Math.min(c.purpose(), i + 5); j++) {
                    Token t = c.token(j);
                    if (venues.contains(MeetingLexicon.lemma(t)) && !t.capitalised()) {
                        return true;
                    }
                    if (!Set.of("DET", "PRON", "ADJ", "NOUN", "PART").contains(MeetingLexicon.pos(t)) && !NameShape.isClitic(t.text())) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    private Optional<Place> scan(MeetingClause c, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = c.token(i).text().toLowerCase(Locale.ROOT);
            boolean streetOf = w.equals("on") && (i > 0 && venues.contains(MeetingLexicon.lemma(c.token(i - 1))) // "offices on Nakasero Hill"
                    || landmarkAfter(c, i + 1, to) // "met on Parliament Hill"
                    || venueThenComma(c, i) && i + 1 < to && c.token(skipDeterminer(c, i + 1, to)).capitalised() // "its offices, on Avenida X,"
                    || partOf(c, skipDeterminer(c, i + 1, to), to) > skipDeterminer(c, i + 1, to)); // "on the fifth floor of"
            Optional<Place> eventTown = sidelines(c, i) ? sidelinesTown(c, i, to) : Optional.empty();
            if (eventTown.isPresent()) {
                return eventTown;
            }
            if (TOPIC_PREPS.contains(w) && !dateFollows(c, i) && !sidelines(c, i) && !streetOf && !calledOn(c, i) && !overAMeal(c, i, to)
                    && !duration(c, i, to)) {
                int visit = visitEnd(c, i, to);
                if (visit > i) {
                    i = visit - 1; // past "on a working visit (to the country)", on to the venue after it
                    continue;
                }
                return venueAfterTopic(c, i, to);
            }
            boolean welcomedTo = w.equals("to") && i > c.trigger() && JOURNEYS.contains(MeetingLexicon.lemma(c.token(c.trigger())));
            if (w.equals("in") && (countryOfBody(c, i, to) || inTitle(c, i, to))) {
                continue; // "the Chamber of Commerce in China", "the envoy for the crisis in Georgia Klaus Reinholt"
            }
            if (PREPS.contains(w) || visitTarget(c, i) || streetOf || welcomedTo) {
                int d = partOf(c, skipDeterminer(c, i + 1, to), to);
                int named = buildingNamedAfter(c, d, to);
                if (named > i) {
                    i = named - 1; // on to the "at" that names the building
                    continue;
                }
                Optional<Place> p = describedVenue(c, d, to).or(() -> at(c, skipSettlement(c, skipPossessor(c, d, to), to), to));
                if (p.isPresent() && guestsCountry(c, i, p.get())) {
                    Optional<Place> venue = scan(c, i + 2, to); // "X, who is in Mongolia on a working visit, at the Ministry of Energy"
                    return venue.isPresent() ? venue : p;
                }
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** How many words before "in" the name of a body may take: "the Democratic Alliance of Hungarians in Romania". */
    private static final int BODY_REACH = 8;

    /**
     * "a delegation of the European Union Chamber of Commerce in China", "the Democratic Alliance of Hungarians in
     * Romania (UDMR)", "the Embassy of Japan in Kenya": a country after "in" that ends the capitalised name of a body
     * (a name with "of" in it, or ending in a body's head word) is where that body works, part of its name, not where
     * the meeting was. Not after a person's name or a title ("met Foreign Minister X in Paris").
     */
    private boolean countryOfBody(MeetingClause c, int i, int to) {
        int at = skipDeterminer(c, i + 1, to);
        Optional<MentionRef> country = index.at(c.sentence().index(), at).filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE)
                .filter(r -> index.entity(r.key()).map(Entity::name).flatMap(Gazetteer.INSTANCE::demonym).isPresent());
        if (country.isEmpty() || i < 2) {
            return false;
        }
        Token last = c.token(i - 1);
        boolean person = index.at(c.sentence().index(), i - 1).filter(r -> r.type() == EntityType.PERSON).isPresent();
        if (!last.capitalised() || person || Lexicon.INSTANCE.isRoleHead(last.text())) {
            return false;
        }
        boolean of = false;
        for (int k = i - 2; k >= Math.max(0, i - 1 - BODY_REACH); k--) {
            Token t = c.token(k);
            if (Set.of("of", "for").contains(t.text()) && c.token(k + 1).capitalised()) {
                of = k > 0 && c.token(k - 1).capitalised();
                if (of) {
                    break;
                }
            } else if (!t.capitalised() && !t.text().equals("and")) {
                break;
            }
        }
        return of || Lexicon.INSTANCE.isOrgHead(last.text());
    }

    /**
     * "met with the EU Special Representative for the South Caucasus and the crisis in Georgia Klaus Reinholt in Baku":
     * a place after "in" that a person's name follows at once belongs to that person's title, not to the meeting.
     */
    private boolean inTitle(MeetingClause c, int i, int to) {
        int at = skipDeterminer(c, i + 1, to);
        return index.at(c.sentence().index(), at).filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE)
                .flatMap(r -> index.at(c.sentence().index(), r.tokenEnd()).filter(p -> p.tokenStart() == r.tokenEnd()))
                .filter(p -> p.type() == EntityType.PERSON && p.kind() == MentionRef.Kind.NAME
                        && c.token(p.tokenStart()).capitalised()).isPresent(); // not "As a young envoy in Vienna he met"
    }

    /**
     * "received X, who is in Mongolia on a working visit, at the Ministry of Energy": a country a guest is said to be
     * in (after "is in" at token {@code i}), which a venue named after it narrows down.
     */
    private boolean guestsCountry(MeetingClause c, int i, Place p) {
        return i > 0 && c.token(i).text().equalsIgnoreCase("in")
                && Set.of("is", "are", "was", "were").contains(c.token(i - 1).text().toLowerCase(Locale.ROOT))
                && Gazetteer.INSTANCE.demonym(placeName(p)).isPresent();
    }

    /** "at the ministry's headquarters, on ...": a lower-case venue noun and a comma right before token {@code i}. */
    private boolean venueThenComma(MeetingClause c, int i) {
        return i > 1 && c.token(i - 1).text().equals(",") && venues.contains(MeetingLexicon.lemma(c.token(i - 2)))
                && !c.token(i - 2).capitalised();
    }

    /**
     * "the 13th floor of the Berlaymont", "the parlour of Clonard Monastery", "the east wing of the Capitol": past a part
     * of a building (with its ordinal) and "of" to the building's name, which says where the meeting was; else
     * {@code i}.
     */
    private int partOf(MeetingClause c, int i, int to) {
        int j = i;
        while (j < to && j < i + 2 && !c.token(j).capitalised() && Set.of("ADJ", "NUM").contains(MeetingLexicon.pos(c.token(j)))) {
            j++; // "the fifth floor", "the 13th floor", "the upstairs parlour"
        }
        if (j + 2 >= to || !venueParts.contains(MeetingLexicon.lemma(c.token(j))) || c.token(j).capitalised()
                || !c.token(j + 1).text().equalsIgnoreCase("of")) {
            return i;
        }
        int name = skipDeterminer(c, j + 2, to);
        return name < to && c.token(name).capitalised() ? name : i;
    }

    /**
     * "at 1 Treasury Place", "at 10 Downing Street": a street address, a house number and a street's name, as one place
     * in the town named after it.
     */
    private Optional<Place> address(MeetingClause c, int i, int to) {
        if (!c.token(i).text().matches("\\d{1,5}[A-Za-z]?") || i + 1 >= to) {
            return Optional.empty();
        }
        int end = nameWords(c, i + 1, to);
        if (end < i + 2 || !landmarks.contains(c.token(end - 1).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String name = c.sentence().span(i, end);
        String key = Entity.keyOf(EntityType.PLACE, name);
        Mention mention = new Mention(c.token(i).start(), c.token(end - 1).end(), name);
        return Optional.of(inTown(c, new Place(key, new Entity(key, EntityType.PLACE, name, List.of(mention), List.of(), 0.5)), end, name));
    }

    /**
     * "on the sidelines of the Oslo Forum", "on the margins of the Davos meeting": the town an event is named after is
     * where a meeting on its sidelines is held.
     */
    private Optional<Place> sidelinesTown(MeetingClause c, int i, int to) {
        int j = skipDeterminer(c, i + 1, to) + 1;
        if (j + 1 >= to || !c.token(j).text().equalsIgnoreCase("of")) {
            return Optional.empty();
        }
        int k = skipDeterminer(c, j + 1, to);
        return town(c, k).filter(r -> eventModifier(c, r.tokenEnd())).map(r -> new Place(r.key(), null));
    }

    /**
     * "X will lead the delegation to the council's session, to be held in Riyadh on Thursday. On the sidelines of the
     * session, X is expected to meet Y": a meeting on the sidelines of a gathering that its sentence names without a
     * town is in the town the sentence before puts that gathering in (its noun, then "in" and a known town, not a
     * country).
     */
    Optional<Place> sidelinesBefore(MeetingClause c, Sentence previous) {
        if (previous == null) {
            return Optional.empty();
        }
        for (int i = c.start(); i + 3 < c.end(); i++) {
            int j = skipDeterminer(c, i + 1, c.end());
            if (!c.token(i).text().equalsIgnoreCase("on") || !sidelines(c, i) || j + 2 >= c.end() || !c.token(j + 1).text().equalsIgnoreCase("of")) {
                continue;
            }
            int k = skipDeterminer(c, j + 2, c.end());
            if (k >= c.end() || c.token(k).capitalised() || !MeetingLexicon.pos(c.token(j + 2)).equals("DET")) {
                return Optional.empty(); // "of the Oslo Forum": named, see sidelinesTown
            }
            String gathering = MeetingLexicon.lemma(c.token(k));
            List<Token> t = previous.tokens();
            for (int a = 0; a < t.size(); a++) {
                if (!MeetingLexicon.lemma(t.get(a)).equals(gathering)) {
                    continue;
                }
                for (int b = a + 1; b + 1 < t.size() && b < a + 12; b++) {
                    int at = b + 1;
                    Optional<Place> town = t.get(b).text().equalsIgnoreCase("in") ? index.at(previous.index(), at)
                            .filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE)
                            .filter(r -> index.entity(r.key()).map(Entity::name).filter(n -> Gazetteer.INSTANCE.isKnownPlace(n)
                                    && Gazetteer.INSTANCE.demonym(n).isEmpty()).isPresent())
                            .map(r -> new Place(r.key(), null)) : Optional.empty();
                    if (town.isPresent()) {
                        return town;
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "had been due to join the Perth talks", "the Geneva summit": a town named right before the meeting noun, after an
     * article, is where the meeting is held. Not a country ("the Ukraine talks" are about Ukraine).
     */
    private Optional<Place> townOfMeetingNoun(MeetingClause c) {
        int t = c.trigger();
        while (t < c.purpose() && !(MeetingLexicon.pos(c.token(t)).equals("NOUN") && words.meetingNoun(c.token(t)))) {
            t++; // "had been due to join the Perth talks": the noun after the meeting verb
        }
        if (t >= c.purpose() || t < 2) {
            return Optional.empty();
        }
        int noun = t;
        return index.at(c.sentence().index(), t - 1).filter(r -> r.tokenEnd() == noun && r.tokenStart() > 0
                        && MeetingLexicon.pos(c.token(r.tokenStart() - 1)).equals("DET"))
                .flatMap(r -> town(c, r.tokenStart())).map(r -> new Place(r.key(), null));
    }

    /** The place mention opening at token {@code k} when it names a known town or city, not a country. */
    private Optional<MentionRef> town(MeetingClause c, int k) {
        return index.at(c.sentence().index(), k).filter(r -> r.tokenStart() == k && r.type() == EntityType.PLACE)
                .filter(r -> index.entity(r.key()).map(Entity::name)
                        .filter(n -> Gazetteer.INSTANCE.isKnownPlace(n) && Gazetteer.INSTANCE.demonym(n).isEmpty()).isPresent());
    }

    /**
     * "received the delegation of X, which is in Ashgabat on a working visit", "met Y, who was in Nairobi for a
     * conference", "held talks with Y, who arrived in Kyiv on Wednesday": a relative clause after the meeting word that
     * puts the guest in a place puts the meeting there.
     */
    private Optional<Place> visitorIsIn(MeetingClause c) {
        List<Token> t = c.sentence().tokens();
        for (int i = c.trigger() + 1; i + 3 < t.size(); i++) {
            boolean relative = Set.of("who", "which").contains(t.get(i).text().toLowerCase(Locale.ROOT)) && t.get(i - 1).text().equals(",");
            int verb = relative && Set.of("has", "had", "have").contains(t.get(i + 1).text().toLowerCase(Locale.ROOT)) ? i + 2 : i + 1;
            boolean arrived = relative && MeetingLexicon.pos(t.get(verb)).equals("VERB") && ARRIVALS.contains(MeetingLexicon.lemma(t.get(verb)))
                    && verb + 2 < t.size() && Set.of("in", "to").contains(t.get(verb + 1).text().toLowerCase(Locale.ROOT)); // "who arrived in Kyiv"
            if (relative && Set.of("is", "are", "was", "were").contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))
                    && t.get(i + 2).text().equalsIgnoreCase("in") || arrived) {
                int at = arrived ? verb + 2 : i + 3;
                Optional<Place> in = index.at(c.sentence().index(), at).filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE)
                        .map(r -> new Place(r.key(), null)).or(() -> knownTown(c, at));
                if (in.isPresent() && Gazetteer.INSTANCE.demonym(placeName(in.get())).isPresent()) {
                    MeetingClause whole = new MeetingClause(c.sentence(), 0, 0, t.size(), t.size());
                    Optional<Place> venue = scan(whole, at + 1, t.size()); // "who is in Mongolia on a working visit, at the Ministry of Energy"
                    return venue.isPresent() ? venue : in;
                }
                return in;
            }
        }
        return Optional.empty();
    }

    /** A town or country of the gazetteer written in one word at token {@code at} that the name finder missed: a new place. */
    private static Optional<Place> knownTown(MeetingClause c, int at) {
        Token w = c.token(at);
        if (!w.capitalised() || !Gazetteer.INSTANCE.isKnownPlace(w.text())) {
            return Optional.empty();
        }
        String key = Entity.keyOf(EntityType.PLACE, w.text());
        return Optional.of(new Place(key, new Entity(key, EntityType.PLACE, w.text(), List.of(new Mention(w.start(), w.end(), w.text())), List.of(), 0.5)));
    }

    /**
     * "a meeting with X, which had been scheduled on the sidelines of a forum in Lisbon, was cancelled": the place named
     * in a relative clause or participle phrase on the meeting noun.
     */
    private Optional<Place> asidePlace(MeetingClause c) {
        int stop = c.asideEnd();
        boolean setting = false;
        for (int k = c.end(); k < stop && !setting; k++) {
            setting = SETTINGS.contains(c.token(k).text().toLowerCase(Locale.ROOT));
        }
        return setting ? scan(new MeetingClause(c.sentence(), c.trigger(), c.start(), stop, stop), c.end(), stop) : Optional.empty();
    }

    /**
     * Words that set a meeting somewhere ("which had been scheduled ... in Lisbon", "held in Rome", "which began at 7pm at the
     * Banquet Hall", "which took place at the palace"), not what it covered.
     */
    private static final Set<String> SETTINGS = Set.of("held", "scheduled", "planned", "set", "due", "expected", "arranged",
            "organised", "organized", "hosted", "slated", "began", "begun", "started", "opened", "ended", "took", "convened");

    /**
     * "They say it in Piraeus. Last week I met the companies there.": "there" after the meeting word points to the
     * place named last before it, in its sentence or the one before. Not the "there" of "there were talks".
     */
    private Optional<Place> thereAntecedent(MeetingClause c) {
        if (text == null) {
            return Optional.empty();
        }
        boolean there = false;
        for (int i = c.trigger() + 1; i < c.end() && !there; i++) {
            there = c.token(i).text().equalsIgnoreCase("there")
                    && !(i + 1 < c.sentence().tokens().size() && Set.of("AUX", "VERB").contains(MeetingLexicon.pos(c.token(i + 1))));
        }
        if (!there) {
            return Optional.empty();
        }
        int from = c.sentence().index();
        for (int n = from; n >= Math.max(0, from - 1); n--) {
            int before = n == from ? c.trigger() : Integer.MAX_VALUE;
            Optional<MentionRef> last = index.mentionsIn(n).stream()
                    .filter(r -> r.type() == EntityType.PLACE && r.tokenEnd() <= before)
                    .reduce((a, b) -> b.tokenStart() > a.tokenStart() ? b : a);
            if (last.isPresent()) {
                return Optional.of(new Place(last.get().key(), null));
            }
        }
        return Optional.empty();
    }

    /** How many words the owner of a building may take: "the Department for Transport's headquarters". */
    private static final int OWNER_REACH = 6;

    /**
     * "at the Department for Transport's headquarters at Great Minster House", "at the union's offices at Unity Hall":
     * an owner, "'s" and a venue noun, then "at" and the building's own name; where that "at" stands, else -1.
     */
    private int buildingNamedAfter(MeetingClause c, int from, int to) {
        for (int k = from + 1; k + 3 < to && k <= from + OWNER_REACH; k++) {
            if (NameShape.isClitic(c.token(k).text())) {
                boolean building = venues.contains(MeetingLexicon.lemma(c.token(k + 1))) && !c.token(k + 1).capitalised();
                boolean at = c.token(k + 2).text().equalsIgnoreCase("at");
                return building && at && c.token(skipDeterminer(c, k + 3, to)).capitalised() ? k + 2 : -1;
            }
        }
        return -1;
    }

    /**
     * "met the captain over dinner in Petone", "talked over a working lunch at the embassy": "over" before a meal tells
     * how they met, not what about, so the search for the place goes on.
     */
    private boolean overAMeal(MeetingClause c, int i, int to) {
        if (!c.token(i).text().equalsIgnoreCase("over")) {
            return false;
        }
        for (int k = i + 1; k < Math.min(to, i + 4); k++) {
            if (words.in("meal-noun", c.token(k))) {
                return true;
            }
            if (!Set.of("DET", "ADJ", "PRON").contains(MeetingLexicon.pos(c.token(k))) && !c.token(k).text().equalsIgnoreCase("working")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "held talks with Y on trade at the Élysée Palace", "a bilateral with Y on the farm budget on the fifth floor of the
     * Europa building": a building named after the topic (after "at", or a part of a building after "on") is where they
     * met. Only a building, not a town, which may be the topic's ("talks on the situation at Kherson"); not past a comma
     * or a verb, which open another clause.
     */
    private Optional<Place> venueAfterTopic(MeetingClause c, int topic, int to) {
        for (int k = topic + 1; k < to; k++) {
            Token t = c.token(k);
            if (Set.of(",", ";", ":").contains(t.text()) || Set.of("VERB", "AUX").contains(MeetingLexicon.pos(t))) {
                return Optional.empty();
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean part = w.equals("on") && partOf(c, skipDeterminer(c, k + 1, to), to) > skipDeterminer(c, k + 1, to);
            if (w.equals("at") || part) {
                int d = partOf(c, skipDeterminer(c, k + 1, to), to);
                Optional<Place> p = at(c, skipPossessor(c, d, to), to);
                return p.filter(x -> venueName(placeName(x)));
            }
        }
        return Optional.empty();
    }

    /** Units of time whose number tells how long a meeting ran: "for over an hour", "for about 90 minutes". */
    private static final Set<String> DURATION_UNITS = Set.of("minute", "hour", "half-hour", "day", "week");
    /** Words between "over" or "about" and a unit of time: "over an hour", "about two and a half hours", "over more than 90 minutes". */
    private static final Set<String> AMOUNT_WORDS = Set.of("a", "an", "half", "and", "more", "less", "than", "one", "two", "three",
            "four", "five", "six", "several", "few", "couple", "of");

    /**
     * "met for over an hour at the Interior Ministry", "talked for about 90 minutes in her office": "over" or "about"
     * before an amount of time tells how long the meeting ran, not what it was about, so the search for the place goes on.
     */
    private static boolean duration(MeetingClause c, int i, int to) {
        if (!Set.of("over", "about").contains(c.token(i).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(to, i + 6); k++) {
            String w = c.token(k).text().toLowerCase(Locale.ROOT);
            if (DURATION_UNITS.contains(MeetingLexicon.lemma(c.token(k))) || DURATION_UNITS.contains(w.replaceAll("s$", ""))) {
                return k > i + 1;
            }
            if (!AMOUNT_WORDS.contains(w) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Kinds of journey after "on a": "on a working visit", "on an official trip", "on his first visit". */
    private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip", "tour", "mission", "stopover");

    /**
     * "X, who is in Mongolia on a working visit, at the Ministry of Energy", "received Y, on his first visit to the
     * country, at the palace": "on" before a visit tells why the guest is there, not a topic, so the search goes on
     * after it. The token after the visit and the place it goes to, else {@code i} when token {@code i} opens no visit.
     */
    private static int visitEnd(MeetingClause c, int i, int to) {
        if (!c.token(i).text().equalsIgnoreCase("on")) {
            return i;
        }
        for (int k = i + 1; k < Math.min(to, i + 5); k++) {
            if (VISIT_NOUNS.contains(MeetingLexicon.lemma(c.token(k))) && !c.token(k).capitalised()) {
                int end = k + 1;
                if (end < to && c.token(end).text().equalsIgnoreCase("to")) { // "to Kenya", "to the country"
                    end = skipDeterminer(c, end + 1, to);
                    int name = end;
                    while (end < to && (c.token(end).capitalised() || end > name && c.token(end).text().equals("of"))) {
                        end++;
                    }
                    end = end == name && end < to && !c.token(end).capitalised() ? end + 1 : end;
                }
                return end;
            }
            if (!Set.of("DET", "ADJ", "PRON", "NUM").contains(MeetingLexicon.pos(c.token(k)))
                    && !VISIT_KINDS.contains(c.token(k).text().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return i;
    }

    /** Words of a visit's kind the tagger may take for nouns or verbs: "on a working visit", "on a state visit". */
    private static final Set<String> VISIT_KINDS = Set.of("working", "state", "official", "first", "two-day", "three-day", "private");

    /** "paid a courtesy call on Governor X at Raj Bhavan": "on" before the person called on, not before a topic. */
    private boolean calledOn(MeetingClause c, int i) {
        if (!c.token(i).text().equalsIgnoreCase("on")) {
            return false;
        }
        for (int k = i + 1; k < Math.min(c.end(), i + 5); k++) {
            if (index.at(c.sentence().index(), k).filter(r -> r.type() == EntityType.PERSON).isPresent()) {
                return true;
            }
            if (!(Lexicon.INSTANCE.isRoleWord(c.token(k).text()) || Lexicon.INSTANCE.isHonorific(c.token(k).text())
                    || c.token(k).text().equals(".") || MeetingLexicon.pos(c.token(k)).equals("DET"))) {
                return false;
            }
        }
        return false;
    }

    /** Words of a journey whose "to" names where it ends: "a trip to Paris", "flies to Baghdad to meet", "invited him to Vilnius". */
    private static final Set<String> JOURNEYS = Set.of("visit", "trip", "travel", "fly", "head", "go", "come", "return",
            "journey", "invite", "welcome");

    /** "Parliament Hill", "the Champs-Elysees avenue": a capitalised name at {@code i} whose last word is a landmark's. */
    private boolean landmarkAfter(MeetingClause c, int i, int to) {
        int j = skipDeterminer(c, i, to);
        if (j >= to || !c.token(j).capitalised()) {
            return false;
        }
        while (j + 1 < to && c.token(j + 1).capitalised()) {
            j++;
        }
        return landmarks.contains(c.token(j).text().toLowerCase(Locale.ROOT));
    }

    /** "visited Kenya", "a trip to Paris": the place visited. */
    private static boolean visitTarget(MeetingClause c, int i) {
        String l = MeetingLexicon.lemma(c.token(i));
        boolean verb = l.equals("visit") && MeetingLexicon.pos(c.token(i)).equals("VERB")
                && !(i > 0 && MeetingLexicon.pos(c.token(i - 1)).equals("DET")); // not "a visiting IMF delegation"
        boolean to = l.equals("to") && i > 0 && JOURNEYS.contains(MeetingLexicon.lemma(c.token(i - 1)));
        return verb || to;
    }

    /** "on Tuesday", "on 23 October", "on the 5th": a date, not a topic, after "on". */
    private static boolean dateFollows(MeetingClause c, int i) {
        int j = i + 1 < c.end() && c.token(i + 1).text().equalsIgnoreCase("the") ? i + 2 : i + 1;
        return j < c.end() && (NOT_PLACES.contains(c.token(j).text().toLowerCase(Locale.ROOT))
                || Character.isDigit(c.token(j).text().charAt(0)));
    }

    private static boolean sidelines(MeetingClause c, int i) {
        int j = skipDeterminer(c, i + 1, c.end());
        return j < c.end() && SIDELINES.contains(c.token(j).text().toLowerCase(Locale.ROOT));
    }

    /** "at the carmaker's Nagoya headquarters", "at his Paris office": past a possessor to the name after it. */
    private static int skipPossessor(MeetingClause c, int i, int to) {
        if (i < to && Set.of("his", "her", "its", "their").contains(c.token(i).text().toLowerCase(Locale.ROOT))) {
            return i + 1;
        }
        if (i + 1 < to && !c.token(i).capitalised() && MeetingLexicon.pos(c.token(i)).equals("NOUN") && c.token(i + 1).text().equals("'s")) {
            return i + 2;
        }
        return i;
    }

    /**
     * "in (the) city of Dushanbe", "on the island of Rote": past the kind of place to its name; "at the offices of
     * the Ministry of Health": past the building to the body it houses.
     */
    private int skipSettlement(MeetingClause c, int i, int to) {
        boolean kind = i + 2 < to && !c.token(i).capitalised() && settlements.contains(c.token(i).text().toLowerCase(Locale.ROOT))
                && c.token(i + 1).text().equals("of") && c.token(i + 2).capitalised();
        if (kind) {
            return i + 2;
        }
        int town = townAfterItsKind(c, i, to);
        if (town > i) {
            return town;
        }
        int noun = i;
        while (noun + 1 < to && noun < i + 2 && MeetingLexicon.pos(c.token(noun)).equals("ADJ") && !c.token(noun).capitalised()) {
            noun++; // "the general office of", "the main offices of"
        }
        int body = noun + 2 < to && c.token(noun + 2).text().equals("the") ? noun + 3 : noun + 2;
        boolean building = body < to && !c.token(noun).capitalised() && venues.contains(MeetingLexicon.lemma(c.token(noun)))
                && c.token(noun + 1).text().equals("of") && c.token(body).capitalised() && nameWords(c, body, to) > body
                && !titleholder(c, nameWords(c, body, to), to); // not "the residence of the UN special envoy"
        return building ? body : i; // not "the residence of Ambassador X"
    }

    /**
     * "in the capital Ankara", "in the Turkish capital, Ankara", "in the northern city of Trabzon", "at the port city of
     * Mombasa": past words of a town's kind (a settlement word, after at most two words saying which) and "of" or a
     * comma, to the town named after them. Only a known place is taken after a bare kind, not "the city Council".
     * The town's token, else {@code i}.
     */
    private int townAfterItsKind(MeetingClause c, int i, int to) {
        int k = i;
        while (k < Math.min(to, i + 2) && !settlements.contains(c.token(k).text().toLowerCase(Locale.ROOT))
                && (MeetingLexicon.pos(c.token(k)).equals("ADJ") || c.token(k).capitalised())) {
            k++; // "northern", "Turkish", "Black Sea"
        }
        int kinds = k;
        while (k < to && k < kinds + 2 && !c.token(k).capitalised() && settlements.contains(c.token(k).text().toLowerCase(Locale.ROOT))) {
            k++; // "capital", "port city"
        }
        if (k == kinds || k >= to) {
            return i;
        }
        boolean of = c.token(k).text().equals("of");
        int name = of || c.token(k).text().equals(",") ? k + 1 : k;
        if (name >= to || !c.token(name).capitalised() || of && k == i) {
            return i; // "the city of X" is left to the caller's own test
        }
        boolean known = index.at(c.sentence().index(), name).filter(r -> r.tokenStart() == name && r.type() == EntityType.PLACE).isPresent()
                || Gazetteer.INSTANCE.isKnownPlace(c.token(name).text());
        return of || known ? name : i;
    }

    /**
     * "the UN special envoy", "the EU ambassador": lower-case words of a title after a body's name ending at {@code k},
     * which make the name a person's office, not a building's owner.
     */
    private static boolean titleholder(MeetingClause c, int k, int to) {
        int j = k;
        while (j < to && j < k + 3 && !c.token(j).capitalised() && MeetingLexicon.pos(c.token(j)).equals("ADJ")) {
            j++;
        }
        return j < to && !c.token(j).capitalised() && Lexicon.INSTANCE.isRoleHead(c.token(j).text());
    }

    private static int skipDeterminer(MeetingClause c, int i, int to) {
        return i < to && MeetingLexicon.pos(c.token(i)).equals("DET") ? i + 1 : i;
    }

    private Optional<Place> at(MeetingClause c, int i, int to) {
        if (i >= to) {
            return Optional.empty();
        }
        Optional<Place> ministry = namedMinistry(c, i, to).or(() -> address(c, i, to));
        if (ministry.isPresent()) {
            return ministry;
        }
        Sentence s = c.sentence();
        Optional<MentionRef> m = index.at(s.index(), i).filter(r -> r.tokenStart() == i);
        int title = i;
        while (title < Math.min(to, i + 3) && c.token(title).capitalised() && Lexicon.INSTANCE.isRoleWord(c.token(title).text())) {
            title++;
        }
        if (title > i && titleholderVenueEnd(c, title, to) > title) {
            int end = titleholderVenueEnd(c, title, to); // "the Prime Minister's Office", whoever the name finder took "Minister" for
            String name = s.span(i, end);
            String key = Entity.keyOf(EntityType.PLACE, name);
            Mention mention = new Mention(c.token(i).start(), c.token(end - 1).end(), name);
            return Optional.of(inTown(c, new Place(key, new Entity(key, EntityType.PLACE, name, List.of(mention), List.of(), 0.5)), end, name));
        }
        if (m.isPresent() && m.get().type() == EntityType.PERSON) {
            int end = nameWords(c, m.get().tokenEnd(), to);
            String last = end > m.get().tokenEnd() ? MeetingLexicon.lemma(c.token(end - 1)) : "";
            if (venues.contains(last) || landmarks.contains(last)) { // "Jomo Kenyatta International Airport"
                String name = s.span(i, end);
                String key = Entity.keyOf(EntityType.PLACE, name);
                Mention mention = new Mention(c.token(i).start(), c.token(end - 1).end(), name);
                return Optional.of(inTown(c, new Place(key, new Entity(key, EntityType.PLACE, name, List.of(mention), List.of(), 0.5)), end, name));
            }
        }
        if (m.isPresent() && m.get().type() != EntityType.PERSON && (nameGoesOn(c, m.get().tokenEnd(), to)
                || complementEnd(c, m.get().tokenEnd(), to) > m.get().tokenEnd() || portfolioGoesOn(c, m.get(), to))) {
            return unknownName(c, i, to); // "Raj" + "Bhavan": one name the name finder cut in two
        }
        if (m.isPresent()) {
            MentionRef r = m.get();
            String name = index.entity(r.key()).map(Entity::name).orElse("");
            if (r.type() != EntityType.PERSON && eventModifier(c, r.tokenEnd()) && venueNoun(c, r.tokenEnd())
                    && !Gazetteer.INSTANCE.isWorldPlace(name)) {
                int end = venueNounEnd(c, r.tokenEnd()); // "the Commonwealth offices": the organisation's building
                String venueName = s.span(i, end);
                String key = Entity.keyOf(EntityType.PLACE, venueName);
                Mention mention = new Mention(c.token(i).start(), c.token(end - 1).end(), venueName);
                return Optional.of(inTown(c, new Place(key, new Entity(key, EntityType.PLACE, venueName, List.of(mention), List.of(), 0.5)),
                        end, venueName));
            }
            boolean venue = r.type() != EntityType.PERSON && (!eventModifier(c, r.tokenEnd()) || venueNoun(c, r.tokenEnd()));
            return venue ? Optional.of(inTown(c, new Place(r.key(), null), venueNounEnd(c, r.tokenEnd()), index.entity(r.key())
                    .map(Entity::name).orElse(""))) : Optional.empty();
        }
        return unknownName(c, i, to);
    }

    /**
     * "at the presidential palace", "at the government building", "in the governor's office", "at the ministry of
     * fisheries and maritime economy": a public building or body named in lower-case words that still single it out,
     * kept as the story words it (an institution's name in capitals), in the town named after it or, the words being
     * generic, the dateline's. Not "his office", "the party office", "the main hall" or "the ministry's headquarters".
     */
    private Optional<Place> describedVenue(MeetingClause c, int i, int to) {
        List<Token> t = c.sentence().tokens();
        if (i == 0 || !t.get(i - 1).text().equalsIgnoreCase("the") || t.get(i).capitalised()) {
            return Optional.empty();
        }
        int end = institution(t, i, to);
        String name = end > i ? titleCase(c.sentence().span(i, end)) : null;
        boolean specific = false;
        for (int j = i; name == null && j < Math.min(to, i + 4) && !t.get(j).capitalised(); j++) {
            String w = t.get(j).text().toLowerCase(Locale.ROOT);
            if (specific && venues.contains(MeetingLexicon.lemma(t.get(j)))) {
                end = j + 1;
                name = c.sentence().span(i, end);
            } else if (publicWords.contains(w)) {
                specific = true;
            } else if (Lexicon.INSTANCE.isRoleHead(w) && j + 1 < to && t.get(j + 1).text().equals("'s")) {
                specific = true; // "the governor's office", "the prime minister's residence"
                j++;
            } else {
                return Optional.empty();
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        String key = Entity.keyOf(EntityType.PLACE, name);
        Mention mention = new Mention(t.get(i).start(), t.get(end - 1).end(), c.sentence().span(i, end));
        return Optional.of(inTown(c, new Place(key, new Entity(key, EntityType.PLACE, name, List.of(mention), List.of(), 0.5)), end, name));
    }

    /** "ministry of fisheries and maritime economy": the end of a lower-case ministry's name from {@code i}, else {@code i}. */
    private static int institution(List<Token> t, int i, int to) {
        if (!t.get(i).text().equals("ministry") || i + 2 >= to || !NAME_LINKS.contains(t.get(i + 1).text())) {
            return i;
        }
        int end = i;
        for (int j = i + 2; j < to && !t.get(j).capitalised(); j++) {
            String pos = MeetingLexicon.pos(t.get(j));
            boolean modifier = pos.equals("ADJ") || pos.equals("PRON") && j + 1 < to && MeetingLexicon.pos(t.get(j + 1)).equals("NOUN")
                    && !NameShape.isClitic(t.get(j).text()) && t.get(j).text().length() > 4; // "maritime", mistagged
            if (pos.equals("NOUN")) {
                end = j + 1;
            } else if (!modifier && !t.get(j).text().equals("and")) {
                break;
            }
        }
        return end;
    }

    /** "Ministry of Fisheries and Maritime Economy": capitals for a name written in lower case, but not for "of" or "and". */
    private static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            boolean small = Set.of("of", "for", "and", "the").contains(w);
            b.append(b.length() > 0 ? " " : "").append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    /** Words before "Minister" that give a rank, not a ministry: "Prime Minister", "Deputy Minister". */
    private static final Set<String> RANKS = Set.of("prime", "deputy", "vice", "state", "chief", "first", "senior", "junior",
            "acting", "former", "cabinet", "coordinating", "assistant", "shadow", "associate", "interim", "caretaker", "principal",
            "union", "federal", "provincial"); // "Union Minister X" (India, Myanmar), "Federal Minister X": no ministry's name

    /**
     * "received X at the ministry", "met Y at the Ministry": a ministry whose name the story gives elsewhere. It is
     * the ministry of a minister named before the meeting word ("Energy and Water Minister X met Y at the ministry"
     * gives "Ministry of Energy and Water", "the Minister of Foreign Affairs received Y at the Ministry" "Ministry of
     * Foreign Affairs"), else the ministry last named before it ("talks at the Ministry of Labour ... lunch at the
     * ministry"), in the town named after it. Not "the ministry's headquarters" nor "a ministry".
     */
    private Optional<Place> namedMinistry(MeetingClause c, int i, int to) {
        Sentence s = c.sentence();
        List<Token> t = s.tokens();
        boolean bare = i > 0 && MeetingLexicon.lemma(t.get(i)).equals("ministry") && t.get(i - 1).text().equalsIgnoreCase("the")
                && !(i + 1 < t.size() && Set.of("of", "for", "'s", "\u2019s").contains(t.get(i + 1).text().toLowerCase(Locale.ROOT)));
        if (!bare) {
            return Optional.empty();
        }
        int host = calledOn(c) ? i : Math.min(c.trigger(), i); // "called on Foreign Minister X at the ministry": the host's ministry
        Optional<String> name = portfolio(s, host).or(() -> lastMinistry(s, i));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String key = Entity.keyOf(EntityType.PLACE, name.get());
        Mention mention = new Mention(t.get(i).start(), t.get(i).end(), t.get(i).text());
        return Optional.of(inTown(c, new Place(key, new Entity(key, EntityType.PLACE, name.get(), List.of(mention), List.of(), 0.5)),
                venueNounEnd(c, i + 1), name.get()));
    }

    /** Verbs whose object hosts the meeting at his ministry: "called on X", "paid a visit to X". */
    private static final Set<String> GUEST_VERBS = Set.of("call", "visit");

    /** Whether the meeting word is a guest's ("called on Foreign Minister X at the ministry"), so that its object hosts. */
    private static boolean calledOn(MeetingClause c) {
        Token t = c.token(c.trigger());
        return MeetingLexicon.pos(t).equals("VERB") && GUEST_VERBS.contains(MeetingLexicon.lemma(t));
    }

    /**
     * The ministry of the nearest minister before token {@code before} whose title names it: "Minister of Foreign
     * Affairs and Expatriates X", "Energy and Water Minister X" ("Ministry of Energy and Water"), "Foreign Minister X"
     * ("Foreign Ministry").
     */
    private Optional<String> portfolio(Sentence s, int before) {
        List<Token> t = s.tokens();
        for (int k = before - 1; k >= 0; k--) {
            if (!t.get(k).text().equalsIgnoreCase("minister") || !t.get(k).capitalised()) {
                continue;
            }
            if (k + 2 < before && NAME_LINKS.contains(t.get(k + 1).text())) {
                int end = joinedNames(s, k + 2, before);
                if (end > k + 2) {
                    return Optional.of("Ministry " + t.get(k + 1).text() + " " + s.span(k + 2, end));
                }
            }
            int from = k;
            while (from > 0 && (isNamePart(t.get(from - 1)) || MeetingLexicon.pos(t.get(from - 1)).equals("ADJ") && t.get(from - 1).capitalised()
                    || t.get(from - 1).text().equals("and") && from - 2 >= 0 && t.get(from - 2).capitalised())
                    && !RANKS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT)) && !Gazetteer.INSTANCE.isKnown(t.get(from - 1).text())
                    && !Lexicon.INSTANCE.isRoleHead(t.get(from - 1).text())
                    && index.at(s.index(), from - 1).filter(r -> r.type() == EntityType.PERSON).isEmpty()) {
                from--;
            }
            while (from < k && t.get(from).text().equals("and")) { // "Deputy Prime Minister and Energy Minister X"
                from++;
            }
            if (from < k) {
                String words = s.span(from, k);
                boolean adjective = from == k - 1 && MeetingLexicon.pos(t.get(from)).equals("ADJ");
                return Optional.of(adjective ? words + " Ministry" : "Ministry of " + words);
            }
        }
        return Optional.empty();
    }

    /** The ministry named last before token {@code i} of sentence {@code s}, in it or in the sentences before ("the Ministry of Labour"). */
    private Optional<String> lastMinistry(Sentence s, int i) {
        if (text == null) {
            return Optional.empty();
        }
        for (int n = s.index(); n >= 0; n--) {
            Sentence x = text.sentences().get(n);
            List<Token> t = x.tokens();
            for (int k = (n == s.index() ? i : t.size()) - 1; k >= 0; k--) {
                if (t.get(k).text().equals("Ministry")) {
                    int end = complementEnd(x, k + 1, t.size());
                    if (end > k + 1) {
                        return Optional.of(x.span(k, end));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "the Nagoya headquarters", "his Lagos office": a city naming where a venue is. */
    private boolean venueNoun(MeetingClause c, int after) {
        for (int k = after; k < Math.min(c.sentence().tokens().size(), after + 2); k++) {
            if (venues.contains(MeetingLexicon.lemma(c.token(k)))) {
                return true;
            }
            if (!MeetingLexicon.pos(c.token(k)).equals("NOUN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A venue with the town it is in: named right after it ("at the Government House in Chisinau", "at State
     * House, Nairobi"), or, for a venue whose name is only generic words ("the Government Palace", "PM House"),
     * the story's dateline city. A town, a country or a venue whose town is unknown stays as it is.
     */
    private Place inTown(MeetingClause c, Place p, int after, String name) {
        if (Gazetteer.INSTANCE.isWorldPlace(name) || Gazetteer.INSTANCE.lookup(name).filter(h -> h.type() == EntityType.PLACE).isPresent()) {
            return p;
        }
        List<Token> t = c.sentence().tokens();
        if (after + 1 < t.size() && (t.get(after).text().equals(",") || t.get(after).text().equalsIgnoreCase("in"))) {
            int at = after + 2 < t.size() && t.get(after).text().equals(",") && t.get(after + 1).text().equalsIgnoreCase("in")
                    ? after + 2 : after + 1; // "on the Avenida Central, in Lisbon"
            Optional<MentionRef> town = index.at(c.sentence().index(), at)
                    .filter(r -> r.tokenStart() == at && r.type() == EntityType.PLACE && !r.key().equals(p.key()));
            if (town.isPresent()) {
                return p.in(town.get().key());
            }
        }
        if (dateline.isPresent() && !dateline.get().key().equals(p.key()) && generic(name)) {
            return p.in(dateline.get().key());
        }
        return venueName(name) ? sentenceTown(c, p, after).or(() -> datelineTown(c, p)).map(p::in).orElse(p) : p;
    }

    /** Words before a town that put someone there: "arrived in Tehran", "will travel to Beijing", "leave for Rome". */
    private static final Set<String> TOWN_PREPS = Set.of("in", "to", "for");

    /**
     * Whether a venue's name names a building or body ("Foreign Ministry", "the Élysée Palace", "AEOI headquarters",
     * "Parliament Avenue"), not a place one could take for a town.
     */
    private boolean venueName(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).replace("'s", "").split("[\\s-]+")) {
            String one = w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
            if (venues.contains(w) || venues.contains(one) || landmarks.contains(w) || landmarks.contains(one)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "is to travel to Beijing next week, where he will be received at the Foreign Ministry", "X, who arrived in Oslo
     * on Monday, met Y at the ministry": the town named last before the venue in its sentence after "in", "to" or "for"
     * is the town the venue is in. A country does not say which town.
     */
    private Optional<String> sentenceTown(MeetingClause c, Place p, int venueEnd) {
        return index.mentionsIn(c.sentence().index()).stream()
                .filter(r -> r.type() == EntityType.PLACE && r.tokenEnd() < venueEnd && r.tokenStart() > 0 && !r.key().equals(p.key())
                        && TOWN_PREPS.contains(c.token(r.tokenStart() - 1).text().toLowerCase(Locale.ROOT)))
                .filter(r -> index.entity(r.key()).map(Entity::name).filter(n -> Gazetteer.INSTANCE.isKnownPlace(n)
                        && Gazetteer.INSTANCE.demonym(n).isEmpty()).isPresent())
                .reduce((a, b) -> b.tokenStart() > a.tokenStart() ? b : a).map(MentionRef::key);
    }

    /**
     * "TEHRAN - ... received X at the Foreign Ministry": a venue told without its town is in the dateline city, unless
     * its sentence names another place someone goes to ("will travel to China, where he will be received at the
     * Foreign Ministry").
     */
    private Optional<String> datelineTown(MeetingClause c, Place p) {
        Optional<String> home = dateline.map(Place::key).filter(k -> !k.equals(p.key()));
        boolean elsewhere = index.mentionsIn(c.sentence().index()).stream().anyMatch(r -> r.type() == EntityType.PLACE
                && r.tokenStart() > 0 && c.token(r.tokenStart() - 1).text().equalsIgnoreCase("to") && !r.key().equals(p.key())
                && !home.equals(Optional.of(r.key())) && !accreditedTo(c, r.tokenStart() - 1));
        return elsewhere ? Optional.empty() : home;
    }

    /** Titles of those posted to a country: "Ambassador of Thailand to Myanmar", "the EU's envoy to Kenya". */
    private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "consul", "commissioner", "representative", "emissary",
            "charge", "chargé", "nuncio");

    /** How many words before "to" an envoy's title may stand: "Ambassador of the Kingdom of Thailand to Myanmar". */
    private static final int ENVOY_REACH = 6;

    /** Whether the "to" at {@code to} names the country an envoy is posted to, not a place someone goes to. */
    private static boolean accreditedTo(MeetingClause c, int to) {
        for (int k = to - 1; k >= Math.max(0, to - ENVOY_REACH); k--) {
            if (ENVOYS.contains(c.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (Set.of("VERB", "AUX").contains(MeetingLexicon.pos(c.token(k)))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a venue's name says only what kind of building it is ("Government House", "the Chancellery"). */
    private boolean generic(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replace("'s", "").split("[\\s-]+");
        for (String w : words) {
            if (!genericWords.contains(w) && !venues.contains(w)) {
                return false;
            }
        }
        return words.length > 0;
    }

    /** The token after the venue noun that follows a name at {@code after} ("hotel", "border crossing"). */
    private int venueNounEnd(MeetingClause c, int after) {
        for (int k = after; k < Math.min(c.sentence().tokens().size(), after + 2); k++) {
            if (venues.contains(MeetingLexicon.lemma(c.token(k)))) {
                return k + 1;
            }
        }
        return after;
    }

    /** "the African Union summit": a name followed by a common noun names an event, not a venue. */
    private static boolean eventModifier(MeetingClause c, int after) {
        return after < c.sentence().tokens().size() && MeetingLexicon.pos(c.token(after)).equals("NOUN")
                && !TIME_NOUNS.contains(c.token(after).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a capitalised word that is no person's and no title goes on from the name ending at {@code end}
     * ("Raj Bhavan", where the name finder found only "Raj").
     */
    private boolean nameGoesOn(MeetingClause c, int end, int to) {
        if (end >= to || !isNamePart(c.token(end))) {
            return false;
        }
        String w = c.token(end).text();
        Optional<MentionRef> next = index.at(c.sentence().index(), end);
        return next.map(r -> r.type() != EntityType.PERSON).orElse(true)
                && !Lexicon.INSTANCE.isRoleHead(w) && !Lexicon.INSTANCE.isHonorific(w);
    }

    private Optional<Place> unknownName(MeetingClause c, int i, int to) {
        int j = i;
        while (j < to && (isNamePart(c.token(j)) || articleOfName(c, j, to) || adjectiveOfName(c, j, to)) && (index.at(c.sentence().index(), j).isEmpty()
                || j > i && nameGoesOn(c, j, to) || j == i && index.at(c.sentence().index(), j).filter(r -> r.type() != EntityType.PERSON).isPresent())) {
            j++;
        }
        if (j == i) {
            return Optional.empty();
        }
        j = titleholderVenueEnd(c, j, to);
        j = complementEnd(c, j, to);
        int nameEnd = j;
        Optional<MentionRef> rest = index.at(c.sentence().index(), j).filter(r -> r.tokenStart() == nameEnd && r.type() != EntityType.PERSON);
        if (rest.isPresent()) {
            j = rest.get().tokenEnd();
        }
        if (eventModifier(c, j) && venueNoun(c, j) && !Gazetteer.INSTANCE.isWorldPlace(c.sentence().span(i, j))) {
            j = venueNounEnd(c, j); // "the Don Chan Palace hotel", "the Agua Caliente border crossing"
        } else if (eventModifier(c, j) && !(venueNoun(c, j) && Gazetteer.INSTANCE.isWorldPlace(c.sentence().span(i, j)))) {
            return Optional.empty();
        }
        Sentence s = c.sentence();
        String name = s.span(i, j);
        String key = Entity.keyOf(EntityType.PLACE, name);
        Mention mention = new Mention(c.token(i).start(), c.token(j - 1).end(), name);
        return Optional.of(inTown(c, new Place(key, new Entity(key, EntityType.PLACE, name, List.of(mention), List.of(), 0.5)), j, name));
    }

    /**
     * "the Prime Minister's Office", "the Governor's Mansion": a title in capitals, "'s" and a capitalised venue noun
     * name one building; where that name ends, else {@code end} (the end of the words before "'s").
     */
    private int titleholderVenueEnd(MeetingClause c, int end, int to) {
        if (end + 1 >= to || !NameShape.isClitic(c.token(end).text()) || !c.token(end + 1).capitalised()
                || !venues.contains(MeetingLexicon.lemma(c.token(end + 1))) || !Lexicon.INSTANCE.isRoleHead(c.token(end - 1).text())) {
            return end;
        }
        return end + 2;
    }

    /**
     * "the Ministry of Maritime Affairs and Insular Policy": an institution's name with "of" or "for" that the name
     * finder ended before "and" and more capitalised words of its portfolio.
     */
    private boolean portfolioGoesOn(MeetingClause c, MentionRef r, int to) {
        int end = r.tokenEnd();
        return r.tokenStart() + 2 < end && NAME_LINKS.contains(c.token(r.tokenStart() + 1).text())
                && complementEnd(c, r.tokenStart() + 1, to) > end;
    }

    /** Words that join an institution's name to what it is of: "Ministry of Labour", "Coordinating Ministry for Culture". */
    private static final Set<String> NAME_LINKS = Set.of("of", "for");

    /**
     * Where an institution's name ending at {@code end} goes on past "of" or "for" and the capitalised words after
     * it, with more of them joined by "and" ("the Ministry of Energy and Water", "the University of Nairobi"), when
     * the word before "of" heads the names of bodies or buildings ("Ministry", "Embassy"). A person, a title or a
     * date after the link or the "and" ends the name ("the Ministry of Finance and Prime Minister X"); {@code end}
     * when the name does not go on.
     */
    private int complementEnd(MeetingClause c, int end, int to) {
        return complementEnd(c.sentence(), end, to);
    }

    private int complementEnd(Sentence s, int end, int to) {
        List<Token> t = s.tokens();
        if (end < 1 || end + 1 >= to || !NAME_LINKS.contains(t.get(end).text())) {
            return end;
        }
        Token head = t.get(end - 1);
        if (!head.capitalised() || !(Lexicon.INSTANCE.isOrgHead(head.text()) || venues.contains(MeetingLexicon.lemma(head)))) {
            return end;
        }
        int from = end + 2 < to && t.get(end + 1).text().equals("the") && t.get(end + 2).capitalised() ? end + 2 : end + 1;
        int j = joinedNames(s, from, to); // "the Great Hall of the People", "the Banquet Hall of the Presidential Villa"
        return j == from ? end : j;
    }

    /**
     * The end of the capitalised words of a name from {@code i}, with more of them joined by "and" ("Energy and
     * Water"), unless a person or a title follows the "and" ("Finance and Prime Minister X"); {@code i} when none.
     */
    private int joinedNames(Sentence s, int i, int to) {
        List<Token> t = s.tokens();
        int j = nameWords(s, i, to);
        if (j == i) {
            return i;
        }
        j = serialList(s, j, to);
        while (j + 1 < to && t.get(j).text().equals("and")) {
            int k = nameWords(s, j + 1, to);
            boolean person = index.at(s.index(), k).filter(r -> r.type() == EntityType.PERSON && r.tokenStart() == k).isPresent();
            boolean nextName = k < to && !person && (isNamePart(t.get(k)) || index.at(s.index(), k).isPresent()); // "and Prime Minister"
            if (k == j + 1 || nextName) {
                break;
            }
            j = k;
        }
        return j;
    }

    /**
     * "Ministry of Commerce, Industry and Investment Promotion": where the capitalised words of a portfolio go on past
     * commas, when the list they make is closed by "and" and more such words; else {@code j}, the comma after the first
     * ("the Ministry of Finance, Planning Minister X said").
     */
    private int serialList(Sentence s, int j, int clauseEnd) {
        List<Token> t = s.tokens();
        int to = t.size(); // the clause may end at the list's first comma
        int k = j;
        while (k + 1 < to && t.get(k).text().equals(",")) {
            int next = nameWords(s, k + 1, to);
            if (next == k + 1 || next - k - 1 > 3) {
                return j;
            }
            k = next;
        }
        return k > j && k + 1 < to && t.get(k).text().equals("and") && nameWords(s, k + 1, to) > k + 1 ? k : j;
    }

    /** The end of the capitalised words of a name from {@code i} that are no person's, title or date ("Foreign Affairs"). */
    private int nameWords(MeetingClause c, int i, int to) {
        return nameWords(c.sentence(), i, to);
    }

    private int nameWords(Sentence s, int i, int to) {
        List<Token> t = s.tokens();
        int j = i;
        while (j < to && (isNamePart(t.get(j)) || adjectiveOfName(t, j, to) || j > 0 && t.get(j).capitalised() // "Expatriates" tagged as a verb
                && Set.of("VERB", "PRON").contains(MeetingLexicon.pos(t.get(j))) && !NOT_PLACES.contains(t.get(j).text().toLowerCase(Locale.ROOT))
                && !PRONOUNS.contains(t.get(j).text().toLowerCase(Locale.ROOT)))
                && !Lexicon.INSTANCE.isRoleHead(t.get(j).text()) && !Lexicon.INSTANCE.isHonorific(t.get(j).text())
                && index.at(s.index(), j).filter(r -> r.type() == EntityType.PERSON).isEmpty()) {
            j++;
        }
        return j;
    }

    /** Pronouns that may open a sentence in capitals: never a word of a name ("Investment", tagged a pronoun, may be). */
    private static final Set<String> PRONOUNS = Set.of("i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their",
            "this", "that", "these", "those", "which", "who", "whom", "whose", "what", "there", "other", "others", "each", "both",
            "all", "some", "any", "none", "one", "another", "such", "itself", "himself", "herself", "themselves");

    /** Lower-case articles that open Arabic names written with a hyphen ("al-Yamamah Palace", "el-Tahrir Square"). */
    private static final Set<String> NAME_ARTICLES = Set.of("al", "el", "an", "ar", "as", "ash", "ad", "az");

    /** "al" before "-Yamamah" (or "-" "Yamamah"), and the hyphen after it: the article of a hyphenated Arabic name. */
    private static boolean articleOfName(MeetingClause c, int j, int to) {
        String w = c.token(j).text();
        boolean article = NAME_ARTICLES.contains(w) && j + 1 < to && c.token(j + 1).text().startsWith("-")
                && c.token(j + 1).start() == c.token(j).end();
        boolean hyphen = w.startsWith("-") && j > 0 && NAME_ARTICLES.contains(c.token(j - 1).text())
                && c.token(j - 1).end() == c.token(j).start() && (w.length() > 1 ? Character.isUpperCase(w.charAt(1))
                : j + 1 < to && c.token(j + 1).capitalised());
        return article || hyphen;
    }

    /** "the Presidential Complex", "the Royal Palace": a capitalised adjective that opens a venue's name. */
    private static boolean adjectiveOfName(MeetingClause c, int j, int to) {
        return adjectiveOfName(c.sentence().tokens(), j, to);
    }

    private static boolean adjectiveOfName(List<Token> t, int j, int to) {
        return j > 0 && MeetingLexicon.pos(t.get(j)).equals("ADJ") && t.get(j).capitalised() && j + 1 < to
                && isNamePart(t.get(j + 1)) && !Gazetteer.INSTANCE.isKnown(t.get(j).text());
    }

    /** A word of a name: a proper noun, or a capitalised noun the tagger took for a common one ("the Chancellery"). */
    private static boolean isNamePart(Token t) {
        String pos = MeetingLexicon.pos(t);
        return (pos.equals("PROPN") || pos.equals("NOUN")) && t.capitalised() && !NOT_PLACES.contains(t.text().toLowerCase(Locale.ROOT));
    }
}
