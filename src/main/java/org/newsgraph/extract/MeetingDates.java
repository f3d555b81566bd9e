package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Dates of meetings in one article. The reference date for relative words is the article's publication
 * date, replaced from a dateline on ("OCTOBER 13, 2023" on a line of its own, "WASHINGTON, May 1, 2007 -")
 * when the text carries one, since a republished readout's "today" is the day of its dateline. Immutable.
 */
final class MeetingDates {
    /** A meeting's date as written and as resolved (either may be null). */
    record Dated(String text, LocalDate date) {
        static final Dated NONE = new Dated(null, null);
    }

    /** The town (and any other calendar's date) before a dateline's date: "WASHINGTON, ", "Manama, Jumada al-Awwal 22, 1448, ". */
    private static final Pattern DATELINE_PREFIX = Pattern.compile("\\p{Lu}[\\p{L} .,'-]{1,40},\\s*(?:\\p{Lu}[\\p{L} '-]{2,30}\\d{1,2},\\s*\\d{4},\\s*)?");
    /**
     * What follows a dateline's date: a dash, after an agency in brackets or after a comma ("(AFP) -", ", SPA --"), or an
     * agency in brackets that opens the story ("Mar 4 (PTI) Chief ministers ...").
     */
    private static final Pattern DATELINE_REST = Pattern.compile(
            "(?s)(?:,\\s*\\p{Lu}{2,8}\\s*)?(?:\\([^)]*\\)\\s*)?[-\u2013\u2014].*|\\(\\p{Lu}[\\p{L}. ]{1,20}\\)\\s+\\p{Lu}.*");

    private final DateResolver resolver;
    private final MeetingLexicon words = MeetingLexicon.shared();
    private final List<LocalDate> references;
    private final List<Boolean> datelines;

    private final List<Sentence> sentences;
    private final boolean liveBlog;
    private final String text;

    private MeetingDates(DateResolver resolver, String text, List<Sentence> sentences, List<LocalDate> references,
            List<Boolean> datelines, boolean liveBlog) {
        this.text = text;
        this.resolver = resolver;
        this.sentences = List.copyOf(sentences);
        this.liveBlog = liveBlog;
        this.references = references;
        this.datelines = List.copyOf(datelines);
    }

    /** The dates of an article: one reference per sentence. */
    static MeetingDates of(AnnotatedText text, LocalDate published) {
        DateResolver r = new DateResolver();
        List<LocalDate> refs = new ArrayList<>();
        List<Boolean> datelines = new ArrayList<>();
        LocalDate ref = published;
        for (Sentence s : text.sentences()) {
            Optional<LocalDate> d = dateline(r, s.text(), published);
            datelines.add(d.isPresent());
            ref = d.orElse(ref);
            refs.add(ref);
        }
        return new MeetingDates(r, text.text(), text.sentences(), java.util.Collections.unmodifiableList(refs), datelines, liveBlog(text.text())); // refs may hold nulls: no reference
    }

    /** A line opening with a time of day: an entry of a live blog ("4.52pm AEDT", "17:05 The minister has arrived"). */
    private static final Pattern ENTRY_TIME = Pattern.compile(
            "(?m)^[ \\t]*(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9](?:[ \\t]*(?i:[ap]\\.?m\\.?))?(?:[ \\t]+\\p{Lu}{2,5})?(?:[ \\t]+\\S.*)?$");
    /** How many entries make a live blog. */
    private static final int LIVE_ENTRIES = 3;

    /** Whether the text is a live blog: lines open with the times of its entries. */
    static boolean liveBlog(String text) {
        Matcher m = ENTRY_TIME.matcher(text);
        int n = 0;
        while (n < LIVE_ENTRIES && m.find()) {
            n++;
        }
        return n >= LIVE_ENTRIES;
    }

    /**
     * The day of an entry of a live blog, for a meeting it tells of in a sentence that names no day ("Barraclough
     * sat down with Mitchell shortly after 12pm"): a live blog reports the day it is written on. None in other
     * texts, and none where the sentence names a day that another of its clauses took ("Asked whether she had
     * spoken to X, she said they had talked on Tuesday").
     */
    Dated entryDay(Sentence s) {
        LocalDate ref = references.get(s.index());
        return liveBlog && ref != null && resolver.find(s.text()).isEmpty() ? new Dated(null, ref) : Dated.NONE;
    }

    /** A dateline: the whole line is a date, or "PLACE, date -" opens it. */
    static Optional<LocalDate> dateline(DateResolver r, String sentence, LocalDate published) {
        String t = sentence.strip();
        List<DateResolver.Phrase> phrases = r.find(t);
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        DateResolver.Phrase p = phrases.get(0);
        String rest = t.substring(p.end()).strip();
        boolean whole = p.calendar() && t.substring(0, p.start()).matches("(?i)\\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?")
                && rest.matches("\\W*");
        boolean prefix = p.calendar() && DATELINE_PREFIX.matcher(t.substring(0, p.start())).matches()
                && DATELINE_REST.matcher(rest).matches();
        return whole || prefix ? r.resolve(p.text(), published, false) : Optional.empty();
    }

    /** The date of the meeting in clause {@code c}, a planned one's weekdays pointing forwards. */
    Dated date(MeetingClause c, boolean future) {
        return date(c, future ? DateResolver.Lean.FUTURE : DateResolver.Lean.PAST);
    }

    /**
     * The date of the meeting in clause {@code c}: the first phrase between the meeting word and its purpose
     * clause, else before the meeting word, else in the purpose clause (whose dates mostly belong to what the
     * meeting prepares: "held a call this morning to prepare the summit on 7 April").
     */
    Dated date(MeetingClause c, DateResolver.Lean lean) {
        Sentence s = c.sentence();
        int from = c.token(c.start()).start() - s.start();
        int at = c.token(c.trigger()).start() - s.start();
        int to = c.token(c.end() - 1).end() - s.start();
        int purpose = c.purpose() < c.end() ? c.token(c.purpose()).start() - s.start() : to;
        int report = datelines.get(s.index()) ? datelineEnd(s.text()) : 0; // a dateline dates the report, not the meeting
        List<int[]> asides = asides(c);
        boolean putOff = lean == DateResolver.Lean.NEAREST; // a meeting called off or put back was due on its old day, not the new one
        List<DateResolver.Phrase> after = narrowed(s.text(), notNewDays(s.text(), outside(findFrom(s.text(), Math.max(at, report), purpose), asides), putOff));
        List<DateResolver.Phrase> inPurpose = notNewDays(s.text(), findFrom(s.text(), Math.max(purpose, report), to), putOff);
        List<DateResolver.Phrase> before = narrowed(s.text(), notNewDays(s.text(), outside(findFrom(s.text(), Math.max(from, report), at), asides).stream()
                .filter(q -> !ofSpeech(s.text(), q)).toList(), putOff));
        Optional<DateResolver.Phrase> p = pick(notSpanEnds(s.text(), after)).or(() -> pick(before)).or(() -> pick(relativeOfMeeting(c)))
                .or(() -> whenAntecedent(c)).or(() -> pick(inPurpose)).or(() -> arrivalDay(c, from, to, report, asides));
        if (p.isEmpty()) {
            return nextDay(s, Math.max(from, report), purpose, lean);
        }
        Optional<DateResolver.Phrase> inLastWeek = after.contains(p.get()) || before.contains(p.get())
                ? weekdayOfLastWeek(s, p.get(), to) : Optional.empty();
        String text = inLastWeek.orElse(p.get()).text();
        DateResolver.Lean towards = putOff && NEVER_HELD.matcher(s.text()).find() ? DateResolver.Lean.PAST : lean;
        LocalDate date = resolve(s, text, towards, inLastWeek.isPresent());
        java.util.regex.Matcher range = Pattern.compile("\\b(\\d{1,2})\\s*[-\u2013]\\s*" + Pattern.quote(text)).matcher(s.text());
        if (date != null && range.find()) {
            int first = Integer.parseInt(range.group(1)); // "on 22-24 September": the first day
            date = first >= 1 && first < date.getDayOfMonth() ? date.withDayOfMonth(first) : date;
        }
        return new Dated(text, date);
    }

    /**
     * "... which had been planned for Saturday, did not take place", "scheduled for Monday, did not go ahead": a meeting
     * told as one that never came about was due on a day already past.
     */
    private static final Pattern NEVER_HELD = Pattern.compile("(?i)\\b(?:did not|didn't|never) (?:take place|go ahead|happen)");

    /** Date words that point ahead: "early next month", "tomorrow", "in the coming weeks". */
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:next|tomorrow|coming|upcoming)\\b");

    /**
     * The day of the sentence before a meeting told without one ("X and Y will sit down with Z early next month, after a
     * meeting on Wednesday. X met Y for about 90 minutes ..."): its date as {@link #date(MeetingClause, DateResolver.Lean)}
     * finds it, but for a meeting that {@code held} took place, not a phrase that points ahead when another follows.
     */
    Dated dayBefore(Sentence previous, DateResolver.Lean lean, boolean held) {
        MeetingClause whole = new MeetingClause(previous, 0, 0, previous.tokens().size(), previous.tokens().size());
        Dated d = date(whole, lean);
        boolean ahead = d.text() != null && AHEAD.matcher(d.text()).find();
        boolean afterReport = afterReport(previous, d.date());
        if (!held || d.text() == null || !ahead && !afterReport) {
            return d;
        }
        int report = datelines.get(previous.index()) ? datelineEnd(previous.text()) : 0;
        return findFrom(previous.text(), report, previous.text().length()).stream().filter(p -> !AHEAD.matcher(p.text()).find())
                .map(p -> new Dated(p.text(), resolve(previous, p.text(), lean))).filter(x -> !afterReport(previous, x.date()))
                .findFirst().orElse(afterReport ? Dated.NONE : d);
    }

    /**
     * Whether a day lies after the date a sentence is reported on: a day still to come, which no meeting held before the
     * report took place on ("The summit set for July 17 was postponed. The decision came hours after X received Y").
     */
    private boolean afterReport(Sentence s, LocalDate day) {
        LocalDate ref = references.get(s.index());
        return day != null && ref != null && day.isAfter(ref);
    }

    /**
     * Words that put a meeting on the day told of before: "that same afternoon", "on the same day", "later that day" (not
     * "later in the afternoon", which mostly goes on from the meeting just told of, whose day it takes).
     */
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:(?:the|that) same (?:day|morning|afternoon|evening|night)"
            + "|(?:earlier|later) that (?:day|morning|afternoon|evening))\\b");

    /** How many sentences back "that same afternoon" may find the day it refers to. */
    private static final int SAME_DAY_REACH = 3;

    /**
     * "On Monday, the speaker received the list of candidates. It met with criticism. That same afternoon, X paid a
     * courtesy call on the speaker": a sentence that puts its meeting on the same day as what was told before, where the
     * sentence right before names no day, takes the last day named a few sentences further back.
     */
    Dated sameDayFurtherBack(Sentence s, DateResolver.Lean lean, boolean held) {
        if (!SAME_DAY.matcher(s.text()).find()) {
            return Dated.NONE;
        }
        for (int i = s.index() - 2; i >= 0 && i >= s.index() - SAME_DAY_REACH; i--) {
            Sentence b = sentences.get(i);
            if (!b.tokens().isEmpty()) {
                Dated d = dayBefore(b, lean, held);
                if (d.text() != null) {
                    return d;
                }
            }
        }
        return Dated.NONE;
    }

    /** The words of a plan right before its day: "had been set for Wednesday", "scheduled for 3 May", "planned on Friday". */
    private static final Pattern DUE_ON = Pattern.compile("(?i)\\b(?:set|scheduled|planned|slated|due|fixed|pencilled in|penciled in)"
            + "\\s+(?:for|on)\\s+(?:(?:the )?(?:morning|afternoon|evening|night) of\\s+)?$");

    /**
     * "X and Y have postponed the signing of the deal that had been set for Wednesday. The ceremony, at which X was to
     * host Y, has been moved to April 22": the day a meeting called off was due on, told in the sentence before as the
     * day something was set for ({@link #DUE_ON}); none when that sentence sets nothing for a day.
     */
    Dated dueBefore(Sentence previous, DateResolver.Lean lean) {
        int report = datelines.get(previous.index()) ? datelineEnd(previous.text()) : 0;
        return findFrom(previous.text(), report, previous.text().length()).stream()
                .filter(p -> DUE_ON.matcher(previous.text().substring(Math.max(0, p.start() - 40), p.start())).find()).findFirst()
                .map(p -> new Dated(p.text(), resolve(previous, p.text(), lean))).orElse(Dated.NONE);
    }

    /** A meeting held as someone arrived: "was met on arrival by", "welcomed him upon landing", "greeted at the airport". */
    private static final Pattern ON_ARRIVAL = Pattern.compile("(?i)\\b(?:on|upon) (?:his |her |their )?(?:arrival|landing)\\b|\\bat the airport\\b");
    /** Verbs of arriving whose clause tells when someone arrived: "who landed last night", "who arrived on Monday". */
    private static final Pattern ARRIVED = Pattern.compile("(?i)\\b(?:arrived|landed|flew in)\\b");

    /**
     * "X, who landed at the airport last night, was met on arrival by Y": a meeting held on someone's arrival takes
     * the day of the relative clause that tells when they arrived, which otherwise dates a person, not the meeting.
     */
    private Optional<DateResolver.Phrase> arrivalDay(MeetingClause c, int from, int to, int report, List<int[]> asides) {
        String text = c.sentence().text();
        if (!ON_ARRIVAL.matcher(text).find()) {
            return Optional.empty();
        }
        for (int[] a : asides) {
            if (ARRIVED.matcher(text.substring(a[0], a[1])).find()) {
                List<DateResolver.Phrase> in = findFrom(text, Math.max(a[0], report), a[1]);
                if (!in.isEmpty()) {
                    return Optional.of(in.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** How many sentences after a question its answer may name the meeting's day in. */
    private static final int ANSWER_REACH = 3;

    /**
     * The day of a meeting asked about, from the answer that follows: "Q: Has the President spoken with the
     * senator? A: He has. They spoke by phone on Monday night." The answer runs to the next question.
     */
    Dated answer(MeetingClause c, DateResolver.Lean lean) {
        Sentence q = c.sentence();
        if (!q.text().strip().endsWith("?")) {
            return Dated.NONE;
        }
        for (int i = q.index() + 1; i < sentences.size() && i <= q.index() + ANSWER_REACH; i++) {
            Sentence a = sentences.get(i);
            if (a.text().strip().endsWith("?") || a.tokens().isEmpty()) {
                break;
            }
            Dated d = date(new MeetingClause(a, 0, 0, a.tokens().size(), a.tokens().size()), lean);
            if (d.text() != null) {
                return d;
            }
        }
        return Dated.NONE;
    }

    /** How many sentences back "the meeting" may find the sentence that named it with its day. */
    private static final int ANAPHOR_REACH = 3;

    /**
     * The day of "the meeting" told in sentence {@code s} without one: the day of the sentence, at most {@link
     * #ANAPHOR_REACH} before, that named a meeting with a day ("X stays in charge after a meeting with the board
     * yesterday. ... The chair and the chief executive led the meeting, which began at 9am").
     */
    Dated namedBefore(Sentence s, DateResolver.Lean lean) {
        if (!anaphoricMeeting(s)) {
            return Dated.NONE;
        }
        for (int i = s.index() - 1; i >= 0 && i >= s.index() - ANAPHOR_REACH; i--) {
            Sentence b = sentences.get(i);
            if (!b.tokens().isEmpty() && b.tokens().stream().anyMatch(words::meetingNoun)) {
                Dated d = date(new MeetingClause(b, 0, 0, b.tokens().size(), b.tokens().size()), lean);
                if (d.text() != null) {
                    return d;
                }
            }
        }
        return Dated.NONE;
    }

    /** Whether a sentence refers back to a meeting: "the meeting", "that session" (a determiner of the anaphor list and a meeting noun). */
    private boolean anaphoricMeeting(Sentence s) {
        List<org.newsgraph.nlp.Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (words.meetingNoun(t.get(i)) && words.in("anaphor", t.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words that turn what follows to a plan: a weekday after them is not in the week just named. */
    private static final Pattern PLAN = Pattern.compile("(?i)\\b(?:will|would|shall|'ll|due|expected|plans?|set)\\b");

    /**
     * "held talks with both ministers last week, travelling to Kinshasa on Thursday": the first bare weekday after
     * "last week" (at offset {@code to} of the sentence at most), with no word of a plan between, is the meeting's
     * day, in last week.
     */
    private Optional<DateResolver.Phrase> weekdayOfLastWeek(Sentence s, DateResolver.Phrase picked, int to) {
        if (!LAST_WEEK.matcher(picked.text()).matches()) {
            return Optional.empty();
        }
        for (DateResolver.Phrase w : findFrom(s.text(), picked.end(), to)) {
            if (DateResolver.bareWeekday(w.text()).isPresent()) {
                return PLAN.matcher(s.text().substring(picked.end(), w.start())).find() ? Optional.empty() : Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** "last week" as the time of a question. */
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\blast week\\b");

    /**
     * A phrase of sentence {@code s} resolved against the sentence's reference date. A bare weekday in the answer
     * to a question about last week is that weekday of last week ("Q. You were in the capital last week. What did
     * you get? A. I met the minister on Wednesday").
     */
    private LocalDate resolve(Sentence s, String phrase, DateResolver.Lean lean) {
        return resolve(s, phrase, lean, false);
    }

    /** A phrase of sentence {@code s} resolved, a bare weekday in last week when {@code lastWeek} says the text put it there. */
    private LocalDate resolve(Sentence s, String phrase, DateResolver.Lean lean, boolean lastWeek) {
        LocalDate ref = references.get(s.index());
        Optional<java.time.DayOfWeek> day = DateResolver.bareWeekday(phrase);
        if (ref != null && day.isPresent() && (lastWeek || askedAboutLastWeek(s))) {
            return ref.with(java.time.DayOfWeek.MONDAY).minusWeeks(1).plusDays(day.get().getValue() - 1L);
        }
        LocalDate date = resolver.resolve(phrase, ref, lean).orElse(null);
        return lean == DateResolver.Lean.PAST ? yearOfStory(s, phrase, date) : date;
    }

    /** How many sentences back an explicit year of a story told in the past carries to days named without one. */
    static final int YEAR_REACH = 6;
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

    /**
     * "she was summoned to the residence on 14 March 2025 ... he called her on the evening of 15 March": a held
     * meeting's day and month without a year, told in a story whose last full date (day, month and year, up to
     * {@value #YEAR_REACH} sentences back) lies in an earlier year than the one the reference date gave, takes the
     * year that puts it nearest that full date. Unchanged when the phrase has a year or names no calendar day.
     */
    private LocalDate yearOfStory(Sentence s, String phrase, LocalDate date) {
        if (date == null || YEAR.matcher(phrase).find() || !new DateResolver.Phrase(phrase, 0, phrase.length()).calendar()) {
            return date;
        }
        for (int i = s.index(); i >= 0 && i >= s.index() - YEAR_REACH; i--) {
            if (datelines.get(i)) {
                continue;
            }
            List<DateResolver.Phrase> found = resolver.find(sentences.get(i).text());
            for (int k = found.size() - 1; k >= 0; k--) {
                DateResolver.Phrase p = found.get(k);
                if (p.calendar() && YEAR.matcher(p.text()).find() && !p.text().equals(phrase)) {
                    LocalDate full = resolver.resolve(p.text(), null, DateResolver.Lean.PAST).orElse(null);
                    if (full == null || full.getYear() >= date.getYear()) {
                        return date;
                    }
                    LocalDate best = date;
                    for (int y = full.getYear() - 1; y <= full.getYear() + 1; y++) {
                        LocalDate d = date.getMonthValue() == 2 && date.getDayOfMonth() == 29 ? null : date.withYear(y);
                        if (d != null && Math.abs(d.toEpochDay() - full.toEpochDay()) < Math.abs(best.toEpochDay() - full.toEpochDay())) {
                            best = d;
                        }
                    }
                    return best;
                }
            }
        }
        return date;
    }

    /**
     * Whether sentence {@code s} answers a question (a sentence ending in "?" at most {@link #ANSWER_REACH} sentences
     * before it) whose paragraph says "last week".
     */
    private boolean askedAboutLastWeek(Sentence s) {
        for (int i = s.index() - 1; i >= 0 && i >= s.index() - ANSWER_REACH; i--) {
            if (sentences.get(i).text().strip().endsWith("?")) {
                for (int k = i; k >= 0; k--) {
                    if (LAST_WEEK.matcher(sentences.get(k).text()).find()) {
                        return true;
                    }
                    if (k == 0 || paragraphStart(sentences.get(k))) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a sentence opens a paragraph: a line break lies between it and the sentence before. */
    private boolean paragraphStart(Sentence s) {
        return s.index() == 0 || text.substring(sentences.get(s.index() - 1).end(), s.start()).contains("\n");
    }

    /**
     * A day told by its distance from the day named before: "the next morning", "the following day", "two days
     * later" (after it), "the previous evening", "a day earlier", "the day before," (before it).
     */
    private static final Pattern NEXT_DAY = Pattern.compile(
            "(?i)\\b(?:(?:the )?(?:next|following) (?:day|morning|afternoon|evening|night)"
                    + "|(?:the )?previous (?:day|morning|evening|night)|(a|one|two|three) days? (?:later|earlier)"
                    + "|the day before(?=\\s*[,.;]|\\s*$))\\b");

    /**
     * How many days from the day named before a meeting's own date words put it ("The day before," gives -1, "two days
     * later" 2), when they are a cue of {@link #NEXT_DAY}; empty for other words.
     */
    static Optional<Integer> daysAfterNamed(String dateText) {
        Matcher cue = dateText == null ? null : NEXT_DAY.matcher(dateText);
        return cue != null && cue.matches() ? Optional.of(daysFrom(cue)) : Optional.empty();
    }

    /** How many days the cue of {@link #NEXT_DAY} lies after the day named before (before it: negative). */
    private static int daysFrom(Matcher cue) {
        String c = cue.group().toLowerCase(java.util.Locale.ROOT);
        int n = cue.group(1) == null ? 1 : switch (cue.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            default -> 1;
        };
        return c.contains("previous") || c.contains("earlier") || c.contains("before") ? -n : n;
    }

    /**
     * "I met X on Wednesday, and the next morning I had breakfast with Y": a meeting whose clause (characters
     * {@code from} to {@code to} of the sentence) tells its distance from the day named before lies that far from the
     * last day named before the clause, or else from the day of the sentence before ("X met Y on Monday. The
     * following day, X met Z"; "... The previous evening, X had dined with W"). With no such day, the cue is the
     * meeting's date text all the same, so that no day is taken unshifted.
     */
    private Dated nextDay(Sentence s, int from, int to, DateResolver.Lean lean) {
        Matcher cue = NEXT_DAY.matcher(s.text().substring(from, to));
        if (from >= to || !cue.find()) {
            return Dated.NONE;
        }
        int report = datelines.get(s.index()) ? datelineEnd(s.text()) : 0;
        List<DateResolver.Phrase> earlier = findFrom(s.text(), report, from);
        LocalDate day = null;
        if (!earlier.isEmpty()) {
            day = resolve(s, earlier.get(earlier.size() - 1).text(), lean);
        } else if (s.index() > 0 && !sentences.get(s.index() - 1).tokens().isEmpty()) {
            Sentence b = sentences.get(s.index() - 1);
            day = date(new MeetingClause(b, 0, 0, b.tokens().size(), b.tokens().size()), lean).date();
        }
        return new Dated(cue.group(), day == null ? null : day.plusDays(daysFrom(cue)));
    }

    /** The phrases of {@code text} between two offsets ({@code from} past {@code to}: none), at their offsets in the text. */
    private List<DateResolver.Phrase> findFrom(String text, int from, int to) {
        return from >= to ? List.of() : resolver.find(text.substring(from, to)).stream()
                .map(p -> new DateResolver.Phrase(p.text(), p.start() + from, p.end() + from)).toList();
    }

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "whose", "which", "that");

    /**
     * Relative clauses of the meeting clause that tell of a person or thing, not of the meeting: "X, who flew in
     * on Tuesday, also met Y", "met residents of estates that were flooded last month". Each runs from its pronoun
     * to the next comma (or the clause's end) and holds no meeting word; one whose head is a meeting noun ("the
     * talks, which were held on Monday"), or that follows a meeting noun after the meeting word ("called off a dinner
     * with X that had been planned for tonight"), tells of the meeting and is kept. Character offsets in the sentence.
     */
    private List<int[]> asides(MeetingClause c) {
        List<int[]> out = new ArrayList<>();
        int sentence = c.sentence().start();
        for (int i = c.start() + 1; i < c.end(); i++) {
            org.newsgraph.nlp.Token t = c.token(i);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            if (!RELATIVES.contains(w) || w.equals("that") && !MeetingLexicon.pos(t).equals("PRON")) {
                continue;
            }
            boolean comma = c.token(i - 1).text().equals(",");
            int head = comma ? i - 2 : i - 1; // after a comma, any word: the tagger takes a name for an interjection
            if (head < 0 || !comma && !java.util.Set.of("NOUN", "PROPN").contains(MeetingLexicon.pos(c.token(head)))
                    || words.meetingNoun(c.token(head)) || i > c.trigger() && meetingNounFrom(c, c.trigger(), i)) {
                continue;
            }
            int stop = i + 1;
            while (stop < c.end() && !c.token(stop).text().equals(",")) {
                stop++;
            }
            if (c.trigger() < i || c.trigger() >= stop) {
                out.add(new int[] {t.start() - sentence, c.token(stop - 1).end() - sentence});
            }
        }
        return out;
    }

    /** Whether a meeting noun lies among tokens {@code from} to {@code to} (exclusive): "a dinner with X that was set for tonight". */
    private boolean meetingNounFrom(MeetingClause c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.meetingNoun(c.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** The phrases that lie in none of the spans. */
    /** A speech verb, with the hearers of "told", right before a date phrase: "said on Monday", "told reporters on Friday". */
    private static final Pattern SPEECH_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|announced|confirmed|stated|added|disclosed|revealed|warned|insisted|wrote|"
            + "told (?:\\p{L}+ ){1,2}?)\\s*$");

    /**
     * "X said on Monday she would meet Y", "Y told reporters on Friday that they had met": a date right after a
     * speech verb before the meeting word dates the saying, not the meeting.
     */
    static boolean ofSpeech(String sentence, DateResolver.Phrase p) {
        int from = Math.max(0, p.start() - 40);
        return SPEECH_BEFORE.matcher(sentence.substring(from, p.start())).find();
    }

    private static List<DateResolver.Phrase> outside(List<DateResolver.Phrase> phrases, List<int[]> spans) {
        return phrases.stream().filter(p -> spans.stream().noneMatch(x -> p.start() >= x[0] && p.start() < x[1])).toList();
    }

    /**
     * Where the date of a dateline sentence ends: "DAKAR, March 12, 2026 (AFP) - X met Y on Wednesday" is dated by its
     * dateline to the report, so only what follows the date can date the meeting, also when the meeting is told in
     * the next sentence and takes its day from this one.
     */
    private int datelineEnd(String sentence) {
        List<DateResolver.Phrase> found = resolver.find(sentence);
        return found.isEmpty() ? 0 : found.get(0).end();
    }

    /**
     * "the meeting between X and Y, which was scheduled for Tuesday, was postponed", "the talks, which were held on
     * Monday", "a meeting with X, planned for Monday, has been put off": the date phrases of a relative clause or a
     * participle phrase set off by a comma right after a meeting noun's clause, which tells of the meeting itself; up
     * to the comma that closes it.
     */
    private List<DateResolver.Phrase> relativeOfMeeting(MeetingClause c) {
        int stop = c.asideEnd();
        if (stop < 0) {
            return List.of();
        }
        Sentence s = c.sentence();
        return findFrom(s.text(), c.token(c.end()).start() - s.start(), c.token(stop - 1).end() - s.start());
    }

    /**
     * "is scheduled to visit Hatay on June 2, when she will meet the mayor": a clause opened by ", when" is on
     * the day named just before it.
     */
    private Optional<DateResolver.Phrase> whenAntecedent(MeetingClause c) {
        Sentence s = c.sentence();
        int when = c.start() - 1;
        if (when < 1 || !c.token(when).text().equalsIgnoreCase("when") || !c.token(when - 1).text().equals(",")) {
            return Optional.empty();
        }
        int from = c.token(Math.max(0, when - 8)).start() - s.start();
        int to = c.token(when - 1).start() - s.start();
        List<DateResolver.Phrase> found = resolver.find(s.text().substring(from, to));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /**
     * The words that put a meeting back to a new day, right before the day: "postponed to June 9", "pushed back to
     * Wednesday 18 March", "moved to April 22", "deferred until next week", "rescheduled for Monday", "put off until
     * after the election", "postponed from Tuesday to Sunday, January 18" (whose old day is the one after "from").
     */
    private static final Pattern NEW_DAY = Pattern.compile("(?i)\\b(?:postponed|pushed|put|moved|deferred|delayed|rescheduled|"
            + "shifted|brought)(?:\\s+(?:back|forward|off|again|once more|by (?:a|one|two|three) (?:day|week|month)s?))?\\s+"
            + "(?:from\\s+[^,.;]{1,30}?\\s+)?(?:to|until|till|for)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?$");

    /**
     * "A meeting between X and Y, scheduled for Friday, has been postponed to November 6": the phrases that name the
     * day a meeting was put back to ({@link #NEW_DAY}), which is not the day it was called off on, left out when
     * {@code putOff} says the meeting is the one called off.
     */
    private static List<DateResolver.Phrase> notNewDays(String sentence, List<DateResolver.Phrase> phrases, boolean putOff) {
        return !putOff ? phrases : phrases.stream().filter(p -> !newDay(sentence, p)).toList();
    }

    private static boolean newDay(String sentence, DateResolver.Phrase p) {
        return NEW_DAY.matcher(sentence.substring(Math.max(0, p.start() - 50), p.start())).find();
    }

    /** "from 16 to 19 November", "between 3 and 5 May", "until 12 June": the last day of a span, before the phrase. */
    private static final Pattern SPAN_END = Pattern.compile("(?i)(?:\\bfrom\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:to|until|till|through)"
            + "|\\bbetween\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+and|\\b(?:until|till|through))\\s*$");

    /**
     * "held talks on Tuesday ... on the occasion of his visit from 16 to 19 November": a span's last day dates the visit
     * or the conference, not the meeting: it gives way to the other phrases, and is taken only when there are none.
     */
    private static List<DateResolver.Phrase> notSpanEnds(String sentence, List<DateResolver.Phrase> phrases) {
        List<DateResolver.Phrase> kept = phrases.stream()
                .filter(p -> !SPAN_END.matcher(sentence.substring(Math.max(0, p.start() - 30), p.start())).find()).toList();
        return kept.isEmpty() ? phrases : kept;
    }

    /** A period named only as a week, month or year: "earlier this week", "last month". */
    private static final Pattern PERIOD = Pattern.compile("(?i)(?:earlier |later )?(?:this|last|next) (?:week|month|year)");

    /**
     * "Earlier this week, on Tuesday, X received Y", "Last month, on March 3, ...": a period that a comma narrows to its
     * day right after gives way to that day.
     */
    private static List<DateResolver.Phrase> narrowed(String text, List<DateResolver.Phrase> phrases) {
        List<DateResolver.Phrase> out = new ArrayList<>(phrases.size());
        for (int i = 0; i < phrases.size(); i++) {
            DateResolver.Phrase p = phrases.get(i);
            boolean narrowedNext = i + 1 < phrases.size() && PERIOD.matcher(p.text()).matches()
                    && !PERIOD.matcher(phrases.get(i + 1).text()).matches() && phrases.get(i + 1).start() >= p.end()
                    && text.substring(p.end(), phrases.get(i + 1).start()).strip().equals(",");
            if (!narrowedNext) {
                out.add(p);
            }
        }
        return out;
    }

    private static Optional<DateResolver.Phrase> pick(List<DateResolver.Phrase> phrases) {
        return phrases.stream().filter(DateResolver.Phrase::calendar).findFirst().or(() -> phrases.stream().findFirst());
    }
}
