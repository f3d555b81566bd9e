package org.newsgraph.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks shared by all readers: date parsing, size limit, and whether a text is English prose.
 * Each check returns the reason it failed, or empty.
 */
final class ArticleChecks {
    /** Articles longer than this are refused rather than run through the pipeline. */
    static final int MAX_CHARS = 1_000_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for",
            "on", "with", "was", "as", "he", "she", "it", "said", "by", "at", "from", "his", "her", "be", "are",
            "has", "have", "will", "an", "not", "they", "this", "who", "their", "we", "were", "would");

    private ArticleChecks() {
    }

    static Optional<String> tooLong(String text) {
        return text.length() > MAX_CHARS
                ? Optional.of("article too long: " + text.length() + " characters (limit " + MAX_CHARS + ")")
                : Optional.empty();
    }

    static Optional<String> notEnglish(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int english = 0;
        while (m.find() && words < 1000) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        if (words == 0) {
            return Optional.of("no words in text");
        }
        if (words >= 20 && english * 100 < words * 8) {
            return Optional.of("not English prose (" + english + " of " + words + " words are common English words)");
        }
        return Optional.empty();
    }

    /**
     * Parses an ISO date ({@code 2025-12-02}, or the date part of a timestamp).
     *
     * @throws IllegalArgumentException naming the value when it is not a real date, or lies after {@code latest}
     */
    static LocalDate parseDate(String value, LocalDate latest) {
        String v = value.strip();
        if (v.length() > 10 && v.charAt(10) == 'T') {
            v = v.substring(0, 10);
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a valid date: '" + value + "'");
        }
        if (d.isAfter(latest)) {
            throw new IllegalArgumentException("date lies in the future: " + d);
        }
        if (d.getYear() < 1800) {
            throw new IllegalArgumentException("implausible date: " + d);
        }
        return d;
    }
}
