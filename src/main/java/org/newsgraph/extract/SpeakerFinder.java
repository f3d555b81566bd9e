package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the speaker of a speech verb: the mention just before it (over adverbs, auxiliaries and a
 * ", who ..., " clause), the mention just after it ("said Foreign Minister X"), coordinated speakers
 * ("The President and Prime Minister agreed"), groups of the article's leading people ("the two
 * leaders"), and unnamed sources ("a spokesperson", "officials"). Not thread-safe: one per article.
 */
final class SpeakerFinder {
    private static final Set<String> SKIP_POS = Set.of("ADV", "AUX");
    /** Floating quantifiers between a subject and its verb, whatever their tag: "Ruiz and Lenz both said", "the two all told". */
    private static final Set<String> FLOATING = Set.of("both", "all", "each");
    private static final Set<String> BODY_NOUNS = Set.of("newspaper", "paper", "agency", "ministry", "daily", "broadcaster",
            "channel", "network", "website", "office", "government", "statement", "outlet", "magazine", "tabloid", "communique",
            "communiqué");
    private static final Set<String> UNNAMED = Set.copyOf(WordList.lines("unnamed-sources.txt"));
    private static final Set<String> REPRESENTATIVES = Set.copyOf(WordList.lines("representatives.txt"));
    /** Relative pronouns whose clause a speech verb may sit in: "Vantora, which says it met its target, has ...". */
    private static final Set<String> RELATIVES = Set.of("who", "which");
    private static final Set<String> GROUP_HEADS = Set.of("leader", "minister", "president", "side", "official");

    private final EntityIndex index;
    private final SpeakingBodies bodies;
    private final RoleSpeakers roles;
    private final Testimony testimony;
    private final List<Sentence> sentences;
    private final String raw;
    private final Map<String, Integer> salience = new HashMap<>();
    private Speaker lastBody;
    private Speaker lastRole;
    private int lastRoleSentence = -1;
    private int lastBodySentence = -1;

    SpeakerFinder(EntityIndex index, AnnotatedText text) {
        this.index = index;
        this.bodies = new SpeakingBodies(text.text(), index, text.sentences());
        this.roles = new RoleSpeakers(index, text.sentences());
        this.testimony = new Testimony(index, text.sentences());
        this.sentences = text.sentences();
        this.raw = text.text();
        for (Entity e : index.entities()) {
            if (e.type() == EntityType.PERSON) {
                salience.put(e.key(), e.mentions().size());
            }
        }
    }

    /** Organisations named only through a person that have spoken so far ({@link SpeakingBodies}). */
    List<Entity> bodies() {
        return bodies.entities();
    }

    /** Whether the person of key is named (not by pronoun or description) within chars from..to of s. */
    boolean namedIn(Sentence s, String key, int from, int to) {
        return index.mentionsIn(s.index()).stream().anyMatch(r -> r.key().equals(key) && r.kind() == MentionRef.Kind.NAME
                && s.tokens().get(r.tokenStart()).start() >= from && s.tokens().get(r.tokenEnd() - 1).end() <= to);
    }

    /** Speakers of the verb at token v (empty when none is found). */
    List<Speaker> before(Sentence s, int v) {
        List<Speaker> found = subjectBefore(s, v).stream().map(x -> forWhom(s, x)).toList();
        found.stream().filter(x -> x.type() == SpeakerType.ORGANIZATION).reduce((a, b) -> b).ifPresent(x -> {
            lastBody = x;
            lastBodySentence = s.index();
        });
        return found;
    }

    /**
     * A speaker found after "a spokesperson for", "a lawyer of" (representatives.txt) or after an unnamed source placed in
     * it ("Sources in the Chief Minister's Office", unnamed-sources.txt): the representative or the source speaks, an
     * unnamed source, not the person or body represented ("A spokesperson for the Prime Minister's Office said").
     */
    private Speaker forWhom(Sentence s, Speaker sp) {
        List<Token> t = s.tokens();
        int k = sp.tokenStart() - 1;
        while (k > 0 && (t.get(k).pos().equals("DET") || isTitle(t.get(k).text()))) {
            k--;
        }
        if (sp.type() == SpeakerType.UNNAMED || k < 1 || !Set.of("NOUN", "PROPN").contains(t.get(k - 1).pos())) { // "Sources in" opening a sentence
            return sp;
        }
        String by = t.get(k).text().toLowerCase(Locale.ROOT);
        String noun = t.get(k - 1).lemma().toLowerCase(Locale.ROOT);
        boolean represents = Set.of("for", "of", "to").contains(by) && REPRESENTATIVES.contains(noun);
        boolean placed = PLACING.contains(by) && isSource(t.get(k - 1)) && sp.kind() == MentionRef.Kind.DESCRIPTION;
        if (!represents && !placed) {
            return sp;
        }
        int a = k - 1;
        while (a > 0 && Set.of("DET", "ADJ").contains(t.get(a - 1).pos())) {
            a--;
        }
        return new Speaker(null, SpeakerType.UNNAMED, s.span(a, sp.tokenEnd()), null, a, sp.tokenEnd());
    }

    /**
     * "It said" in the sentence after an organisation spoke, or in the same one: that organisation
     * ("A statement from X's office said ... . It said ...").
     */
    private Optional<Speaker> itAfterBody(Sentence s, int p) {
        boolean it = s.tokens().get(p).text().equalsIgnoreCase("it") && s.tokens().get(p).pos().equals("PRON");
        if (!it || lastBody == null || s.index() - lastBodySentence > 1) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(lastBody.key(), SpeakerType.ORGANIZATION, s.tokens().get(p).text(), MentionRef.Kind.PRONOUN, p, p + 1));
    }

    /** A speaker known by role, remembered for a pronoun after it. */
    private Speaker role(Sentence s, Speaker sp) {
        lastRole = sp;
        lastRoleSentence = s.index();
        return sp;
    }

    /**
     * "he said" right after a speaker known only by role ("the Emir said ... . \"...,\" he said."): that person,
     * when no other person is named in between, within two sentences of the same paragraph.
     */
    private Optional<Speaker> afterRole(Sentence s, MentionRef r) {
        if (r.kind() != MentionRef.Kind.PRONOUN || r.type() != EntityType.PERSON || lastRole == null
                || s.index() - lastRoleSentence > 2 || r.key().equals(lastRole.key())
                || raw.substring(sentences.get(lastRoleSentence).end(), s.start()).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        for (int i = lastRoleSentence; i <= s.index(); i++) {
            int i0 = i;
            boolean named = index.mentionsIn(i).stream().anyMatch(x -> x.type() == EntityType.PERSON && x.kind() == MentionRef.Kind.NAME
                    && (i0 > lastRoleSentence || x.tokenStart() >= lastRole.tokenEnd()) && (i0 < s.index() || x.tokenEnd() <= r.tokenStart()));
            if (named) {
                return Optional.empty();
            }
        }
        return Optional.of(new Speaker(lastRole.key(), SpeakerType.PERSON, s.span(r.tokenStart(), r.tokenEnd()), MentionRef.Kind.PRONOUN,
                r.tokenStart(), r.tokenEnd()));
    }

    private List<Speaker> subjectBefore(Sentence s, int v) {
        int p = v - 1;
        while (p >= 0 && (SKIP_POS.contains(s.tokens().get(p).pos()) || p > 0 && FLOATING.contains(s.tokens().get(p).text().toLowerCase(Locale.ROOT))
                || p == v - 1 && p > 0 && s.tokens().get(p).lemma().equalsIgnoreCase("have") && !s.tokens().get(p - 1).text().equals(","))
                // "the Governor had pointed out", with "had" tagged a verb; not after an apposition or relative clause
                && !isPronoun(s.tokens().get(p))) {
            p--;
        }
        p = skipParenthesis(s, p);
        p = skipRelativeClause(s, p, !s.tokens().get(v).text().endsWith("ing"));
        p = overApposition(s, p);
        p = memberBefore(s, p).orElse(p);
        if (p >= 2 && RELATIVES.contains(s.tokens().get(p).lemma().toLowerCase(Locale.ROOT)) && s.tokens().get(p - 1).text().equals(",")) {
            p -= 2;
        }
        if (p < 0) {
            return List.of();
        }
        Optional<Speaker> located = locatedSource(s, p);
        if (located.isPresent()) {
            return List.of(located.get());
        }
        if (p >= 1 && BODY_NOUNS.contains(s.tokens().get(p).lemma().toLowerCase(Locale.ROOT))) {
            int noun = p;
            Optional<Speaker> capitalised = bodies.modified(s, noun).filter(x -> endingAt(s, noun - 1).filter(r -> r.type() == EntityType.PLACE).isPresent());
            if (capitalised.isPresent()) {
                return List.of(capitalised.get()); // "the Northern Ireland Office said": the office, not the place
            }
            Optional<MentionRef> body = endingAt(s, p - 1).filter(r -> r.type() != EntityType.PERSON);
            if (body.isPresent()) {
                return List.of(speaker(s, body.get()));
            }
            Optional<Speaker> issuer = bodies.issuer(s, p);
            if (issuer.isPresent()) {
                return List.of(issuer.get());
            }
        }
        int at = p;
        Optional<Speaker> office = bodies.possessed(s, p).or(() -> bodies.officeOfTitle(s, at)).or(() -> bodies.officeOfRole(s, at)).or(() -> bodies.namedAfterKind(s, at));
        if (office.isPresent()) {
            return List.of(office.get());
        }
        Optional<Speaker> titled = roles.ending(s, p);
        Optional<MentionRef> m = endingAt(s, p).map(r -> memberOf(s, orgOfPlace(s, r)));
        if (titled.isPresent() && m.filter(r -> r.kind() == MentionRef.Kind.DESCRIPTION || r.type() == EntityType.PLACE).isPresent()) {
            // "the governor of Lagos said": the governor, not the place that ends the role
            return List.of(role(s, titled.get()));
        }
        Optional<Speaker> seated = m.filter(r -> r.type() == EntityType.PLACE).flatMap(r -> bodies.seatedIn(s, r.tokenStart(), r.tokenEnd()));
        if (seated.isPresent()) {
            return List.of(seated.get());
        }
        Optional<Speaker> agent = m.flatMap(r -> representative(s, r)).or(() -> m.flatMap(r -> placedNoun(s, r)));
        if (agent.isPresent()) {
            return List.of(agent.get());
        }
        if (m.isPresent()) {
            List<Speaker> out = new ArrayList<>();
            coordinated(s, m.get()).ifPresent(out::add);
            out.add(afterRole(s, m.get()).orElse(speaker(s, m.get())));
            return out;
        }
        int head = p;
        Optional<Speaker> named = bodies.modified(s, head).or(() -> namedBefore(s, head)).or(() -> bodies.ministry(s, head))
                .or(() -> itAfterBody(s, head));
        if (named.isPresent()) {
            return List.of(named.get());
        }
        if (titled.isPresent()) {
            return List.of(role(s, titled.get()));
        }
        Optional<Speaker> witness = testimony.speaker(s, p, v);
        if (witness.isPresent()) {
            return List.of(witness.get());
        }
        List<Speaker> group = group(s, p);
        return group.isEmpty() ? unnamed(s, p).or(() -> bodies.unlisted(s, head)).map(List::of).orElse(List.of()) : group;
    }

    /** The speaker named right after the verb at v ("said Foreign Minister Yatseniuk"). */
    Optional<Speaker> after(Sentence s, int v) {
        if (v == 0 || !(s.tokens().get(v - 1).text().equals(",") || s.tokens().get(v - 1).text().equals("\""))) {
            return Optional.empty();
        }
        int k = v + 1;
        while (k < s.tokens().size() && (Lexicon.INSTANCE.isRoleWord(s.tokens().get(k).text())
                || Lexicon.INSTANCE.isHonorific(s.tokens().get(k).text()) || Gazetteer.INSTANCE.isKnown(s.tokens().get(k).text())
                || s.tokens().get(k).lemma().equals("the"))) {
            k++;
        }
        int at = k;
        int reach = nounPhraseEnd(s, v + 1);
        List<MentionRef> refs = index.mentionsIn(s.index());
        Optional<Speaker> agent = representativeAfter(s, v, refs);
        if (agent.isPresent()) {
            return agent;
        }
        Optional<MentionRef> apposed = reach < s.tokens().size() && s.tokens().get(reach).text().equals(",")
                ? refs.stream().filter(r -> r.tokenStart() == reach + 1 && r.type() == EntityType.PERSON
                        && r.kind() == MentionRef.Kind.NAME).findFirst() : Optional.empty();
        if (apposed.isPresent()) {
            return apposed.map(r -> speaker(s, r));
        }
        return refs.stream().filter(r -> r.tokenStart() == at && r.type() == EntityType.PERSON).findFirst()
                .or(() -> refs.stream().filter(r -> r.type() == EntityType.PERSON && r.tokenStart() > v
                        && r.tokenStart() <= reach).findFirst())
                .or(() -> refs.stream().filter(r -> r.tokenStart() == v + 1 && r.type() != EntityType.PLACE
                        && r.kind() != MentionRef.Kind.PRONOUN).findFirst())
                .map(r -> speaker(s, r))
                .or(() -> reach > v + 1 ? roles.ending(s, reach - 1) : Optional.empty());
    }

    /**
     * The person or organisation that is the subject of the sentence, named at its start: "Mr Wehling declined
     * ..., saying he ...", "Halvorsen Foods cut its forecast, citing weak demand".
     */
    Optional<Speaker> subject(Sentence s, int v) {
        int k = 0;
        while (k < v && (Lexicon.INSTANCE.isHonorific(s.tokens().get(k).text()) || Lexicon.INSTANCE.isRoleWord(s.tokens().get(k).text())
                || s.tokens().get(k).lemma().equalsIgnoreCase("the"))) {
            k++;
        }
        int at = k;
        return index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() != EntityType.PLACE && (r.tokenStart() == at || described(r, at)) && r.tokenEnd() < v)
                .min(java.util.Comparator.comparingInt(r -> r.type() == EntityType.PERSON ? 0 : 1))
                .map(r -> speaker(s, r));
    }

    /** Whether a reference is a description that ends where the sentence's titles end ("The Minister declined ..."). */
    private static boolean described(MentionRef r, int at) {
        return r.kind() == MentionRef.Kind.DESCRIPTION && r.type() == EntityType.PERSON && r.tokenStart() == 0 && r.tokenEnd() == at;
    }

    /**
     * For a verb coordinated with the sentence's first ("X met Y on Saturday and urged both to ..."): the
     * person named before that first verb, when the first verb is a finite one.
     */
    Optional<Speaker> leading(Sentence s, int v) {
        int first = 0;
        while (first < v && !s.tokens().get(first).pos().equals("VERB") && !s.tokens().get(first).pos().equals("AUX")) {
            first++;
        }
        int verb = first;
        if (verb >= v || s.tokens().get(verb).text().endsWith("ing")) {
            return Optional.empty();
        }
        return index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.tokenEnd() <= verb && !possessivePronoun(s, r)).findFirst().map(r -> speaker(s, r));
    }

    /** A possessive pronoun ("For his part, the President ..."), which is no subject. */
    private static boolean possessivePronoun(Sentence s, MentionRef r) {
        return r.kind() == MentionRef.Kind.PRONOUN && r.tokenEnd() < s.tokens().size()
                && Set.of("his", "her").contains(s.tokens().get(r.tokenStart()).text().toLowerCase(Locale.ROOT))
                && Set.of("NOUN", "ADJ", "PROPN").contains(s.tokens().get(r.tokenEnd()).pos());
    }

    /** End of a verbless noun phrase from k ("Rovers coach Marco Bellandi"), at most six words long. */
    private static int nounPhraseEnd(Sentence s, int k) {
        int e = k;
        while (e < s.tokens().size() && e < k + 6
                && Set.of("PROPN", "NOUN", "ADJ", "DET").contains(MeetingLexicon.pos(s.tokens().get(e)))) {
            e++;
        }
        return e;
    }

    /** The office of a title's holder opening tokens from..to: "according to the Prime Minister's Office" ({@link SpeakingBodies#officeOfTitle}). */
    Optional<Speaker> titledOffice(Sentence s, int from, int to) {
        for (int p = from; p < Math.min(to, s.tokens().size()); p++) {
            int head = p;
            Optional<Speaker> office = bodies.officeOfTitle(s, head).filter(x -> x.tokenStart() <= from + 1);
            if (office.isPresent() || s.tokens().get(p).pos().equals("VERB") || s.tokens().get(p).text().equals(",")) {
                return office;
            }
        }
        return Optional.empty();
    }

    /** The first person mention in tokens from..to, else an organisation: "according to X". */
    Optional<Speaker> within(Sentence s, int from, int to) {
        List<MentionRef> refs = index.mentionsIn(s.index()).stream()
                .filter(r -> r.tokenStart() >= from && r.tokenStart() < to).toList();
        return refs.stream().filter(r -> r.type() == EntityType.PERSON).findFirst()
                .or(() -> refs.stream().filter(r -> r.type() == EntityType.ORGANIZATION).findFirst().map(r -> partOf(s, r, refs)))
                .or(() -> refs.stream().findFirst()).map(r -> speaker(s, r));
    }

    /** For an organisation named with a possessive before another ("the Ministry's Department of European Affairs"): the other, the part that speaks. */
    private static MentionRef partOf(Sentence s, MentionRef r, List<MentionRef> refs) {
        int after = r.tokenEnd();
        if (after + 1 >= s.tokens().size() || !NameShape.isPossessive(s.tokens().get(after).text())) {
            return r;
        }
        return refs.stream().filter(x -> x.tokenStart() == after + 1 && x.type() == EntityType.ORGANIZATION).findFirst().orElse(r);
    }

    /**
     * An unnamed source opening tokens from..to: "according to a source in the governor's office", "according to
     * a spokesman for the president" speak for no one named after them; a name apposed to the source
     * ("a spokesman, Ali Musa") is that person.
     */
    Optional<Speaker> source(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        int p = from;
        while (p < to && p < t.size() && Set.of("DET", "ADJ", "NUM").contains(t.get(p).pos())) {
            p++;
        }
        int head = p;
        while (head + 1 < to && head + 1 < t.size() && t.get(head + 1).pos().equals("NOUN") && t.get(head).pos().equals("NOUN")) {
            head++;
        }
        if (head >= Math.min(to, t.size()) || !t.get(head).pos().equals("NOUN") || !isSource(t.get(head))) {
            return Optional.empty();
        }
        int name = head + 1 < t.size() && t.get(head + 1).text().equals(",") ? head + 2 : head + 1;
        Optional<MentionRef> apposed = index.mentionsIn(s.index()).stream()
                .filter(r -> r.tokenStart() == name && r.type() == EntityType.PERSON).findFirst();
        int end = head + 1;
        return apposed.map(r -> speaker(s, r)).or(() -> Optional.of(new Speaker(null, SpeakerType.UNNAMED, s.span(from, end), null, from, end)));
    }

    private static boolean isSource(Token w) {
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        if (w.pos().equals("PROPN") && lemma.endsWith("s") && lemma.equals(w.text().toLowerCase(Locale.ROOT))) {
            lemma = lemma.substring(0, lemma.length() - 1); // "Sources" opening a sentence, taken for a name and left unlemmatised
        }
        return (UNNAMED.contains(lemma) || REPRESENTATIVES.contains(lemma)) && OrgKinds.INSTANCE.kindOf(w) == null
                && !lemma.equals("statement") && (!Lexicon.INSTANCE.isRoleWord(w.text()) || ANONYMOUS.contains(lemma));
    }

    /** An organisation named by description in tokens from..to: "according to the ministry", "according to Mensah's office". */
    Optional<Speaker> described(Sentence s, int from, int to) {
        for (int p = from; p < to; p++) {
            int head = p;
            Optional<Speaker> body = bodies.possessed(s, head).or(() -> bodies.officeOfRole(s, head)).or(() -> namedBefore(s, head))
                    .or(() -> bodies.ministry(s, head)).or(() -> bodies.issuer(s, head));
            if (body.isPresent() || s.tokens().get(p).pos().equals("VERB")) {
                return body;
            }
        }
        return Optional.empty();
    }

    /** An organisation's name the name finder missed, opening tokens from..to: "according to the OPM" ({@link SpeakingBodies#unlistedFrom}). */
    Optional<Speaker> unlistedFrom(Sentence s, int from, int to) {
        return bodies.unlistedFrom(s, from, to);
    }

    Speaker speaker(Sentence s, MentionRef r) {
        SpeakerType type = r.type() == EntityType.PERSON ? SpeakerType.PERSON : SpeakerType.ORGANIZATION;
        return bodies.fuller(s, new Speaker(r.key(), type, s.span(r.tokenStart(), r.tokenEnd()), r.kind(), r.tokenStart(), r.tokenEnd()));
    }

    /** For a place named after "ORGANISATION of": the organisation ("the All Farmers Association of Nigeria (AFAN) said"). */
    private MentionRef orgOfPlace(Sentence s, MentionRef r) {
        if (r.type() != EntityType.PLACE) {
            return r;
        }
        return index.mentionsIn(s.index()).stream().filter(o -> o.type() == EntityType.ORGANIZATION
                && OrgFullNames.placeAfter(index, s, o.tokenEnd()).orElse(-1) == r.tokenEnd()).findFirst().orElse(r);
    }

    private static boolean isTitle(String w) {
        return Lexicon.INSTANCE.isRoleWord(w) || Lexicon.INSTANCE.isHonorific(w);
    }

    private static boolean isPronoun(Token t) {
        return t.pos().equals("PRON");
    }

    /** Over a bracketed constituency or party after a name: "Dr Yaw Frimpong (Prestea-Huni Valley) said". */
    private static int skipParenthesis(Sentence s, int p) {
        if (p < 2 || !s.tokens().get(p).text().equals(")")) {
            return p;
        }
        for (int k = p - 1; k > 0 && k >= p - 8; k--) {
            if (s.tokens().get(k).text().equals("(")) {
                return k - 1;
            }
        }
        return p;
    }

    /**
     * Over ", who has ..., " to the mention before it, unless the commas enclose the speaker's own name
     * after a title ("The Minister for Lands, Mr Kofi Mensah, said").
     */
    private int skipRelativeClause(Sentence s, int p, boolean finite) {
        if (p < 1 || !s.tokens().get(p).text().equals(",")) {
            return p;
        }
        for (int k = p - 1; k > 0 && k > p - 25; k--) {
            if (s.tokens().get(k).text().equals(",")) {
                String next = s.tokens().get(k + 1).lemma().toLowerCase(Locale.ROOT);
                int from = k + 1;
                boolean verbless = java.util.stream.IntStream.range(from, p).noneMatch(i -> s.tokens().get(i).pos().equals("VERB")
                        && !insideName(s, i)) && p - k <= 10;
                boolean clause = next.equals("who") || next.equals("whose") || next.equals("which") || verbless
                        || describedByClause(s, k + 1, p) || participial(s, k + 1) || passiveParticiple(s, k + 1, p);
                if (clause && finite && namedApposition(s, k + 1, p - 1)) {
                    return adjunctBefore(s, k).orElse(p - 1);
                }
                if (finite && adjunct(s, k + 1)) {
                    return k - 1;
                }
                if (clause && endingAt(s, k - 1).isEmpty()) {
                    int before = k - 1;
                    return personBefore(s, before).or(() -> roles.ending(s, before).map(r -> before)).orElse(p);
                }
                return clause ? relativeHead(s, k - 1).orElse(k - 1) : p;
            }
        }
        return p;
    }

    /**
     * Whether token i is inside a name the article gives an entity: "Separated" in "the Separated Families Association"
     * is a word of the name, no verb of the clause around it.
     */
    private boolean insideName(Sentence s, int i) {
        return index.mentionsIn(s.index()).stream().anyMatch(r -> r.kind() == MentionRef.Kind.NAME && r.tokenStart() <= i && i < r.tokenEnd());
    }

    /**
     * For a name ending at p inside a ", who ..." clause: the end of the person the clause is about. In
     * "Governor X, who met the firm's chief, Y, in Lagos, said" Y is in X's clause and X speaks.
     */
    private Optional<Integer> relativeHead(Sentence s, int p) {
        Optional<MentionRef> m = endingAt(s, p);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        boolean verb = false;
        for (int j = m.get().tokenStart() - 1; j >= 2 && j > p - 20; j--) {
            Token w = s.tokens().get(j);
            String lemma = w.lemma().toLowerCase(Locale.ROOT);
            if (w.text().equals("\"") || w.text().equals(";")) {
                return Optional.empty();
            }
            if ((lemma.equals("who") || lemma.equals("whose")) && s.tokens().get(j - 1).text().equals(",")) {
                int head = j - 2;
                return verb ? endingAt(s, head).filter(r -> r.type() == EntityType.PERSON).map(r -> head) : Optional.empty();
            }
            verb |= w.pos().equals("VERB");
        }
        return Optional.empty();
    }

    /** Prepositions that open an adjunct between commas after the subject: "X, in a statement signed by ..., said". */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "through", "via");

    /** Whether the phrase at a is an adjunct opened by a preposition and a determiner ("in a statement", "through his lawyer"). */
    private static boolean adjunct(Sentence s, int a) {
        return a + 1 < s.tokens().size() && s.tokens().get(a).pos().equals("ADP")
                && ADJUNCT_OPENERS.contains(s.tokens().get(a).lemma().toLowerCase(Locale.ROOT))
                && Set.of("DET", "PRON").contains(s.tokens().get(a + 1).pos());
    }

    /**
     * The token before an adjunct that ends at the comma c, when a named apposition follows it: in "Governor X,
     * in a statement signed by his spokesman, Y, said" the name Y is the spokesman's and X speaks.
     */
    private static Optional<Integer> adjunctBefore(Sentence s, int c) {
        for (int k = c - 1; k > 0 && k > c - 15; k--) {
            if (s.tokens().get(k).text().equals(",")) {
                return adjunct(s, k + 1) ? Optional.of(k - 1) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "speaking at a conference in Mombasa", "writing on social media": a clause opened by a participle. */
    private static boolean participial(Sentence s, int a) {
        Token w = s.tokens().get(a);
        return w.pos().equals("VERB") && w.text().toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /**
     * "led in evidence by the prosecutor", "accompanied by his lawyer": a clause opened by a past participle with its
     * agent after "by", from a to p.
     */
    private static boolean passiveParticiple(Sentence s, int a, int p) {
        Token w = s.tokens().get(a);
        return w.pos().equals("VERB") && !w.text().equalsIgnoreCase(w.lemma()) && !w.text().toLowerCase(Locale.ROOT).endsWith("ing")
                && s.tokens().subList(a + 1, p).stream().anyMatch(x -> x.text().equals("by"));
    }

    /** "the company that operates the mine", "a Republican whose district includes": a determiner, then a relative pronoun before any verb, up to p. */
    private static boolean describedByClause(Sentence s, int a, int p) {
        if (!s.tokens().get(a).pos().equals("DET")) {
            return false;
        }
        for (int k = a + 1; k < p; k++) {
            Token w = s.tokens().get(k);
            if (Set.of("that", "which", "who", "whose").contains(w.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (w.pos().equals("VERB") || w.pos().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /** For an organisation named after "PERSON of the": the person ("Minister Ulrike Seidl of the liberal FDP"). */
    private MentionRef memberOf(Sentence s, MentionRef r) {
        if (r.type() == EntityType.PERSON) {
            return r;
        }
        int k = r.tokenStart() - 1;
        while (k > 0 && Set.of("ADJ", "DET").contains(s.tokens().get(k).pos())) {
            k--;
        }
        if (k < 1 || !s.tokens().get(k).lemma().equals("of")) {
            return r;
        }
        return endingAt(s, k - 1).filter(x -> x.type() == EntityType.PERSON).orElse(r);
    }

    /** Words inside the name of the body a person belongs to, besides capitalised ones: "of the opposition Party of Labour". */
    private static final Set<String> BODY_NAME_WORDS = Set.of("of", "the", "and", "for", "&", "'s", "'", "’s", "’", "-");
    /** The longest body name after "PERSON of", in tokens. */
    private static final int MEMBER_BODY_MAX = 10;

    /**
     * The end of the person named before "of" and the body they belong to, when the subject ending at p is "PERSON of BODY":
     * "Dr Jane Mwangi of the University of Nairobi said", "Analyst Tom Berg of Nordic Capital Advisors said", "Senator Ana
     * Ruiz of the opposition National Action Party accused": the person speaks, not the body. The body's words are nouns,
     * adjectives and capitalised words (whatever the tagger took them for: "National Action Party") with the small words of
     * names between them; a verb, comma or number ends the search.
     */
    private Optional<Integer> memberBefore(Sentence s, int p) {
        List<Token> t = s.tokens();
        for (int k = p; k > 0 && p - k < MEMBER_BODY_MAX; k--) {
            Token w = t.get(k);
            if (k < p && w.text().equals("of")) {
                int before = k - 1;
                if (endingAt(s, before).filter(r -> r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME).isPresent()) {
                    return Optional.of(before);
                }
                continue;
            }
            boolean nameWord = (Set.of("NOUN", "PROPN", "ADJ").contains(w.pos()) || w.capitalised()) && w.text().chars().anyMatch(Character::isLetter)
                    || BODY_NAME_WORDS.contains(w.text().toLowerCase(Locale.ROOT));
            if (!nameWord) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * From an organisation inside an apposition back to the person it describes: "Kyle Dempsey, president
     * of Lodge 38, which represents officers, said".
     */
    private int overApposition(Sentence s, int p) {
        Optional<MentionRef> org = p < 2 ? Optional.empty() : endingAt(s, p).filter(r -> r.type() != EntityType.PERSON);
        if (org.isEmpty() || org.get().tokenStart() > 0 && s.tokens().get(org.get().tokenStart() - 1).text().equals(",")) {
            return p; // "... talks with Mdm X, MOM said.": an organisation alone after the comma speaks itself
        }
        return personBefore(s, p).orElse(p);
    }

    /** The end of a person named before a verbless apposition that runs to p: "Kyle Dempsey, president of Lodge 38". */
    private Optional<Integer> personBefore(Sentence s, int p) {
        for (int c = p - 1; c > 0 && c >= p - 12; c--) {
            Token w = s.tokens().get(c);
            if (w.pos().equals("VERB") || w.pos().equals("AUX")) {
                return Optional.empty();
            }
            if (w.text().equals(",")) {
                int before = c - 1;
                return endingAt(s, before).filter(r -> r.type() == EntityType.PERSON).map(r -> before);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether tokens a..b are a person's name, after honorifics or capitalised titles only ("Chief Emmanuel
     * Okafor", "Atty. Ruben Cruz").
     */
    private boolean namedApposition(Sentence s, int a, int b) {
        Optional<MentionRef> m = endingAt(s, b).filter(r -> r.type() == EntityType.PERSON && r.tokenStart() >= a);
        if (m.isEmpty()) {
            return false;
        }
        for (int k = a; k < m.get().tokenStart(); k++) {
            Token w = s.tokens().get(k);
            boolean title = Character.isUpperCase(w.text().charAt(0)) && !w.pos().equals("VERB") && !w.pos().equals("AUX")
                    || w.text().equals(".");
            if (!Lexicon.INSTANCE.isHonorific(w.text()) && !title) {
                return false;
            }
        }
        return true;
    }

    private Optional<MentionRef> endingAt(Sentence s, int p) {
        return index.mentionsIn(s.index()).stream().filter(r -> r.tokenEnd() == p + 1)
                .max(Comparator.comparingInt(r -> r.type() == EntityType.PERSON ? 1 : 0));
    }

    /** "X and Y said": the speaker before "and". */
    private Optional<Speaker> coordinated(Sentence s, MentionRef second) {
        int and = second.tokenStart() - 1;
        if (and >= 2 && NameShape.isClitic(s.tokens().get(and).text())) { // "Ontario's Ana Ruiz and Quebec's Marc Roy said"
            int clitic = and;
            and = endingAt(s, clitic - 1).filter(r -> r.type() == EntityType.PLACE).map(r -> r.tokenStart() - 1).orElse(clitic);
        }
        if (and < 1 || !s.tokens().get(and).text().equals("and")) {
            return Optional.empty();
        }
        return endingAt(s, and - 1).filter(r -> r.type() == second.type() && !r.key().equals(second.key())).map(r -> speaker(s, r));
    }

    /** "the Ministry said", "according to the Agency (AGY)": a body noun written with a capital, alone. */
    private static boolean capitalisedAlone(Sentence s, int a, int p) {
        boolean next = p + 1 < s.tokens().size() && s.tokens().get(p + 1).capitalised();
        return a == p && s.tokens().get(p).pos().equals("PROPN") && !next;
    }

    /** Words before a common noun that make it stand for an organisation named before: "the union", "her office". */
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its", "their");

    /**
     * "the ministry", "the company", "his ministry", "her office": the organisation of that kind named before, a body the latest one
     * whose name ends in the noun, a firm the one named earlier in the same sentence ("... with the exporter Acme Foods was
     * called off after the company said"), else the most-mentioned one so far (the latest of equals).
     */
    private Optional<Speaker> namedBefore(Sentence s, int p) {
        Token head = s.tokens().get(p);
        String kind = OrgKinds.INSTANCE.kindOf(head);
        int a = p;
        while (a > 0 && Set.of("ADJ", "NOUN").contains(s.tokens().get(a - 1).pos()) && p - a < 2) {
            a--;
        }
        boolean determined = a > 0 && DETERMINERS.contains(s.tokens().get(a - 1).text().toLowerCase(Locale.ROOT))
                && (head.pos().equals("NOUN") || capitalisedAlone(s, a, p));
        if (kind == null || !determined && !(a == p && OrgKinds.INSTANCE.isBare(head))) {
            return Optional.empty();
        }
        int from = determined ? a - 1 : p;
        String noun = head.lemma().toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        String latest = null;
        int latestSentence = -1;
        for (int i = 0; i <= s.index(); i++) {
            for (MentionRef r : index.mentionsIn(i)) {
                boolean before = i < s.index() || r.tokenEnd() <= from;
                Optional<Entity> e = index.entity(r.key());
                if (before && r.type() == EntityType.ORGANIZATION && e.isPresent() && OrgKinds.INSTANCE.fits(e.get().name(), noun, kind)
                        && !bracketed(sentences.get(i), r)) {
                    counts.merge(r.key(), 1, Integer::sum);
                    latest = r.key();
                    latestSentence = i;
                }
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        String last = latest;
        String key = kind.equals("body") || latestSentence == s.index() ? latest : counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(x -> x.getKey().equals(last) ? 1 : 0)).map(Map.Entry::getKey).orElse(latest);
        return Optional.of(bodies.fuller(s, new Speaker(key, SpeakerType.ORGANIZATION, s.span(from, p + 1), MentionRef.Kind.DESCRIPTION,
                from, p + 1)));
    }

    /**
     * Whether a mention stands alone in brackets: "MADISON, Wis. (AP) —", the agency of a credit line, is no company or
     * group the article goes on to call "the company".
     */
    private static boolean bracketed(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        return r.tokenStart() > 0 && r.tokenEnd() < t.size() && t.get(r.tokenStart() - 1).text().equals("(")
                && t.get(r.tokenEnd()).text().equals(")");
    }

    /** "The two leaders", "Both leaders", "They" after such a sentence: the two most-mentioned people. */
    private List<Speaker> group(Sentence s, int p) {
        Token head = s.tokens().get(p);
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        boolean plural = !head.text().equalsIgnoreCase(head.lemma()) && GROUP_HEADS.contains(lemma);
        boolean they = head.text().equalsIgnoreCase("they") && p == 0 && s.index() > 0;
        if (!plural && !they || plural && !precededByDeterminer(s, p) || they && s.index() >= sentences.size() || reported(s, p)) {
            return List.of();
        }
        List<String> top = lemma.equals("side") && !afterTwo(s, p) ? sides(s, p).orElseGet(() -> pair(s, p)) : pair(s, p);
        if (top.size() < 2 || they && !startsWithLeaders(sentences.get(s.index() - 1))) {
            return List.of();
        }
        String text = s.span(Math.max(0, p - 2), p + 1);
        return top.stream().map(k -> new Speaker(k, SpeakerType.PERSON, text, MentionRef.Kind.DESCRIPTION, p, p + 1)).toList();
    }

    /**
     * The two people "the two leaders" are: the one or two people named before them in the sentence ("In his call
     * with Prime Minister X, the two leaders ...", "X held a call with Y, during which the sides agreed"), completed
     * by the most-named of the people named in the last few sentences ({@link #recentlyNamed}); else the two
     * most-named so far (by name, in the sentences up to this one), then the whole article's most-mentioned, then
     * the first named.
     */
    private List<String> pair(Sentence s, int p) {
        Map<String, Integer> named = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i <= s.index(); i++) {
            for (MentionRef r : index.mentionsIn(i)) {
                if (r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && (i < s.index() || r.tokenEnd() <= p)) {
                    named.merge(r.key(), 1, Integer::sum);
                    first.putIfAbsent(r.key(), -(i * 1000 + r.tokenStart()));
                }
            }
        }
        Comparator<String> rank = Comparator.<String>comparingInt(k -> named.getOrDefault(k, 0))
                .thenComparingInt(k -> salience.getOrDefault(k, 0))
                .thenComparingInt(k -> first.getOrDefault(k, Integer.MIN_VALUE)).reversed();
        List<String> inSentence = index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && r.tokenEnd() <= p)
                .map(MentionRef::key).distinct().toList();
        List<String> out = new ArrayList<>();
        if (inSentence.size() <= 2) {
            out.addAll(inSentence);
        }
        List<String> recent = recentlyNamed(s, p, rank);
        if (recent.size() >= 2) {
            recent.stream().filter(k -> !out.contains(k)).limit(2 - out.size()).forEach(out::add);
        }
        salience.keySet().stream().sorted(rank).filter(k -> !out.contains(k)).limit(2 - out.size()).forEach(out::add);
        return out;
    }

    /** Whether "two" stands right before the group noun at p ("the two sides"), which counts the people as two. */
    private static boolean afterTwo(Sentence s, int p) {
        return p > 0 && s.tokens().get(p - 1).text().equalsIgnoreCase("two");
    }

    /**
     * The people "both sides" or "the sides" are when the meeting just reported had more than two: a side may be several
     * people ("X met Speaker Y and Leader Z ... Both sides said they would meet again"). All the people the nearest
     * meeting sentence of the last few names; empty when it names only two, or none is found.
     */
    private Optional<List<String>> sides(Sentence s, int p) {
        for (int i = s.index() - 1; i >= 0 && i >= s.index() - LEADERS_WINDOW; i--) {
            List<String> here = index.mentionsIn(i).stream()
                    .filter(r -> r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME).map(MentionRef::key).distinct().toList();
            if (here.size() >= 2 && meeting(sentences.get(i))) {
                return here.size() > 2 ? Optional.of(here) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Sentences back over which "the two leaders" look for the people they are. */
    private static final int LEADERS_WINDOW = 3;

    /**
     * The people named (or described) in the sentence before p and in the few sentences before it, by rank: in a page
     * of several readouts, "The leaders agreed" in the second is about the two people of that readout. The nearest
     * sentence that names two people at a meeting comes first: "X held a call with Y. The two ministers agreed ..." is
     * about X and Y even when a third person is named more often before them.
     */
    private List<String> recentlyNamed(Sentence s, int p, Comparator<String> rank) {
        List<String> out = new ArrayList<>();
        List<String> met = new ArrayList<>();
        for (int i = s.index(); i >= 0 && i >= s.index() - LEADERS_WINDOW; i--) {
            List<String> here = new ArrayList<>();
            for (MentionRef r : index.mentionsIn(i)) {
                if (r.type() == EntityType.PERSON && r.kind() != MentionRef.Kind.PRONOUN && (i < s.index() || r.tokenEnd() <= p)
                        && !here.contains(r.key())) {
                    here.add(r.key());
                }
            }
            if (met.isEmpty() && here.size() >= 2 && i < s.index() && meeting(sentences.get(i))) {
                met.addAll(here);
                met.sort(rank);
            }
            here.stream().filter(k -> !out.contains(k)).forEach(out::add);
        }
        out.sort(rank);
        out.removeAll(met);
        met.addAll(out);
        return met;
    }

    /** Meeting words too weak to say that the people of their sentence met: "welcomed the upcoming visit by X". */
    private static final Set<String> WEAK_MEETINGS = Set.of("visit", "welcome", "invite", "invitation");

    /**
     * Whether a sentence tells of two people meeting: a strong meeting word ("met", "held talks", "phone call",
     * "received"), not one of {@link #WEAK_MEETINGS}, with a person named before it and one after it ("X held talks with
     * Y", not "The leaders met, joined by X and Y").
     */
    private boolean meeting(Sentence s) {
        List<Token> t = s.tokens();
        List<MentionRef> people = index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.kind() != MentionRef.Kind.PRONOUN).toList();
        for (int k = 0; k < t.size(); k++) {
            int at = k;
            Optional<MeetingLexicon.Trigger> tr = MeetingLexicon.shared().trigger(t.get(k), k > 0 ? t.get(k - 1) : null,
                    k + 1 < t.size() ? t.get(k + 1) : null);
            if (tr.isPresent() && !WEAK_MEETINGS.contains(tr.get().lemma())
                    && (tr.get().strength() >= 0.65 || tr.get().lemma().equals("receive"))
                    && people.stream().anyMatch(r -> r.tokenEnd() <= at) && people.stream().anyMatch(r -> r.tokenStart() > at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithLeaders(Sentence prev) {
        return prev.tokens().stream().limit(3).anyMatch(t -> GROUP_HEADS.contains(t.lemma().toLowerCase(Locale.ROOT))
                && !t.text().equalsIgnoreCase(t.lemma()));
    }

    /**
     * Whether the group at p opens a clause someone else reports: in "an official said the two sides had agreed ..."
     * the claim is the official's, not the sides'.
     */
    private static boolean reported(Sentence s, int p) {
        int a = p;
        while (a > 0 && a > p - 3 && Set.of("DET", "NUM", "ADJ").contains(s.tokens().get(a - 1).pos())) {
            a--;
        }
        if (a > 0 && s.tokens().get(a - 1).lemma().equals("that")) {
            a--;
        }
        Token before = a > 0 ? s.tokens().get(a - 1) : null;
        return before != null && before.pos().equals("VERB") && Lexicon.INSTANCE.speechVerb(before) != null;
    }

    private static boolean precededByDeterminer(Sentence s, int p) {
        for (int k = p - 1; k >= 0 && k >= p - 2; k--) {
            String w = s.tokens().get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("both") || w.equals("two")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The representative who speaks for the person r names: "a spokesman for the president", "a lawyer
     * for Mr Smith", "an aide to Prime Minister X" (see representatives.txt), as an unnamed source.
     */
    private Optional<Speaker> representative(Sentence s, MentionRef r) {
        int k = r.tokenStart() - 1;
        while (k > 0 && (s.tokens().get(k).pos().equals("DET") || isTitle(s.tokens().get(k).text()))) {
            k--;
        }
        if (k < 1 || !Set.of("for", "of", "to").contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))
                || !REPRESENTATIVES.contains(s.tokens().get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int a = k - 1;
        while (a > 0 && Set.of("DET", "ADJ", "PROPN", "NOUN").contains(s.tokens().get(a - 1).pos())) {
            a--;
        }
        return Optional.of(new Speaker(null, SpeakerType.UNNAMED, s.span(a, r.tokenEnd()), null, a, r.tokenEnd()));
    }

    /** Tags of the words of a noun phrase before its head: "An agency spokesperson", "the 40 residents". */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "PROPN", "NOUN", "NUM");

    /** Prepositions that tie a common noun to a place: "residents of Gunjur", "a spokesperson in Vienna", "a governor from the Rift Valley". */
    private static final Set<String> PLACE_LINKS = Set.of("of", "in", "from", "at");

    /**
     * The people a common noun names before the place r ends the subject with: "residents of Gunjur, who accuse ...",
     * "An agency spokesperson in Vienna said" speak as unnamed people, not as the place; a body named before "in" or
     * "at" the place speaks itself ("The Ministry of Health in Accra said").
     */
    private Optional<Speaker> placedNoun(Sentence s, MentionRef r) {
        List<Token> t = s.tokens();
        int link = r.tokenStart() - 1;
        if (link >= 1 && t.get(link).text().equalsIgnoreCase("the")) {
            link--;
        }
        if (r.type() != EntityType.PLACE || link < 1 || !PLACE_LINKS.contains(t.get(link).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int before = link - 1;
        Optional<MentionRef> body = endingAt(s, before).filter(x -> x.type() == EntityType.ORGANIZATION);
        if (body.isPresent() && !t.get(link).text().equals("of")) {
            return Optional.of(speaker(s, body.get())); // "The Ministry of Health in Accra said": the ministry
        }
        if (!t.get(before).pos().equals("NOUN") || OrgKinds.INSTANCE.kindOf(t.get(before)) != null
                || Lexicon.INSTANCE.isRoleWord(t.get(before).text()) && !UNNAMED.contains(t.get(before).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "the president of Kenya" is a role the role rules resolve
        }
        int a = link - 1;
        while (a > 0 && NOUN_PHRASE_TAGS.contains(t.get(a - 1).pos())) {
            a--;
        }
        return Optional.of(new Speaker(null, SpeakerType.UNNAMED, s.span(a, r.tokenEnd()), null, a, r.tokenEnd()));
    }

    /**
     * A representative named after the verb: "said Putin's spokesman, Dmitry Peskov" gives Peskov, and
     * "said Putin's spokesman" an unnamed source, never Putin.
     */
    private Optional<Speaker> representativeAfter(Sentence s, int v, List<MentionRef> refs) {
        List<Token> t = s.tokens();
        for (int r = v + 1; r < t.size() && r <= v + 6; r++) {
            if (REPRESENTATIVES.contains(t.get(r).lemma().toLowerCase(Locale.ROOT)) && t.get(r).pos().equals("NOUN")) {
                int name = r + 1 < t.size() && t.get(r + 1).text().equals(",") ? r + 2 : r + 1;
                int head = r;
                return refs.stream().filter(x -> x.tokenStart() == name && x.type() == EntityType.PERSON).findFirst()
                        .map(x -> speaker(s, x))
                        .or(() -> Optional.of(new Speaker(null, SpeakerType.UNNAMED, s.span(v + 1, head + 1), null, v + 1, head + 1)));
            }
            if (t.get(r).pos().equals("VERB") || t.get(r).text().equals(".")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Sources that stay anonymous wherever they are placed: "a source at the Ministry of Finance", "officials in the
     * Interior Ministry" are no voice of the ministry, unlike "Analysts at Banco Alto", who write for their firm.
     */
    private static final Set<String> ANONYMOUS = Set.of("source", "official", "insider", "aide");

    /** Prepositions that place an unnamed source: "parents in Soroti", "a source at the ministry". */
    private static final Set<String> PLACING = Set.of("in", "at", "from", "within", "across", "inside");

    /**
     * An unnamed source placed in a body or a place that ends at p: "Parents in Kampala, Mbarara and Soroti said", "A source in
     * the Speaker's office said", "Officials at the embassy said" speak for no one named in the place. The source is an
     * unnamed-source noun (unnamed-sources.txt) right before the preposition, or a plural common noun placed in a place
     * ("Parents in Soroti"); "Analysts at Banco Alto said", placed in a body named and no place, speak for the body,
     * but an anonymous source ({@link #ANONYMOUS}) never does.
     */
    private Optional<Speaker> locatedSource(Sentence s, int p) {
        List<Token> t = s.tokens();
        int k = p;
        while (k > 0 && p - k < 10 && !PLACING.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            Token w = t.get(k);
            boolean inside = Set.of("PROPN", "NOUN", "ADJ", "DET", "PART", "NUM").contains(w.pos()) || w.text().equals(",")
                    || w.text().equals("and") || NameShape.isClitic(w.text()) || insideName(s, k) && Set.of("of", "for", "&").contains(w.text());
            if (!inside) {
                return Optional.empty();
            }
            k--;
        }
        if (k < 1 || k == p || !PLACING.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Token head = t.get(k - 1);
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        boolean plural = !head.text().equalsIgnoreCase(head.lemma()) && head.text().toLowerCase(Locale.ROOT).endsWith("s");
        int from = k;
        boolean place = index.mentionsIn(s.index()).stream().anyMatch(r -> r.type() == EntityType.PLACE && r.tokenStart() > from
                && r.tokenEnd() <= p + 1);
        boolean namedBody = index.mentionsIn(s.index()).stream().anyMatch(r -> r.type() == EntityType.ORGANIZATION
                && r.kind() == MentionRef.Kind.NAME && r.tokenStart() > from && r.tokenEnd() <= p + 1);
        if (!head.pos().equals("NOUN") || !(UNNAMED.contains(lemma) && (place || !namedBody || ANONYMOUS.contains(lemma)) || plural && place)
                || Lexicon.INSTANCE.isRoleWord(head.text()) && !ANONYMOUS.contains(lemma)
                || OrgKinds.INSTANCE.kindOf(head) != null) {
            return Optional.empty();
        }
        int a = k - 1;
        while (a > 0 && Set.of("DET", "ADJ", "NUM").contains(t.get(a - 1).pos())) {
            a--;
        }
        return Optional.of(new Speaker(null, SpeakerType.UNNAMED, s.span(a, p + 1), null, a, p + 1));
    }

    /** "a spokesperson", "officials", "Kremlin officials", "a source close to the talks". */
    private Optional<Speaker> unnamed(Sentence s, int p) {
        Token head = s.tokens().get(p);
        if (!head.pos().equals("NOUN") || !UNNAMED.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int a = p;
        while (a > 0 && (Set.of("DET", "ADJ", "PROPN", "NOUN", "NUM").contains(s.tokens().get(a - 1).pos())
                || s.tokens().get(a - 1).lemma().equalsIgnoreCase("one"))) {
            a--;
        }
        return Optional.of(new Speaker(null, SpeakerType.UNNAMED, s.span(a, p + 1), null, a, p + 1));
    }
}
