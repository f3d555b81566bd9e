package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Whether a meeting told without a place of its own was held where an earlier one that day was: one of that meeting's
 * people stays as host and receives someone new ("X held talks with Y at the PM House. Later, Z met the premier",
 * "... A delegation called on the prime minister in the afternoon"). Not when the one who stays is the guest who goes
 * on to a new host ("Later in the afternoon Y was received by the Speaker", "Y then called on the Speaker"), nor on a
 * journey. Thread-safe.
 */
final class HostVenue {
    /** Verbs whose subject hosts the meeting ("X received Y"); passive with "by", their agent does. */
    private static final Set<String> HOSTS = Set.of("receive", "host", "welcome", "greet");

    /** Verbs whose object hosts the meeting ("Y called on X", "Y visited X"). */
    private static final Set<String> GUESTS = Set.of("call", "visit", "see");

    private HostVenue() {
    }

    /**
     * Whether the person of the earlier meeting that sentence {@code s} names again is the host of the meeting it tells
     * ("Later, Z met the premier", "Z called on the premier", "the premier received Z", "Z was received by the premier").
     */
    static boolean hostStays(Sentence s, Meeting before, Meeting m, EntityIndex index) {
        List<MentionRef> refs = index.mentionsIn(s.index()).stream()
                .filter(r -> m.participants().contains(r.key()) && before.participants().contains(r.key())).toList();
        if (refs.isEmpty()) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String lemma = MeetingLexicon.lemma(t.get(i)).toLowerCase(Locale.ROOT);
            if (!MeetingLexicon.pos(t.get(i)).equals("VERB") || !HOSTS.contains(lemma) && !GUESTS.contains(lemma)) {
                continue;
            }
            int verb = i;
            boolean passive = i + 1 < t.size() && t.get(i + 1).text().equalsIgnoreCase("by");
            boolean objectHosts = GUESTS.contains(lemma) || passive; // "called on X", "visited X", "was received by X"
            return refs.stream().anyMatch(r -> objectHosts ? r.tokenStart() > verb : r.tokenEnd() <= verb);
        }
        return true; // "met", "held talks with": either may be the host
    }
}
