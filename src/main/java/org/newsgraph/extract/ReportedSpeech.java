package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Statements attributed by a speech verb in one sentence: "X said (that) ...", "X told reporters ...",
 * "'...,' X said", "'...,' said X", "X said: '...'" (the quote may run on over sentences), readout verbs
 * ("The Secretary reaffirmed ..."), coordinated verbs ("reaffirmed A and reiterated B"), "according to
 * X" (via {@link AccordingTo}) and "quoted X as saying". Not thread-safe: one per article.
 */
final class ReportedSpeech {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Particles of a phrasal speech verb before its colon: "fired back:", "hit out:". */
    private static final Set<String> ADJUNCT_NOUNS = Set.of("week", "month", "year", "morning", "afternoon", "evening",
            "night", "day", "weekend", "statement", "interview", "conference", "briefing", "post", "letter", "speech", "address",
            "release", "email", "message", "video", "broadcast", "report");
    private static final Set<String> PARTICLES = Set.of("back", "out", "in", "on");
    /** Adverbs between a speech verb and its colon or quote: "said only: \"...\"", "replied simply: \"No.\"". */
    private static final Set<String> QUOTE_ADVERBS = Set.of("only", "simply", "just", "briefly", "merely", "curtly", "tersely");

    /** Whether w stands between a speech verb and its colon or quote: a particle ("fired back:") or an adverb ("said only:"). */
    private static boolean beforeColon(Token w) {
        String x = w.text().toLowerCase(Locale.ROOT);
        return PARTICLES.contains(x) || QUOTE_ADVERBS.contains(x);
    }

    private final String text;
    private final SpeakerFinder speakers;
    private final QuoteSpans quotes;
    private final StatementBuilder builder;
    private final AccordingTo according;

    ReportedSpeech(String text, SpeakerFinder speakers, QuoteSpans quotes, StatementBuilder builder) {
        this.text = text;
        this.speakers = speakers;
        this.quotes = quotes;
        this.builder = builder;
        this.according = new AccordingTo(speakers, builder);
    }

    List<Statement> find(Sentence s) {
        List<Statement> out = new ArrayList<>();
        List<Speaker> previous = List.of();
        int previousEnd = -1;
        List<Token> t = s.tokens();
        for (int v = 0; v < t.size(); v++) {
            String verb = verb(s, v);
            if (verb == null) {
                continue;
            }
            String cls = LEX.speechVerbClass(verb);
            List<Speaker> sp = speakersOf(s, v, cls);
            if (sp.isEmpty() && previousEnd >= 0 && v - previousEnd <= 2) {
                sp = previous;
            }
            sp = cls.equals("readout") ? sp.stream().filter(x -> x.type() == SpeakerType.PERSON).toList() : sp;
            int bodyComma = sp.isEmpty() || cls.equals("readout") ? -1 : bodyReportsLater(s, v, sp);
            if (!sp.isEmpty() && bodyComma < 0 && reportedLater(s, v)) {
                continue;
            }
            if (sp.isEmpty()) {
                continue;
            }
            int[] range = content(s, v, sp.get(sp.size() - 1), cls, verb);
            if (range == null) {
                continue;
            }
            if (bodyComma > 0 && range[1] > t.get(bodyComma).start()) {
                range = new int[] {range[0], t.get(bodyComma - 1).end(), bodyComma}; // the person's words end where the body's report begins
            }
            double factor = cls.equals("readout") ? 0.85 : 1.0;
            range = overThatClauses(s, range);
            sp = notNamedInOwnWords(s, sp, range);
            add(out, sp, range[0], range[1], s, factor);
            rememberPerson(s, sp);
            reportedWithin(s, range, sp).ifPresent(out::add);
            int[] added = addedAfterQuote(s, v, sp.get(sp.size() - 1), range);
            if (added != null) {
                add(out, sp, added[0], added[1], s, factor);
                range = new int[] {range[0], range[1], added[2]};
            }
            previous = sp;
            previousEnd = range[2];
            v = Math.max(v, range[2] - 1);
        }
        according.find(s).filter(x -> !reportsNamedSpeaker(out, x) || bodyReportsPerson(out, x)).ifPresent(x -> joinOrAdd(out, x, s));
        return out;
    }

    /**
     * An "according to X" claim joined with what X says later in the same sentence: "The meeting was postponed,
     * according to a statement from the ministry, which said the minister was abroad" is one claim of the ministry.
     */
    private void joinOrAdd(List<Statement> out, Statement according, Sentence s) {
        for (int k = 0; k < out.size(); k++) {
            Statement x = out.get(k);
            if (x.speaker() != null && x.speaker().equals(according.speaker()) && x.contentStart() >= according.contentEnd()) {
                Speaker sp = new Speaker(x.speaker(), x.speakerType(), x.speakerText(), null, 0, 0);
                Statement joined = builder.make(sp, according.contentStart(), x.contentEnd(), s, according.quoted() || x.quoted(),
                        Math.max(according.confidence(), x.confidence()));
                if (joined != null) {
                    out.set(k, joined);
                    return;
                }
            }
        }
        out.add(according);
    }

    /**
     * Verbs of a commitment made to the reporting speaker: in "She said the mayor had promised her that the funding would
     * continue" the claim is hers, what she was promised.
     */
    private static final Set<String> COMMITMENTS = Set.of("promise", "assure", "pledge", "vow", "guarantee", "agree");

    /** How many tokens into a reported clause its own speech verb may stand: "said Mr X had urged", "said the governor, Y, had told". */
    private static final int NESTED_REACH = 8;

    /**
     * The words of a person that a reported clause itself reports: in "The ministry said Kovacs had urged both sides
     * to settle" Kovacs's urging is his claim as well as the ministry's report of it. Only a person named or
     * described at the start of the clause, with a speech verb of their own that is no readout verb and no
     * commitment ({@link #COMMITMENTS}), in a tense of its own (not the bare verb of "demanded that X explain"),
     * and not the reporting speaker.
     */
    private Optional<Statement> reportedWithin(Sentence s, int[] range, List<Speaker> outer) {
        List<Token> t = s.tokens();
        int c = 0;
        while (c < t.size() && t.get(c).start() < range[0]) {
            c++;
        }
        boolean body = !outer.isEmpty() && outer.stream().allMatch(o -> o.type() == SpeakerType.ORGANIZATION);
        for (int k = c + 1; k < t.size() && k <= c + NESTED_REACH && t.get(k).end() <= range[1]; k++) {
            boolean opening = t.get(k).text().equals("\"") && k + 1 < t.size() && quoteOpeningVerb(s, k + 1) != null;
            if (t.get(k).text().equals("\"") && !opening || t.get(k).text().equals(";")) {
                return Optional.empty();
            }
            int end = k;
            k = opening ? k + 1 : k;
            String inner = opening ? quoteOpeningVerb(s, k) : verb(s, k);
            if (inner == null || t.get(k).text().equalsIgnoreCase(t.get(k).lemma())) {
                continue; // a bare verb is asked for, not said: "demanded that the chief explain why"
            }
            String cls = LEX.speechVerbClass(inner);
            int at = c;
            boolean excluded = cls.equals("readout") || COMMITMENTS.contains(inner) && !body;
            List<Speaker> sp = excluded ? List.of() : speakers.before(s, end).stream()
                    .filter(x -> x.type() == SpeakerType.PERSON && x.key() != null && x.tokenStart() >= at
                            && outer.stream().noneMatch(o -> x.key().equals(o.key())))
                    .toList();
            if (sp.size() != 1) {
                return Optional.empty();
            }
            int[] r = content(s, k, sp.get(0), cls, inner);
            if (r != null && opening) {
                r = new int[] {t.get(k).start(), r[1], r[2]}; // the quote from its verb on
            }
            return r == null || r[1] > range[1] ? Optional.empty()
                    : Optional.ofNullable(builder.make(sp.get(0), r[0], r[1], s, false, sp.get(0).confidence() * 0.85));
        }
        return Optional.empty();
    }

    /**
     * The speech verb that opens a quote at token k, right after its speaker: in "the embassy said the Ambassador
     * \"encouraged a swift resolution\"" the Ambassador's own words are quoted from the verb on.
     */
    private String quoteOpeningVerb(Sentence s, int k) {
        Token w = s.tokens().get(k);
        String lemma = verbal(s, k) && !negated(s, k) ? LEX.speechVerb(w) : null;
        return lemma != null && w.text().endsWith("ed") && isSpeechVerb(s, k, lemma) ? lemma : null;
    }

    /**
     * Whether the clause an "according to" attributes already has a named speaker of its own: in "Prince X said the
     * kingdom welcomes it, according to a statement from the ministry" the claim is the prince's, the ministry only
     * the channel.
     */
    private static boolean reportsNamedSpeaker(List<Statement> out, Statement according) {
        return out.stream().anyMatch(x -> x.speakerType() != SpeakerType.UNNAMED && x.contentStart() >= according.contentStart()
                && x.contentEnd() <= according.contentEnd());
    }

    /**
     * Whether an "according to" claim is a body's report of what a person said: in "According to a statement from the
     * Ministry of Foreign Affairs, the minister said that ..." the ministry's statement reports the minister's words, and
     * both the ministry and the minister speak. A person or unnamed source after "according to" is no such report.
     */
    private static boolean bodyReportsPerson(List<Statement> out, Statement according) {
        return according.speakerType() == SpeakerType.ORGANIZATION && according.speaker() != null
                && out.stream().filter(x -> x.speakerType() != SpeakerType.UNNAMED && x.contentStart() >= according.contentStart()
                        && x.contentEnd() <= according.contentEnd()).allMatch(x -> x.speakerType() == SpeakerType.PERSON);
    }

    /**
     * A range grown over the "and that ..." clauses after it: "said that A and that B" is one claim, as one
     * statement per speaker per claim keeps it.
     */
    private int[] overThatClauses(Sentence s, int[] range) {
        List<Token> t = s.tokens();
        int[] r = range;
        while (r[2] + 2 < t.size() && t.get(r[2]).text().equals("and") && t.get(r[2] + 1).text().equals("that")) {
            int from = r[2] + 2;
            int end = Math.max(coordinatedEnd(s, from, null), from + 1);
            r = new int[] {r[0], t.get(end - 1).end(), end};
        }
        return r;
    }

    /**
     * The comma before a trailing body that reports a person's words, else -1: in "Minister X welcomed the visit and
     * \"encouraged investors to look beyond the capital,\" a statement from the Office of the Council of Ministers said."
     * both the minister and the office speak. Only a named person's verb at v (no readout verb: "agreed to resume talks"
     * is the body's account), and a named organisation after the comma.
     */
    private int bodyReportsLater(Sentence s, int v, List<Speaker> sp) {
        if (sp.stream().anyMatch(x -> x.type() != SpeakerType.PERSON || x.key() == null)) {
            return -1;
        }
        for (int k = v + 1; k < s.tokens().size(); k++) {
            String verb = verb(s, k);
            if (verb != null && !LEX.speechVerbClass(verb).equals("readout")) {
                List<Speaker> later = speakers.before(s, k);
                if (later.size() != 1 || later.get(0).type() != SpeakerType.ORGANIZATION || later.get(0).key() == null
                        || !trailingAttribution(s, k, later.get(0))) {
                    return -1;
                }
                return commaBefore(s, later.get(0));
            }
        }
        return -1;
    }

    /**
     * Whether a trailing "..., the ministry said." after v reports the whole sentence, v's clause included: in
     * "The minister assured him that aid would continue, one source said." the claim is the source's.
     */
    private boolean reportedLater(Sentence s, int v) {
        for (int k = v + 1; k < s.tokens().size(); k++) {
            String verb = verb(s, k);
            if (verb != null && !LEX.speechVerbClass(verb).equals("readout")) {
                List<Speaker> sp = speakers.before(s, k);
                return !sp.isEmpty() && trailingAttribution(s, k, sp.get(sp.size() - 1));
            }
        }
        return false;
    }

    /** How many sentences back the last person who spoke may be what a pronoun stands for. */
    private static final int PRONOUN_REACH = 2;
    private Speaker lastPerson;
    private int lastPersonSentence = -1;

    private void rememberPerson(Sentence s, List<Speaker> sp) {
        sp.stream().filter(x -> x.type() == SpeakerType.PERSON && x.key() != null).reduce((a, b) -> b).ifPresent(x -> {
            lastPerson = x;
            lastPersonSentence = s.index();
        });
    }

    /**
     * A pronoun speaker is not someone named in the words it reports: in "The contractor, Ali Musa, was also
     * present, he said." the "he" is the person who spoke just before (within {@link #PRONOUN_REACH} sentences),
     * not Musa, whom the clause names.
     */
    private List<Speaker> notNamedInOwnWords(Sentence s, List<Speaker> sp, int[] range) {
        if (sp.size() != 1 || sp.get(0).kind() != MentionRef.Kind.PRONOUN || sp.get(0).type() != SpeakerType.PERSON
                || sp.get(0).key() == null || lastPerson == null || lastPerson.key().equals(sp.get(0).key())
                || s.index() - lastPersonSentence > PRONOUN_REACH || !speakers.namedIn(s, sp.get(0).key(), range[0], range[1])) {
            return sp;
        }
        Speaker p = sp.get(0);
        return List.of(new Speaker(lastPerson.key(), SpeakerType.PERSON, p.text(), MentionRef.Kind.PRONOUN, p.tokenStart(), p.tokenEnd()));
    }

    private void add(List<Statement> out, List<Speaker> sp, int a, int b, Sentence s, double factor) {
        for (Speaker x : sp) {
            Statement st = builder.make(x, a, b, s, false, x.confidence() * factor);
            if (st != null) {
                out.add(st);
            }
        }
    }

    /** The speech verb at token v, or null: not negated, not inside a quote, "look forward" as a readout verb. */
    private String verb(Sentence s, int v) {
        Token w = s.tokens().get(v);
        if (!verbal(s, v) || negated(s, v) || passive(s, v) || quotes.containing(w.start()).isPresent()) {
            return null;
        }
        if (w.lemma().equals("look") && v + 1 < s.tokens().size() && s.tokens().get(v + 1).text().equals("forward")) {
            return "welcome";
        }
        String lemma = LEX.speechVerb(w);
        return lemma != null && isSpeechVerb(s, v, lemma) ? lemma : null;
    }

    /**
     * Forms of "say" and "tell" that are verbs wherever they stand, even where the tagger takes them for a noun or
     * an adjective after an unusual subject ("\"...,\" the premier told reporters").
     */
    private static final Set<String> ALWAYS_VERBS = Set.of("said", "says", "told");

    /** Whether the token at v is a verb: tagged so, or one of {@link #ALWAYS_VERBS} after no determiner ("the said meeting"). */
    private static boolean verbal(Sentence s, int v) {
        Token w = s.tokens().get(v);
        return w.pos().equals("VERB") || ALWAYS_VERBS.contains(w.text().toLowerCase(Locale.ROOT))
                && (v == 0 || !s.tokens().get(v - 1).pos().equals("DET")) || pastAfterName(s, v);
    }

    /**
     * A past form the tagger took for an adjective right after a name: "Minister Arsen Petrosyan expressed confidence
     * that ...". Not a compound ("Kremlin-backed") and not after a determiner ("the Ankara-based").
     */
    private static boolean pastAfterName(Sentence s, int v) {
        Token w = s.tokens().get(v);
        if (v < 1 || !w.pos().equals("ADJ") || !w.text().endsWith("ed") || w.text().contains("-")) {
            return false;
        }
        Token before = s.tokens().get(v - 1);
        return before.pos().equals("PROPN") && before.end() < w.start() && !before.text().contains("-") && (v < 2
                || !s.tokens().get(v - 2).pos().equals("DET"));
    }

    /**
     * A speech verb in the passive: "X was said to be out of the country", "who is said to be watching", "she was
     * told that ...": its subject is talked about or told, not the one who speaks.
     */
    private static boolean passive(Sentence s, int v) {
        List<Token> t = s.tokens();
        String form = t.get(v).text().toLowerCase(Locale.ROOT);
        if (!(form.endsWith("ed") || form.equals("said") || form.equals("told") || form.endsWith("en"))) {
            return false;
        }
        int k = v - 1;
        while (k >= 0 && t.get(k).pos().equals("ADV")) {
            k--;
        }
        return k >= 0 && t.get(k).lemma().equalsIgnoreCase("be") && !form.endsWith("ing");
    }

    private static boolean negated(Sentence s, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 2; k--) {
            String x = s.tokens().get(k).text().toLowerCase(Locale.ROOT);
            if (x.equals("not") || x.equals("n't") || x.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private boolean isSpeechVerb(Sentence s, int v) {
        Token w = s.tokens().get(v);
        String lemma = verbal(s, v) ? LEX.speechVerb(w) : null;
        return lemma != null && isSpeechVerb(s, v, lemma);
    }

    private boolean isSpeechVerb(Sentence s, int v, String lemma) {
        String cls = LEX.speechVerbClass(lemma);
        if (cls.equals("label")) {
            return quoteAfterObject(s, v + 1) > 0 || demands(s, v);
        }
        if (INSTRUCTING.contains(lemma) && instruction(s, v + 1)) {
            return false;
        }
        if (lemma.equals("raise")) {
            return active(s, v) && raisesIssue(s, v + 1);
        }
        if (lemma.equals("ask")) {
            return active(s, v) && asksTo(s, v + 1);
        }
        if (lemma.equals("describe") && !describesObject(s, v + 1)) {
            return false;
        }
        if (lemma.equals("agree") && agreesToMeet(s, v + 1)) {
            return false;
        }
        if (lemma.equals("assure") && (assuredOf(s, v + 1) || thatAfterHearer(s, v + 1))) {
            return true;
        }
        if (cls.equals("clause")) {
            return afterQuote(s, v) || !bareObject(s, v + 1);
        }
        if (cls.equals("out")) {
            return afterQuote(s, v) || v + 2 < s.tokens().size() && s.tokens().get(v + 1).text().equalsIgnoreCase("out")
                    && !bareObject(s, v + 2);
        }
        if (cls.equals("written") && thatFollows(s, v + 1)) {
            return true;
        }
        if (cls.equals("quote") || cls.equals("written")) {
            if (afterQuote(s, v)) {
                return true;
            }
            int n = v + 1;
            if (n + 1 < s.tokens().size() && beforeColon(s.tokens().get(n))) {
                n++;
            }
            return n < s.tokens().size() && (s.tokens().get(n).text().equals(":") || s.tokens().get(n).text().equals("\"")
                    || s.tokens().get(n).text().equals(",") && n + 1 < s.tokens().size() && s.tokens().get(n + 1).text().equals("\""));
        }
        return true;
    }

    /** Readout verbs that carry on what was said before them: "said A and asked B to ...", "said A and raised B". */
    private static final Set<String> REQUESTS = Set.of("ask", "raise");

    /** "called for an inquiry": a label verb with "for" asks for something, a claim of its own. */
    private static boolean demands(Sentence s, int v) {
        return v + 2 < s.tokens().size() && s.tokens().get(v + 1).text().equals("for") && !s.tokens().get(v + 2).pos().equals("PRON")
                && !scheduled(s, v + 2);
    }

    /** Words of a day or date after "called for": "the vote the Speaker has called for 30 June" sets a date, asks for nothing. */
    private static final Set<String> DAYS = CalendarWords.with(CalendarWords.WEEKDAYS_AND_MONTHS, "today", "tomorrow", "tonight",
            "next", "later", "early", "mid");

    private static boolean scheduled(Sentence s, int k) {
        Token w = s.tokens().get(k);
        return w.pos().equals("NUM") || DAYS.contains(w.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Verbs that report an instruction, no claim, when an object and an infinitive follow: "warned jurors not to
     * discuss the case", "told him to leave".
     */
    private static final Set<String> INSTRUCTING = Set.of("warn", "tell", "caution", "remind", "advise");

    /** Nouns of a matter brought up in talks: "raised the issue of visas", "raised concerns about the dam". */
    private static final Set<String> ISSUES = Set.of("issue", "case", "concern", "question", "matter", "problem", "subject",
            "topic", "plight", "fate", "complaint", "objection", "grievance", "possibility", "prospect", "need", "importance");

    /**
     * Whether a matter brought up follows from k: "raised the issue of", "raised New Zealand's concerns about",
     * "raised concerns", not "raised the retirement age", "raised $5 million", "raised the alert level".
     */
    private static boolean raisesIssue(Sentence s, int k) {
        List<Token> t = s.tokens();
        for (int i = k; i < t.size() && i <= k + 4; i++) {
            Token w = t.get(i);
            if (w.pos().equals("NOUN") && ISSUES.contains(w.lemma().toLowerCase(Locale.ROOT))) {
                return i + 1 >= t.size() || !t.get(i + 1).pos().equals("NOUN");
            }
            if (!Set.of("DET", "PROPN", "PRON", "ADJ", "PUNCT").contains(w.pos()) || w.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether "described" has its object after it ("described the talks as useful", "described it as"): in "a meeting
     * both sides described at the time as respectful" or "was described as" what is described stands before the verb,
     * and the words after it are no claim.
     */
    private static boolean describesObject(Sentence s, int k) {
        List<Token> t = s.tokens();
        return k < t.size() && !Set.of("ADP", "ADV", "PUNCT", "SCONJ").contains(t.get(k).pos())
                && !t.get(k).text().equalsIgnoreCase("as");
    }

    /**
     * "agreed to meet again on Saturday", "agreeing to meet again in Riga": the follow-up of talks just held is their
     * outcome, a meeting planned that the meeting rules find, not a claim of either side. (A readout's "The two
     * ministers agreed to meet in person at the summit" stays a joint claim.)
     */
    private static boolean agreesToMeet(Sentence s, int k) {
        List<Token> t = s.tokens();
        return k + 2 < t.size() && t.get(k).text().equalsIgnoreCase("to") && MeetingLexicon.lemma(t.get(k + 1)).equalsIgnoreCase("meet")
                && t.get(k + 2).text().equalsIgnoreCase("again");
    }

    /** Whether a verb is in the active voice and finite: not "was asked", "to ask", "being raised". */
    private static boolean active(Sentence s, int v) {
        if (v == 0) {
            return true;
        }
        Token p = s.tokens().get(v - 1);
        return !p.lemma().equalsIgnoreCase("be") && !p.text().equalsIgnoreCase("to") && !p.lemma().equalsIgnoreCase("get");
    }

    /**
     * Whether a request's addressee and "(not) to VERB" follow from k: "asked the central government to release",
     * "asked Mexico and the United States to share", not "asked to meet him", "asked for a meeting".
     */
    private static boolean asksTo(Sentence s, int k) {
        return objectThenInfinitive(s, k, 7, Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "PART", "CCONJ"));
    }

    /** "assured her of the support of ...": a pronoun or short name, then "of". */
    private static boolean assuredOf(Sentence s, int k) {
        List<Token> t = s.tokens();
        for (int i = k; i < t.size() && i <= k + 4; i++) {
            if (t.get(i).text().equals("of")) {
                return i > k;
            }
            if (!Set.of("DET", "NOUN", "PROPN", "PRON").contains(t.get(i).pos())) {
                return false;
            }
        }
        return false;
    }

    /** Whether a short object and "(not) to VERB" follow from k: "jurors not to discuss", "the crowd to disperse". */
    private static boolean instruction(Sentence s, int k) {
        return objectThenInfinitive(s, k, 4, Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "PART"));
    }

    /** Whether words of the parts of speech {@code object}, up to {@code reach} from k, are followed by "to VERB". */
    private static boolean objectThenInfinitive(Sentence s, int k, int reach, Set<String> object) {
        List<Token> t = s.tokens();
        for (int i = k; i < t.size() && i <= k + reach; i++) {
            Token w = t.get(i);
            if (w.text().equalsIgnoreCase("to") && i > k && i + 1 < t.size() && t.get(i + 1).pos().equals("VERB")) {
                return true;
            }
            if (!object.contains(w.pos()) || w.lemma().equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a noun phrase with no verb, quote or colon after it follows from k: "added the third from the spot". */
    private static boolean bareObject(Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k >= t.size() || !Set.of("DET", "NUM", "ADJ", "NOUN").contains(t.get(k).pos())) {
            return false;
        }
        for (int i = k; i < t.size(); i++) {
            Token w = t.get(i);
            if (w.pos().equals("VERB") || w.pos().equals("AUX") || w.text().equals("\"") || w.text().equals(":")) {
                return false;
            }
        }
        return true;
    }

    /** The token of a quote opening within three words of object after k ("called the decision \"..."), or -1. */
    private static int quoteAfterObject(Sentence s, int k) {
        for (int i = k; i < s.tokens().size() && i <= k + 3; i++) {
            Token w = s.tokens().get(i);
            if (w.text().equals("\"")) {
                return i > k ? i : -1;
            }
            if (!Set.of("DET", "NOUN", "PRON", "ADJ").contains(w.pos())) {
                return -1;
            }
        }
        return -1;
    }

    /** "wrote to the board last month that ...": a "that" clause before any verb. */
    /**
     * Whether "that" follows the hearer named from k: "assured the traders that", "assured his guests that",
     * "assured the High Commissioner that", where the tagger may take "that" for a relative pronoun.
     */
    private static boolean thatAfterHearer(Sentence s, int k) {
        for (int i = k; i < s.tokens().size() && i < k + 5; i++) {
            Token w = s.tokens().get(i);
            if (w.lemma().equals("that")) {
                return i > k;
            }
            if (!Set.of("DET", "NOUN", "PROPN", "ADJ").contains(w.pos()) && !w.text().equalsIgnoreCase("his") && !w.text().equalsIgnoreCase("her")
                    && !w.text().equalsIgnoreCase("their")) {
                return false;
            }
        }
        return false;
    }

    private static boolean thatFollows(Sentence s, int k) {
        for (int i = k; i < s.tokens().size() && i < k + 9; i++) {
            Token w = s.tokens().get(i);
            if (w.lemma().equals("that")) {
                return i == k || adjunctEnd(s.tokens().get(i - 1)) || w.pos().equals("SCONJ") || objectPronoun(s.tokens().get(i - 1));
            }
            if (w.pos().equals("VERB") || w.pos().equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /**
     * How many tokens before its verb a quote may close: the speaker between them may be long ("...," opposition MP
     * Krisztina Varga wrote).
     */
    private static final int QUOTE_TO_VERB = 7;

    /** How many words may stand between a quote's attribution and a participle that goes on with a new claim. */
    private static final int ADDED_REACH = 8;

    /**
     * A claim added after a quote's attribution with words between: in "\"We left with a commitment,\" the mayor told
     * journalists at the exit, adding that the transfer would come by summer" the quote and what was added are two
     * claims. Content chars and end token of the added claim, or null; only when the statement at range is the quote
     * alone, before its verb, and nothing but a verbless adjunct stands between the attribution and the participle.
     */
    private int[] addedAfterQuote(Sentence s, int v, Speaker sp, int[] range) {
        List<Token> t = s.tokens();
        if (range[1] > t.get(Math.min(v, sp.tokenStart())).start() || quotes.containing(range[0] + 1).isEmpty()) {
            return null;
        }
        int from = Math.max(v + 1, sp.tokenEnd());
        if (Continuation.after(s, from).isPresent()) {
            return null; // ", adding ..." right after the attribution goes on with the quote
        }
        for (int k = from + 1; k < t.size() && k <= from + ADDED_REACH; k++) {
            Token w = t.get(k);
            if (w.text().equals(",")) {
                OptionalInt more = Continuation.after(s, k);
                if (more.isEmpty()) {
                    return null;
                }
                int end = coordinatedEnd(s, more.getAsInt(), null);
                return end > more.getAsInt() ? new int[] {t.get(more.getAsInt()).start(), t.get(end - 1).end(), end} : null;
            }
            if (w.pos().equals("VERB") || w.pos().equals("AUX") || w.text().equals("\"") || w.pos().equals("PUNCT") && !w.text().equals("-")) {
                return null;
            }
        }
        return null;
    }

    /** A verb right after a quote and its speaker: "\"...,\" he fumed." */
    private static boolean afterQuote(Sentence s, int v) {
        for (int i = v - 1; i >= 0 && i >= v - QUOTE_TO_VERB; i--) {
            String w = s.tokens().get(i).text();
            if (w.equals("\"")) {
                return i < v - 1;
            }
            if (s.tokens().get(i).pos().equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    private List<Speaker> speakersOf(Sentence s, int v, String cls) {
        if (v >= 2 && s.tokens().get(v - 1).text().equals("as")) {
            return speakers.before(s, v - 1);
        }
        List<Speaker> sp = speakers.before(s, v);
        if (!sp.isEmpty()) {
            return sp;
        }
        if (v >= 2 && s.tokens().get(v - 1).text().equals(",") && s.tokens().get(v).text().endsWith("ing")) {
            return speakers.subject(s, v).or(() -> speakers.leading(s, v)).map(List::of).orElse(List.of());
        }
        if (v >= 3 && s.tokens().get(v - 1).text().equals("and")) {
            return cls.equals("readout") && afterMeeting(s, v) ? List.of() : speakers.leading(s, v).map(List::of).orElse(List.of());
        }
        return speakers.after(s, v).map(List::of).orElse(List.of());
    }

    /** Verbs of meeting: what follows "met X and agreed to ..." is an outcome of the meeting, not a claim. */
    private static final Set<String> MEETING_VERBS = Set.of("meet", "hold", "host", "receive", "visit", "talk", "sit");

    /** Whether the sentence's first verb before v is one of meeting: "X held talks with Y and agreed to ...". */
    private static boolean afterMeeting(Sentence s, int v) {
        for (int k = 0; k < v; k++) {
            Token w = s.tokens().get(k);
            if (w.pos().equals("VERB")) {
                return MEETING_VERBS.contains(MeetingLexicon.lemma(w).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Content chars [a, b) and the token where the content ends, or null. */
    private int[] content(Sentence s, int v, Speaker sp, String cls, String verb) {
        List<Token> t = s.tokens();
        if (courtesy(s, v, verb)) {
            return null;
        }
        int attribution = Math.min(sp.tokenStart(), v);
        while (attribution > 1 && LEX.isHonorific(t.get(attribution - 1).text())) {
            attribution--;
        }
        attribution = overDescription(s, attribution);
        if (attribution > 0) {
            int at = t.get(attribution - 1).end();
            Optional<QuoteSpans.Span> q = quotes.endingNear(text, t.get(attribution).start());
            if (q.isPresent() && (t.get(attribution - 1).text().equals(",") || t.get(attribution - 1).text().equals("\""))) {
                OptionalInt more = Continuation.after(s, Math.max(v + 1, sp.tokenEnd()));
                int end = more.isPresent() ? coordinatedEnd(s, more.getAsInt(), null) : -1;
                return end > 0 ? new int[] {q.get().start(), t.get(end - 1).end(), t.size()}
                        : new int[] {q.get().start(), q.get().end(), Math.max(v, sp.tokenEnd())};
            }
        }
        if (sp.tokenStart() < v && trailingAttribution(s, v, sp)) {
            int comma = commaBefore(s, sp);
            int stop = continuationAfter(s, v + 1);
            int end = stop < t.size() ? coordinatedEnd(s, stop, null) : comma;
            return new int[] {s.start(), t.get(end - 1).end(), t.size()};
        }
        if (sp.tokenStart() > v && invertedTrailing(s, v, sp)) {
            return new int[] {s.start(), t.get(v - 2).end(), t.size()};
        }
        int from = sp.tokenStart() > v ? sp.tokenEnd() : v + 1;
        if (cls.equals("out") && from == v + 1 && from < t.size() && t.get(from).text().equalsIgnoreCase("out")) {
            from++; // "pointed out that ...": the particle is no part of the claim
        }
        if (cls.equals("readout") || verb.equals("describe") || cls.equals("label") && demands(s, v)
                || verb.equals("assure") && assuredOf(s, v + 1)) {
            from = v;
        }
        from = skipObject(s, from, verb);
        if (verb.equals("assure") && from == v + 1 && !assuredOf(s, v + 1) && thatAfterHearer(s, v + 1)) {
            while (from < t.size() && !t.get(from).lemma().equals("that")) {
                from++;
            }
            from++; // "assured the traders that ...": the hearer is no part of the claim
        }
        if (from >= t.size()) {
            return null;
        }
        Optional<QuoteSpans.Span> q = quotes.startingNear(text, t.get(from).start(), t.get(from).start() + 3);
        if (q.isPresent() && q.get().end() > s.end()) {
            return new int[] {t.get(from).start(), q.get().end(), t.size()};
        }
        int end = Math.min(coordinatedEnd(s, v + 1, verb), relativeClauseEnd(s, v));
        if (end <= from || t.get(from).pos().equals("ADP") && !hasVerb(s, from, end)) {
            return null;
        }
        return new int[] {t.get(from).start(), t.get(end - 1).end(), end};
    }

    /**
     * Where a speech verb's clause ends when the verb sits in a relative clause (", which says ..."): at the comma
     * after which the main clause goes on with its verb ("Vantora, which says it met its target, has faced
     * protests" ends at "target"); else the sentence length.
     */
    private static int relativeClauseEnd(Sentence s, int v) {
        List<Token> t = s.tokens();
        if (v < 2 || !Set.of("who", "which").contains(t.get(v - 1).lemma().toLowerCase(Locale.ROOT)) || !t.get(v - 2).text().equals(",")) {
            return t.size();
        }
        boolean inQuote = false;
        for (int k = v + 1; k + 1 < t.size(); k++) {
            inQuote ^= t.get(k).text().equals("\"");
            if (!inQuote && t.get(k).text().equals(",") && Set.of("VERB", "AUX").contains(t.get(k + 1).pos())) {
                return k;
            }
        }
        return t.size();
    }

    /**
     * "CLAUSE, said X, president of Y.": the verb follows a comma after a clause and the speaker after it
     * is followed by nothing but an apposition (or a relative clause about them).
     */
    private static boolean invertedTrailing(Sentence s, int v, Speaker sp) {
        List<Token> t = s.tokens();
        if (v < 4 || !t.get(v - 1).text().equals(",") || !hasVerb(s, 0, v - 1)) {
            return false;
        }
        for (int k = sp.tokenEnd(); k < t.size(); k++) {
            String w = t.get(k).lemma().toLowerCase(Locale.ROOT);
            if (w.equals("who") || w.equals("which") || w.equals("\"")) {
                return !w.equals("\"");
            }
            if (t.get(k).pos().equals("VERB") || t.get(k).pos().equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVerb(Sentence s, int from, int to) {
        return s.tokens().subList(from, to).stream().anyMatch(w -> w.pos().equals("VERB") || w.pos().equals("AUX"));
    }

    /**
     * Back over a verbless description between a closing quote and the speaker: in "'...,' a spokesman for
     * the president, Youssef Tahir, said" or "'...,' goalkeeper Tiago Mendes said" the attribution starts
     * after the quote.
     */
    private static int overDescription(Sentence s, int attribution) {
        List<Token> t = s.tokens();
        for (int j = attribution - 1; j >= 0 && j >= attribution - 10; j--) {
            Token w = t.get(j);
            if (w.text().equals("\"")) {
                return j + 1 < attribution ? j + 1 : attribution;
            }
            boolean punct = w.pos().equals("PUNCT") && !w.text().equals(",") && !bracketInTitle(s, j);
            if (w.pos().equals("VERB") || w.pos().equals("AUX") || punct) {
                return attribution;
            }
        }
        return attribution;
    }

    /** Verbs that hand over a courtesy, and the courtesies that say nothing: "conveyed an invitation", "extended the greetings of". */
    private static final Set<String> HANDING = Set.of("convey", "extend");
    private static final Set<String> COURTESIES = Set.of("invitation", "greeting", "greetings", "regards", "wishes");

    /**
     * Whether the verb at v hands over a courtesy ("Mr. X conveyed an invitation from the President to visit Abuja", "conveyed
     * the greetings of the Prime Minister"): an act of the meeting, no claim. The courtesy is the verb's object, after
     * determiners, adjectives and an owner ("President Y's cordial greetings"), or after "to" and its hearer.
     */
    private static boolean courtesy(Sentence s, int v, String verb) {
        if (!HANDING.contains(verb)) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int k = v + 1; k + 1 < t.size(); k++) {
            int n = k + 1;
            while (n < t.size() && (Set.of("AUX", "ADV").contains(t.get(n).pos()) || Set.of("have", "has", "had").contains(t.get(n).text().toLowerCase(Locale.ROOT)))) {
                n++;
            }
            if (t.get(k).text().equals("and") && n > k + 1 && n < t.size() && LEX.speechVerb(t.get(n)) != null) {
                return false; // "conveyed the greetings of X and has expressed the readiness ...": the claim goes on with it
            }
        }
        for (int k = v + 1; k < t.size() && k <= v + 8; k++) {
            Token w = t.get(k);
            if (COURTESIES.contains(w.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean owner = Set.of("PROPN", "DET", "ADJ", "PART").contains(w.pos()) || NameShape.isClitic(w.text())
                    || w.text().equals("to") || w.text().equals(".") || w.pos().equals("PRON") || LEX.isHonorific(w.text())
                    || Set.of("highness", "excellency", "majesty").contains(w.text().toLowerCase(Locale.ROOT));
            if (!owner) {
                return false;
            }
        }
        return false;
    }

    /** A bracket around a short abbreviation in a title: "Progressive Slovakia (PS) MP X". */
    private static boolean bracketInTitle(Sentence s, int j) {
        List<Token> t = s.tokens();
        String w = t.get(j).text();
        if (w.equals("(")) {
            return j + 2 < t.size() && t.get(j + 2).text().equals(")") && t.get(j + 1).text().toUpperCase(Locale.ROOT).equals(t.get(j + 1).text());
        }
        return w.equals(")") && j >= 2 && t.get(j - 2).text().equals("(") && t.get(j - 1).text().toUpperCase(Locale.ROOT).equals(t.get(j - 1).text());
    }

    /** The token before the speaker and its titles ("Sir", "Foreign Minister", "US"). */
    private static int commaBefore(Sentence s, Speaker sp) {
        int k = sp.tokenStart() - 1;
        while (k > 0 && (LEX.isHonorific(s.tokens().get(k).text()) || LEX.isRoleWord(s.tokens().get(k).text())
                || Gazetteer.INSTANCE.isKnown(s.tokens().get(k).text()) || s.tokens().get(k).lemma().equals("the"))) {
            k--;
        }
        if (k > 2 && ISSUED_BY.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))
                && DOCUMENT_NOUNS.contains(s.tokens().get(k - 1).lemma().toLowerCase(Locale.ROOT))
                && Set.of("a", "an").contains(s.tokens().get(k - 2).text().toLowerCase(Locale.ROOT))) {
            k -= 3; // ", a statement from the Office said"
        }
        return k > 1 && s.tokens().get(k).text().equals("\"") && s.tokens().get(k - 1).text().equals(",") ? k - 1 : k;
    }

    /** Documents a body issues, and the words that tie them to it: "a statement from", "a communique by". */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "communique", "communiqué", "release", "readout");
    private static final Set<String> ISSUED_BY = Set.of("from", "by", "of");

    /** The first token of a continuing claim after token k ("..., adding that"), or the sentence length. */
    private static int continuationAfter(Sentence s, int k) {
        for (int i = k; i < s.tokens().size(); i++) {
            if (Continuation.after(s, i).isPresent()) {
                return i;
            }
        }
        return s.tokens().size();
    }

    /** "CLAUSE, X said on Thursday.": the speaker follows a comma and no clause follows the verb. */
    private static boolean trailingAttribution(Sentence s, int v, Speaker sp) {
        List<Token> t = s.tokens();
        int comma = commaBefore(s, sp);
        if (comma < 3 || !t.get(comma).text().equals(",") || v + 1 < t.size() && t.get(v + 1).lemma().equals("that")
                || relativeVerb(s, v)) {
            return false;
        }
        int stop = continuationAfter(s, v + 1);
        for (int k = v + 1; k < stop; k++) {
            boolean afterPreposition = t.get(k - 1).pos().equals("ADP") || t.get(k - 1).pos().equals("DET")
                    || t.get(k - 1).pos().equals("SCONJ") && t.get(k).text().endsWith("ing"); // ", without giving a date"
            if ((t.get(k).pos().equals("VERB") || t.get(k).pos().equals("AUX")) && !afterPreposition || t.get(k).text().equals("\"")
                    || t.get(k).text().equals(":")) {
                return false;
            }
        }
        for (int k = 0; k < comma; k++) {
            if (t.get(k).pos().equals("VERB") || t.get(k).pos().equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at v opens a relative clause on its speaker (", who reiterated the Bank's support", ", who
     * also promised ..."): what the clause says follows the verb; the main clause before is the writer's own.
     */
    private static boolean relativeVerb(Sentence s, int v) {
        List<Token> t = s.tokens();
        int k = v - 1;
        while (k > 0 && t.get(k).pos().equals("ADV")) {
            k--;
        }
        return k >= 2 && t.get(k).text().equalsIgnoreCase("who") && t.get(k - 1).text().equals(",");
    }

    /** Over "that", and over the hearer of "told": "told reporters (that)", "told VOA". */
    private static int skipObject(Sentence s, int from, String verb) {
        List<Token> t = s.tokens();
        if (from + 1 < t.size() && beforeColon(t.get(from))
                && (t.get(from + 1).text().equals(":") || t.get(from + 1).text().equals("\""))) {
            from++;
        }
        for (int k = from; k < t.size() && k < from + 7; k++) {
            if (t.get(k).pos().equals("VERB") || t.get(k).pos().equals("AUX") || t.get(k).text().equals("\"")) {
                break;
            }
            if (t.get(k).lemma().equals("that") && (t.get(k).pos().equals("SCONJ") || k > from && (adjunctEnd(t.get(k - 1))
                    || objectPronoun(t.get(k - 1))))) {
                return k + 1;
            }
        }
        if (verb.equals("tell")) {
            for (int k = from; k < t.size() && k < from + 8; k++) {
                if (t.get(k).lemma().equals("that")) {
                    return k + 1;
                }
            }
            int k = from;
            while (k < t.size() && (t.get(k).pos().equals("PROPN") || t.get(k).pos().equals("PRON") || t.get(k).pos().equals("DET"))) {
                k++;
            }
            if (k == from || t.get(k - 1).pos().equals("DET")) {
                int start = k;
                while (k < t.size() && (t.get(k).pos().equals("NOUN") || k > from && t.get(k).pos().equals("PROPN")) && k < start + 2) {
                    k++;
                }
            }
            from = k;
        }
        if (from < t.size() && t.get(from).lemma().equals("that") && t.get(from).pos().equals("SCONJ")) {
            from++;
        }
        while (from < t.size() && (t.get(from).text().equals(",") || t.get(from).text().equals(":"))) {
            from++;
        }
        return from;
    }

    /** "him", "her", "them", "us", "me": in "assured them that ..." the "that" opens the clause. */
    private static boolean objectPronoun(Token w) {
        return w.pos().equals("PRON") && Set.of("him", "her", "them", "us", "me").contains(w.text().toLowerCase(Locale.ROOT));
    }

    /** A word that can end a time or place adjunct before "that": "said on Wednesday that", "said in a statement that". */
    private static boolean adjunctEnd(Token w) {
        return Set.of("PROPN", "NUM").contains(w.pos()) || ADJUNCT_NOUNS.contains(w.lemma().toLowerCase(Locale.ROOT));
    }

    /** Where the content of a verb ends: the sentence end, or "and" before another speech verb that starts a new claim. */
    private int coordinatedEnd(Sentence s, int from, String verb) {
        boolean says = "say".equals(verb) || "tell".equals(verb);
        List<Token> t = s.tokens();
        boolean inQuote = false;
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).text().equals("\"")) {
                inQuote = !inQuote;
            }
            if (!inQuote && k + 1 < t.size() && (t.get(k).text().equals("and") || t.get(k).text().equals("but"))
                    && isSpeechVerb(s, k + 1) && (!t.get(k).text().equals("but") || reportsAnew(s, k + 1, verb)) && !(says && continuesClaim(s, k + 1))) {
                return k;
            }
            if (!inQuote && k > from && t.get(k).text().equals("and") && k + 1 < t.size() && t.get(k + 1).text().equals("that")) {
                return k;
            }
            if (!inQuote && k > from + 1 && t.get(k).text().equals("and") && t.get(k - 1).text().equals(",") && newSpeaker(s, k + 1)) {
                return k - 1;
            }
            if (!inQuote && k > from && (t.get(k).text().equals(";") || t.get(k).text().equals(",") && k + 1 < t.size()
                    && (t.get(k + 1).lemma().equals("while") || t.get(k + 1).lemma().equals("whereas")))) {
                return k;
            }
            if (!inQuote && t.get(k).lemma().equals("accord") && k + 1 < t.size() && t.get(k + 1).text().equals("to")) {
                return k > 0 && t.get(k - 1).text().equals(",") ? k - 1 : k;
            }
        }
        int end = t.size();
        while (end > from && t.get(end - 1).pos().equals("PUNCT") && !t.get(end - 1).text().equals("\"")) {
            end--;
        }
        return end;
    }

    /**
     * Whether a clause with a subject of its own and a speech verb starts at k: in "X raised A, and Prime Minister Y
     * noted that B" the claim of X ends before "and".
     */
    private boolean newSpeaker(Sentence s, int k) {
        List<Token> t = s.tokens();
        for (int i = k; i < t.size() && i <= k + 6; i++) {
            Token w = t.get(i);
            if (w.pos().equals("VERB")) {
                return i > k && isSpeechVerb(s, i);
            }
            if (!Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON").contains(w.pos()) && !w.text().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "stressed A, but said B", "said A, but added that B": a plain reporting verb after ", but" opens a second claim,
     * where any other ("said A but warned B") goes on with the first. After a label or a readout verb ("described the
     * talks as constructive, but said B", "agreed that A, but said B") the "but" clause completes the one claim.
     */
    private static boolean reportsAnew(Sentence s, int k, String first) {
        String lemma = LEX.speechVerb(s.tokens().get(k));
        return lemma != null && Set.of("say", "add").contains(lemma) && s.tokens().get(k - 2).text().equals(",")
                && first != null && !first.equals("describe") && !LEX.speechVerbClass(first).equals("readout");
    }

    /** "said A and accused B", "said A and urged B": one claim, unless the second verb reports anew. */
    private static boolean continuesClaim(Sentence s, int k) {
        String lemma = LEX.speechVerb(s.tokens().get(k));
        return lemma != null && !Set.of("say", "tell", "add").contains(lemma)
                && (!LEX.speechVerbClass(lemma).equals("readout") || REQUESTS.contains(lemma));
    }
}
