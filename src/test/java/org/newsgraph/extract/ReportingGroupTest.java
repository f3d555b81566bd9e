package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A group that closes a sentence with its own reporting verb (", officials said") reports the meeting and takes no part in it. */
class ReportingGroupTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void officialsSaidAfterAMeetingAreNoParticipants() {
        Extraction x = extract("Trade Minister Tomas Varga and his Latvian counterpart, Irena Kowal, met for two hours in Riga, officials said.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Varga", "Kowal"), surnames(x, x.meetings().get(0)));
        assertTrue(x.meetings().get(0).groups().isEmpty(), x.meetings().get(0).groups().toString());
    }

    @Test
    void aDelegationThatToldReportersIsNoParticipant() {
        Extraction x = extract("Governor Jonas Petraitis is due to meet Mayor Marek Hudak on Friday, the Lithuanian delegation told reporters.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertTrue(x.meetings().get(0).groups().isEmpty(), x.meetings().get(0).groups().toString());
    }

    @Test
    void aGroupMetWithoutAReportStaysAParticipant() {
        Extraction x = extract("Governor Jonas Petraitis met farm leaders in Kaunas on Friday, and officials from the ministry said little.\n");
        assertTrue(x.meetings().stream().anyMatch(m -> m.groups().stream().anyMatch(g -> g.contains("leaders"))), x.meetings().toString());
    }
}
