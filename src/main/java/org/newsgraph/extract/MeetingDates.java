package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private static final Pattern DATELINE_PREFIX = Pattern.compile("\\p{Lu}[\\p{L} .,'-]{1,40},\\s*");

    private final DateResolver resolver;
    private final List<LocalDate> references;
    private final List<Boolean> datelines;

    private MeetingDates(DateResolver resolver, List<LocalDate> references, List<Boolean> datelines) {
        this.resolver = resolver;
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
        return new MeetingDates(r, java.util.Collections.unmodifiableList(refs), datelines); // refs may hold nulls: no reference
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
                && rest.matches("(?s)(?:\\([^)]*\\)\\s*)?[-\u2013\u2014].*");
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
        List<DateResolver.Phrase> after = resolver.find(s.text().substring(at, purpose));
        List<DateResolver.Phrase> inPurpose = resolver.find(s.text().substring(purpose, to));
        List<DateResolver.Phrase> found = resolver.find(s.text().substring(from, at));
        boolean dateline = datelines.get(s.index()) && !found.isEmpty() && from == 0;
        List<DateResolver.Phrase> before = dateline ? found.subList(1, found.size()) : found; // a dateline dates the report
        Optional<DateResolver.Phrase> p = pick(after).or(() -> pick(before)).or(() -> whenAntecedent(c)).or(() -> pick(inPurpose));
        if (p.isEmpty()) {
            return Dated.NONE;
        }
        LocalDate ref = references.get(s.index());
        String text = p.get().text();
        LocalDate date = resolver.resolve(text, ref, lean).orElse(null);
        java.util.regex.Matcher range = Pattern.compile("\\b(\\d{1,2})\\s*[-\u2013]\\s*" + Pattern.quote(text)).matcher(s.text());
        if (date != null && range.find()) {
            int first = Integer.parseInt(range.group(1)); // "on 22-24 September": the first day
            date = first >= 1 && first < date.getDayOfMonth() ? date.withDayOfMonth(first) : date;
        }
        return new Dated(text, date);
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

    private static Optional<DateResolver.Phrase> pick(List<DateResolver.Phrase> phrases) {
        return phrases.stream().filter(DateResolver.Phrase::calendar).findFirst().or(() -> phrases.stream().findFirst());
    }
}
