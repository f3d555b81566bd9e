package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * The passive predicates by which news tells that a meeting fell through or was put back: "was cancelled", "has been
 * postponed", "were later called off", "had been put off", "has been pushed back to June", "was moved to Friday". A
 * form of "be", at most one adverb ("later", "since", "abruptly"), and a participle of calling off; "moved", "pushed"
 * and "brought" only with a day after them ("moved to April 22"), since "was moved to the ministry" changes the place,
 * not the plan. Stateless.
 */
final class PutOff {
    private PutOff() {
    }

    private static final Set<String> BE = Set.of("was", "were", "been", "is", "are", "be");
    /** Participles that call a meeting off or put it back on their own. */
    private static final Set<String> PARTICIPLES = Set.of("cancelled", "canceled", "postponed", "scrapped", "abandoned", "shelved",
            "delayed", "suspended", "deferred", "rescheduled", "axed", "off");
    /** Participles that take a particle: "called off", "put off", "put back", "pushed back". */
    private static final Set<String> WITH_PARTICLE = Set.of("called", "put", "pushed");
    private static final Set<String> PARTICLES = Set.of("off", "back");
    /** Participles that put a meeting back only when a day follows: "moved to Friday", "pushed to tomorrow morning". */
    private static final Set<String> MOVED = Set.of("moved", "pushed", "brought", "shifted");
    private static final Set<String> DAY_WORDS = CalendarWords.with(CalendarWords.WEEKDAYS_AND_MONTHS, "next", "tomorrow", "later",
            "early", "late", "mid");

    /** Months as news abbreviates them: "Dec. 2", "Sept 17". */
    private static final Set<String> SHORT_MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    /** Whether the tokens from {@code i} on say the meeting was called off or put back ("was postponed", "has been pushed back"). */
    static boolean at(List<Token> t, int i) {
        if (i >= t.size() || !BE.contains(lower(t.get(i)))) {
            return false;
        }
        int k = i + 1;
        if (k < t.size() && MeetingLexicon.pos(t.get(k)).equals("ADV") && !PARTICLES.contains(lower(t.get(k)))) {
            k++; // "was later called off", "has since been postponed"
        }
        if (k < t.size() && lower(t.get(k)).equals("been")) {
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        String w = lower(t.get(k));
        if (PARTICIPLES.contains(w)) {
            return true;
        }
        if (WITH_PARTICLE.contains(w) && k + 1 < t.size() && PARTICLES.contains(lower(t.get(k + 1)))) {
            return true;
        }
        return MOVED.contains(w) && dayAfter(t, k + 1);
    }

    /** "to Friday", "back to 3 June", "forward to next week": "to" or "until" with a day right after, from token {@code k}. */
    private static boolean dayAfter(List<Token> t, int k) {
        if (k < t.size() && Set.of("back", "forward").contains(lower(t.get(k)))) {
            k++;
        }
        if (k + 1 >= t.size() || !Set.of("to", "until", "till").contains(lower(t.get(k)))) {
            return false;
        }
        String next = t.get(k + 1).text().toLowerCase(Locale.ROOT);
        String stem = next.endsWith(".") ? next.substring(0, next.length() - 1) : next;
        return Character.isDigit(next.charAt(0)) || DAY_WORDS.contains(next) || SHORT_MONTHS.contains(stem);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
