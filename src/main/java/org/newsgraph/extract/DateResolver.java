package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date phrases in text ("on Tuesday", "yesterday", "2 December 2025", "Dec. 2", "2025-12-02", day-first "14/9") and
 * resolves them against a reference date, normally the article's publication date. It never reads the
 * clock: the reference is passed in. Weekdays resolve backwards for events that occurred (the most recent
 * such day on or before the reference) and forwards for planned ones (the next such day on or after it).
 * Vague phrases ("last week") are found but resolve to nothing. Thread-safe.
 */
final class DateResolver {
    private static final String MONTH = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|"
            + "june?|july?|aug(?:ust|\\.)?|sep(?:tember|t\\.?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    private static final String DAY = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_DAY = Pattern.compile("(" + MONTH + ")\\s+(" + DAY + ")(?:,?\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("(" + DAY + ")\\s+(?:of\\s+)?(" + MONTH + ")(?:,?\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_P = Pattern.compile("(?:(on|last|next|this|coming|past)\\s+)?(" + WEEKDAY + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEICTIC = Pattern.compile(
            "today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|overnight"
                    + "|(?:last|next|this|earlier this|later this) (?:week|month|year)",
            Pattern.CASE_INSENSITIVE);
    /** "14/9", "14/09/2025": only where the day is over 12, so day and month cannot be mistaken. */
    private static final Pattern NUMERIC = Pattern.compile("(1[3-9]|2[0-9]|3[01])/(0?[1-9]|1[0-2])(?:/(\\d{4}))?");
    /** The patterns of dates with numbers: each phrase has an ASCII digit. */
    private static final List<Pattern> NUMBERED = List.of(ISO, MONTH_DAY, DAY_MONTH, NUMERIC);
    /** The patterns of weekdays and deictic words: each phrase has one of {@link #CUES}. */
    private static final List<Pattern> WORDED = List.of(WEEKDAY_P, DEICTIC);
    /**
     * What every phrase of {@link #WORDED} contains, in lower case (the patterns fold ASCII case only): a weekday,
     * "today" or "yesterday" ends in "day", and every other deictic phrase has one of the rest. Most sentences
     * have neither a digit nor a cue, and are not searched. "overnight" (the night before the report) is a cue of its own.
     */
    private static final List<String> CUES = List.of("day", "tonight", "tomorrow", "this ", "last ", "next ", "overnight");

    /** A date phrase found in text, with character offsets relative to the searched text. */
    record Phrase(String text, int start, int end) {
        /** Whether it names a calendar day (month and day) rather than a weekday or a deictic word. */
        boolean calendar() {
            return MONTH_DAY.matcher(text).matches() || DAY_MONTH.matcher(text).matches() || ISO.matcher(text).matches()
                    || NUMERIC.matcher(text).matches();
        }
    }

    /** The date phrases of a text, in order, overlapping matches resolved in favour of the longer one. */
    List<Phrase> find(String text) {
        List<Phrase> all = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>(6);
        if (hasDigit(text)) {
            patterns.addAll(NUMBERED);
        }
        if (hasCue(text)) {
            patterns.addAll(WORDED);
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (wordBounded(text, m.start(), m.end()) && !overnightModifier(text, m)) {
                    all.add(new Phrase(m.group(), m.start(), m.end()));
                }
            }
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Phrase> out = new ArrayList<>();
        for (Phrase p : all) {
            if (out.isEmpty() || p.start() >= out.get(out.size() - 1).end()) {
                out.add(p);
            } else if (p.end() - p.start() > out.get(out.size() - 1).end() - out.get(out.size() - 1).start()) {
                out.set(out.size() - 1, p);
            }
        }
        return out;
    }

    /** Words after "overnight" that leave it an adverb of time: "met overnight with X", "talks held overnight in Doha". */
    private static final java.util.Set<String> AFTER_OVERNIGHT = java.util.Set.of("with", "in", "at", "on", "and", "to", "after",
            "before", "as", "when", "while", "for", "from", "into", "between", "but", "amid");

    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)");

    /** "by overnight train", "an overnight stay": "overnight" before a noun it describes, which dates nothing. */
    private static boolean overnightModifier(String text, Matcher m) {
        if (!m.group().equalsIgnoreCase("overnight")) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text.substring(m.end()));
        return next.find() && !AFTER_OVERNIGHT.contains(next.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCue(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return CUES.stream().anyMatch(lower::contains);
    }

    private static boolean wordBounded(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || text.charAt(end - 1) == '.';
        return before && after;
    }

    /**
     * Resolves a phrase.
     *
     * @param phrase    the words, e.g. "on Tuesday"
     * @param reference the date the text is written on, or {@code null} when unknown
     * @param future    whether the event is planned (weekdays then resolve forwards)
     * @return the date, or empty when the phrase is vague or needs an unknown reference
     */
    Optional<LocalDate> resolve(String phrase, LocalDate reference, boolean future) {
        return resolve(phrase, reference, future ? Lean.FUTURE : Lean.PAST);
    }

    /** Which way a bare weekday ("on Tuesday") points from the reference date. */
    enum Lean {
        /** The event has happened: the weekday is this one or the last. */
        PAST,
        /** The event is planned: the weekday is this one or the next. */
        FUTURE,
        /** Either way ("the talks set for Wednesday were called off"): whichever weekday is closer. */
        NEAREST
    }

    /**
     * Resolves a phrase.
     *
     * @param phrase    the words, e.g. "on Tuesday"
     * @param reference the date the text is written on, or {@code null} when unknown
     * @param lean      which way a bare weekday points
     * @return the date, or empty when the phrase is vague or needs an unknown reference
     */
    Optional<LocalDate> resolve(String phrase, LocalDate reference, Lean lean) {
        String p = phrase.strip();
        Matcher m = ISO.matcher(p);
        if (m.matches()) {
            return safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MONTH_DAY.matcher(p);
        if (m.matches()) {
            return calendar(month(m.group(1)), day(m.group(2)), m.group(3), reference, lean);
        }
        m = DAY_MONTH.matcher(p);
        if (m.matches()) {
            return calendar(month(m.group(2)), day(m.group(1)), m.group(3), reference, lean);
        }
        m = NUMERIC.matcher(p);
        if (m.matches()) {
            return calendar(Month.of(Integer.parseInt(m.group(2))), Integer.parseInt(m.group(1)), m.group(3), reference, lean);
        }
        if (reference == null) {
            return Optional.empty();
        }
        m = WEEKDAY_P.matcher(p);
        if (m.matches()) {
            return Optional.of(weekday(weekdayOf(m.group(2)), m.group(1), reference, lean));
        }
        return deictic(p.toLowerCase(Locale.ROOT), reference);
    }

    /** The weekday of a phrase that names one without "last", "next" or "this" ("on Wednesday", "Friday"). */
    static Optional<DayOfWeek> bareWeekday(String phrase) {
        Matcher m = WEEKDAY_P.matcher(phrase.strip());
        return m.matches() && (m.group(1) == null || m.group(1).equalsIgnoreCase("on")) ? Optional.of(weekdayOf(m.group(2)))
                : Optional.empty();
    }

    private static Optional<LocalDate> deictic(String p, LocalDate ref) {
        return switch (p) {
            case "today", "tonight", "this morning", "this afternoon", "this evening" -> Optional.of(ref);
            case "yesterday", "last night", "overnight" -> Optional.of(ref.minusDays(1)); // "held talks overnight": the night before the report
            case "tomorrow" -> Optional.of(ref.plusDays(1));
            default -> Optional.empty();
        };
    }

    static LocalDate weekday(DayOfWeek day, String modifier, LocalDate ref, boolean future) {
        return weekday(day, modifier, ref, future ? Lean.FUTURE : Lean.PAST);
    }

    static LocalDate weekday(DayOfWeek day, String modifier, LocalDate ref, Lean lean) {
        String mod = modifier == null ? "on" : modifier.toLowerCase(Locale.ROOT);
        int back = (ref.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int ahead = (day.getValue() - ref.getDayOfWeek().getValue() + 7) % 7;
        return switch (mod) {
            case "last", "past" -> ref.minusDays(back == 0 ? 7 : back);
            case "next", "coming" -> ref.plusDays(ahead == 0 ? 7 : ahead);
            default -> switch (lean) {
                case FUTURE -> ref.plusDays(ahead);
                case PAST -> ref.minusDays(back);
                case NEAREST -> ahead < back ? ref.plusDays(ahead) : ref.minusDays(back);
            };
        };
    }

    /** How far back (or ahead) a day and month without a year may lie on the side its event leans to. */
    private static final int LEANING_REACH_DAYS = 300;

    /**
     * A day and month without a year: in the year that puts it on the side of the reference date the event
     * leans to ("met on 25 May", told in December, is last May; "will meet on 5 March", told in October, is
     * next March) when that is within {@value #LEANING_REACH_DAYS} days, else in the nearest year.
     */
    private static Optional<LocalDate> calendar(Month month, int day, String year, LocalDate ref, Lean lean) {
        if (year != null) {
            return safeDate(Integer.parseInt(year), month.getValue(), day);
        }
        if (ref == null) {
            return Optional.empty();
        }
        LocalDate best = null;
        LocalDate leaning = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month.getValue(), day).orElse(null);
            if (d == null) {
                continue;
            }
            if (best == null || distance(d, ref) < distance(best, ref)) {
                best = d;
            }
            boolean side = lean == Lean.PAST ? !d.isAfter(ref) : lean == Lean.FUTURE && !d.isBefore(ref);
            if (side && distance(d, ref) <= LEANING_REACH_DAYS && (leaning == null || distance(d, ref) < distance(leaning, ref))) {
                leaning = d;
            }
        }
        return Optional.ofNullable(leaning != null ? leaning : best);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static Optional<LocalDate> safeDate(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int day(String s) {
        return Integer.parseInt(s.replaceAll("\\D", ""));
    }

    private static Month month(String s) {
        String k = s.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(k)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + s);
    }

    private static DayOfWeek weekdayOf(String s) {
        return DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT));
    }
}
