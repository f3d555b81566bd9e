package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Merges reports of the same meeting within one article: two meetings are one when the named participants
 * of one (two or more) are all among those of the other, their statuses agree and their dates do not
 * conflict. The merged meeting keeps the earlier evidence and takes place, date and topics from either.
 * Thread-safe.
 */
final class MeetingMerger {
    private final Predicate<String> town;

    /** A merger that knows no towns. */
    MeetingMerger() {
        this(key -> false);
    }

    /**
     * A merger that, of a town and a venue reported for the same meeting, keeps the venue in that town
     * ("welcomed X to Ottawa" and "the leaders met on Parliament Hill"); {@code town} tells the towns' keys.
     */
    MeetingMerger(Predicate<String> town) {
        this.town = Objects.requireNonNull(town, "town");
    }

    List<Meeting> merge(List<Meeting> meetings) {
        List<Meeting> out = new ArrayList<>();
        for (Meeting m : meetings) {
            int same = indexOfSame(out, m);
            if (same < 0) {
                out.add(m);
            } else {
                out.set(same, venueInTown(combine(out.get(same), m), out.get(same), m));
            }
        }
        return out;
    }

    private static int indexOfSame(List<Meeting> found, Meeting m) {
        for (int i = 0; i < found.size(); i++) {
            if (same(found.get(i), m)) {
                return i;
            }
        }
        return -1;
    }

    static boolean same(Meeting a, Meeting b) {
        Set<String> pa = new HashSet<>(a.participants());
        Set<String> pb = new HashSet<>(b.participants());
        boolean nested = Math.min(pa.size(), pb.size()) >= 2 && (pa.containsAll(pb) || pb.containsAll(pa));
        boolean dates = a.date() == null || b.date() == null || a.date().equals(b.date());
        return nested && a.status() == b.status() && dates;
    }

    static Meeting combine(Meeting a, Meeting b) {
        return new Meeting(union(a.participants(), b.participants()), union(a.groups(), b.groups()),
                a.place() != null ? a.place() : b.place(), a.place() != null ? a.city() : b.city(), a.date() != null ? a.date() : b.date(),
                a.dateText() != null ? a.dateText() : b.dateText(), a.status(), a.trigger(),
                union(a.topics(), b.topics()), a.evidence(), Math.min(0.95, Math.max(a.confidence(), b.confidence()) + 0.05));
    }

    /** The merged meeting at the later report's venue when the first gave only the town and the venue is in it. */
    private Meeting venueInTown(Meeting merged, Meeting a, Meeting b) {
        boolean moreExact = a.place() != null && b.place() != null && !a.place().equals(b.place()) && a.city() == null
                && town.test(a.place()) && !town.test(b.place()) && (b.city() == null || b.city().equals(a.place()));
        return moreExact ? merged.withPlace(b.place(), a.place()) : merged;
    }

    /** A meeting with more participants and groups (a joiner's). */
    static Meeting join(Meeting a, Participants more) {
        Objects.requireNonNull(more, "more");
        return new Meeting(union(a.participants(), more.keys()), union(a.groups(), more.groups()), a.place(), a.city(), a.date(),
                a.dateText(), a.status(), a.trigger(), a.topics(), a.evidence(), Math.max(0.05, a.confidence() - 0.05));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }
}
