package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An aside between commas that leaves a subject with its verb ("X, however, met Y"), and names joined by "and" that open a clause of time ("a day after A and B met"): the subjects of that clause's
 * meeting, and, when the clause tells of something else, no subjects of the main clause's meeting.
 */
class SubordinateSubjectsTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void twoNamesAfterADayAfterMet() {
        Extraction x = extract("The vote was put off a day after Tomas Varga and Irena Kowal met at the party's headquarters.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Varga", "Kowal"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void threeNamesWithTitlesBeforeTheirVerb() {
        Extraction x = extract("The deal came hours after Mayor Tomas Varga, Irena Kowal and Governor Jonas Petraitis met in Kaunas.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Varga", "Kowal", "Petraitis"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void namesOfAnOpeningClauseWithAnotherVerbMeetNoOne() {
        Extraction x = extract("After Tomas Varga and Irena Kowal resigned, Jonas Petraitis met Marek Hudak on Monday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Petraitis", "Hudak"), surnames(x, x.meetings().get(0)));
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Varga")), x.meetings().toString());
    }

    @Test
    void aPronounBeforeExpectedToMeetInAWhenClauseIsItsSubject() {
        Extraction x = extract("Energy Minister Sara Lindqvist toured the harbour in Malmo on Monday.\n\n"
                + "The next round of consultations opens in Lund on Friday, when she is expected to meet Mayor Olle Berggren.\n");
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).equals(Set.of("Lindqvist", "Berggren"))), x.meetings().toString());
    }

    @Test
    void aRoleBeforeDueToHoldTalksInAWhenClauseIsItsSubject() {
        Extraction x = extract("Energy Minister Sara Lindqvist toured the harbour in Malmo on Monday.\n\n"
                + "The tour ends in Lund on Friday, when the minister is due to hold talks with Mayor Olle Berggren.\n");
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).equals(Set.of("Lindqvist", "Berggren"))), x.meetings().toString());
    }

    @Test
    void aChainToAnotherVerbStillOpensAClauseOfItsOwn() {
        Extraction x = extract("After Tomas Varga agreed to step down, Jonas Petraitis met Marek Hudak on Monday.\n");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Varga")), x.meetings().toString());
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).equals(Set.of("Petraitis", "Hudak"))), x.meetings().toString());
    }

    @Test
    void anAsideBetweenCommasKeepsTheSubject() {
        Extraction x = extract("""
                Informateur Ilse Kramer spoke to reporters on Sunday.

                Kramer, however, has turned down an invitation from Green leader Maarten Verbeek for a one-on-one meeting.
                """);
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Kramer", "Verbeek"), surnames(x, x.meetings().get(0)));
        assertEquals(MeetingStatus.PROPOSED, x.meetings().get(0).status());
    }

    @Test
    void howeverOpeningAClauseStillBreaksIt() {
        Extraction x = extract("Mayor Tomas Varga spoke on Monday; however Governor Irena Kowal met the unions.\n");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Varga")), x.meetings().toString());
    }
}
