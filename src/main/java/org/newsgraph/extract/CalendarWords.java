package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The names of weekdays and months in lower case, which many rules treat as time words rather than names or places,
 * and the sets those rules build from them with their own extra words. Thread-safe (immutable sets).
 */
final class CalendarWords {
    /** "monday" to "sunday". */
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** "january" to "december". */
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Weekday and month names together. */
    static final Set<String> WEEKDAYS_AND_MONTHS = with(WEEKDAYS, MONTHS);

    private CalendarWords() {
    }

    /** An immutable set of the words of {@code base} and {@code extra}. */
    static Set<String> with(Set<String> base, String... extra) {
        return with(base, Set.of(extra));
    }

    private static Set<String> with(Set<String> base, Set<String> extra) {
        Set<String> all = new HashSet<>(base);
        all.addAll(extra);
        return Set.copyOf(all);
    }
}
