package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A relative clause saying who led the side just met ("..., whose delegation was headed by X") names a participant. */
class LedRelativeTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void whoseDelegationWasHeadedBy() {
        Extraction x = extract("Prime Minister Tomas Varga met on Monday with the Green Alliance, whose delegation was headed by MP Irena Kowal.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Varga", "Kowal"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aDelegationWhichWasLedBy() {
        Extraction x = extract("Governor Jonas Petraitis received the dockers' union delegation, which was led by its chairman, Marek Hudak.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Petraitis", "Hudak"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aPartyOnceLedBySomeoneElseIsNoCue() {
        Extraction x = extract("Governor Jonas Petraitis met Mayor Marek Hudak, whose party was led by Irena Kowal until 2020.\n");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Kowal")), x.meetings().toString());
    }

    @Test
    void aMinistryHeadedBySomeoneIsNoCue() {
        Extraction x = extract("Governor Jonas Petraitis visited the health ministry, which was headed by Irena Kowal until May.\n");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Kowal")), x.meetings().toString());
    }
}
