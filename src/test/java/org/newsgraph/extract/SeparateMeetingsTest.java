package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A lead that sums up "separate meetings" with someone "in attendance", and the meetings it sums up told next:
 * the one attending is at each of them.
 */
class SeparateMeetingsTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    private static List<Set<String>> people(Extraction x) {
        return x.meetings().stream().map(m -> surnames(x, m)).collect(Collectors.toList());
    }

    @Test
    void anAttendeeOfSeparateMeetingsIsAtEachMeetingToldNext() {
        Extraction x = extract("Prime Minister Tomas Varga on Tuesday held separate meetings with leaders of two coalition parties, "
                + "with Finance Minister Pavel Horak in attendance. A delegation of the Green Party, led by its chairman Jan Novy, "
                + "called on the prime minister in the afternoon. Later, Farmers' Party president Karel Dvorak met the premier.");
        List<Set<String>> p = people(x);
        assertTrue(p.stream().anyMatch(s -> s.containsAll(Set.of("Varga", "Horak", "Novy"))), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.containsAll(Set.of("Varga", "Horak", "Dvorak"))), p.toString());
    }

    @Test
    void anAttendeeOfOneMeetingOrAfterTheStoryMovesOnIsNot() {
        Extraction one = extract("Prime Minister Tomas Varga on Tuesday met leaders of the Green Party, "
                + "with Finance Minister Pavel Horak in attendance. Later, Farmers' Party president Karel Dvorak met the premier.");
        assertFalse(people(one).stream().anyMatch(s -> s.containsAll(Set.of("Horak", "Dvorak"))), people(one).toString());
        Extraction moved = extract("Prime Minister Tomas Varga on Tuesday held separate meetings with leaders of two coalition parties, "
                + "with Finance Minister Pavel Horak in attendance. Meanwhile, Farmers' Party president Karel Dvorak met the premier.");
        assertFalse(people(moved).stream().anyMatch(s -> s.containsAll(Set.of("Horak", "Dvorak"))), people(moved).toString());
        Extraction call = extract("Prime Minister Tomas Varga on Tuesday held separate meetings with leaders of two coalition parties, "
                + "with Finance Minister Pavel Horak in attendance. The prime minister also spoke to regional governor Karel Dvorak "
                + "on the telephone.");
        assertFalse(people(call).stream().anyMatch(s -> s.containsAll(Set.of("Horak", "Dvorak"))), people(call).toString());
    }
}
