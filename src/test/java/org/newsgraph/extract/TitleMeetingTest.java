package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transcripts whose title announces the meeting of their speakers. */
class TitleMeetingTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void bothNamedInTheTitle() {
        Extraction x = extract("""
                Secretary Anna Berglund And Foreign Minister Mark Olsen Before Their Meeting

                SECRETARY BERGLUND: Good afternoon, everyone. It is a pleasure to welcome my friend.

                FOREIGN MINISTER OLSEN: Thank you. It is good to be here.
                """);
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        Meeting m = x.meetings().get(0);
        assertEquals(Set.of("Berglund", "Olsen"), surnames(x, m));
        assertEquals(MeetingStatus.OCCURRED, m.status());
    }

    @Test
    void remarksWithOneGuestMeetTheSpeaker() {
        Extraction x = extract("""
                Remarks With Dutch Foreign Minister Mark Olsen Before Their Meeting

                SECRETARY BERGLUND: Good afternoon. I just want to say welcome.

                FOREIGN MINISTER OLSEN: It is a pleasure to be here.
                """);
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Berglund", "Olsen"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void theirMeetingInTheBodyIsNoTitle() {
        Extraction x = extract("""
                Anna Berglund flew home on Friday. Mark Olsen stayed in Oslo.

                Their meeting had been cancelled a week earlier.
                """);
        assertTrue(x.meetings().stream().noneMatch(m -> m.trigger().equals("their meeting")), x.meetings().toString());
    }

    @Test
    void aTitleWithoutTheirMeetingAnnouncesNone() {
        Extraction x = extract("""
                Remarks With Dutch Foreign Minister Mark Olsen At The Press Availability

                SECRETARY BERGLUND: Good afternoon.
                """);
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void aHeadlineVisitPlacesThePlannedMeetingOfTheVisitor() {
        Extraction x = extract("""
                Ghanaian President Kofi Mensah to Visit Elysee Palace

                President Kofi Mensah will meet with President Anna Berg to discuss trade, according to a statement.
                """);
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).equals(Set.of("Mensah", "Berg"))).findFirst().orElseThrow();
        assertTrue(x.entity(m.place()).orElseThrow().name().contains("lys"), x.entity(m.place()).orElseThrow().name()); // "Élysée"
    }

    @Test
    void aHeadlineVisitLeavesAMeetingThatHappenedElsewhereAlone() {
        Extraction x = extract("""
                Ghanaian President Kofi Mensah to Visit Elysee Palace

                Last month Kofi Mensah met Mark Olsen in Accra.
                """);
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Olsen")).findFirst().orElseThrow();
        assertEquals("Accra", x.entity(m.place()).orElseThrow().name());
    }
}
