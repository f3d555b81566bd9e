package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.only;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People who went somewhere together: "A and B went to the dam together", "A walked through the market with B". */
class JointOutingTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void twoNamedSubjectsThatWentTogetherMet() {
        Extraction x = extract("On Monday, Mayor Tom Reid and Senator Alice Moss went to Riverton together to inspect the flood barrier.");
        assertEquals(Set.of("Reid", "Moss"), surnames(x, only(x)));
        Extraction flew = extract("Trade Minister Hana Sato and her Korean counterpart, Park Jin-ho, flew together to Busan on Friday.");
        assertEquals(Set.of("Sato", "Jin-ho"), surnames(flew, only(flew)));
    }

    @Test
    void aWalkWithANamedPersonIsAMeetingWithThem() {
        Extraction x = extract("Before the meeting, Governor Tom Reid walked through the market with the head of the traders' union, "
                + "Alice Moss, and listened to stallholders.");
        assertEquals(Set.of("Reid", "Moss"), surnames(x, only(x)));
        Extraction together = extract("Opposition leader Karl Jansen travelled to the border town together with party treasurer Eva Lind.");
        assertEquals(Set.of("Jansen", "Lind"), surnames(together, only(together)));
    }

    @Test
    void goingAloneOrWalkingOutIsNoMeeting() {
        Extraction alone = extract("Mayor Tom Reid went to Riverton on Monday to inspect the flood barrier.");
        assertTrue(alone.meetings().isEmpty(), () -> "meetings: " + alone.meetings());
        Extraction out = extract("Mayor Tom Reid walked out with Senator Alice Moss after the vote.");
        assertTrue(out.meetings().isEmpty(), () -> "meetings: " + out.meetings());
        Extraction not = extract("Mayor Tom Reid and Senator Alice Moss did not travel together to Riverton.");
        assertTrue(not.meetings().isEmpty(), () -> "meetings: " + not.meetings());
    }
}
