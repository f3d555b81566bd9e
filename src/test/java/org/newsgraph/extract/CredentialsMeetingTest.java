package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host who receives envoys' letters of credence meets the envoys ("received letters of credence from X"), and
 * the envoys of such a group may be listed in a sentence of their own ("The envoys are A, B and C").
 */
class CredentialsMeetingTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void lettersOfCredenceFromANamedEnvoy() {
        Extraction x = extract("President Joyce Banda-Phiri on Monday received letters of credence from the new ambassador of Peru, Lucía Ferrer, at State House.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Banda-Phiri", "Ferrer"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void theCredentialsOfTwoNamedEnvoys() {
        Extraction x = extract("President Joyce Banda-Phiri received the credentials of ambassadors Lucía Ferrer and Ole Brandt on Monday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Banda-Phiri", "Ferrer", "Brandt"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void envoysListedAfterTheCeremony() {
        Extraction x = extract("""
                President Joyce Banda-Phiri yesterday received letters of credence from three new ambassadors at State House.

                The envoys are Peru's Ms Lucía Ferrer, Norway's Mr Ole Brandt and Kenya's Mr Daniel Otieno.
                """);
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Banda-Phiri", "Ferrer", "Brandt", "Otieno"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aLetterFromSomeoneIsNoCredentials() {
        Extraction x = extract("President Joyce Banda-Phiri received a letter from Lucía Ferrer on Monday.\n");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void aListNotOpenedByThePeopleOfTheGroupAddsNoOne() {
        Extraction x = extract("""
                President Joyce Banda-Phiri yesterday received letters of credence from three new ambassadors at State House.

                The winners of the prize are Lucía Ferrer and Ole Brandt.
                """);
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Ferrer")), x.meetings().toString());
    }
}
