package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "The delegation" of a later meeting is the people the story named as leading or making up the delegation. */
class DelegationRosterTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    private static boolean hasMeeting(Extraction x, Set<String> people) {
        return x.meetings().stream().anyMatch(m -> surnames(x, m).equals(people));
    }

    @Test
    void theDelegationIsItsLeaderAndTheMembersItIncluded() {
        Extraction x = extract("Trade Minister Anna Berger received on Monday a Korean business delegation headed by Mr. Kim Dae-sung, "
                + "chairman of the Korea-Europe Business Forum. The delegation included Ms. Park Ji-yeon, director of a shipping "
                + "company, and Mr. Lee Min-ho, an engineer. Berger praised the growing trade between the two countries. "
                + "The delegation will meet the Mayor of Graz, Peter Huber, on Thursday.");
        assertTrue(hasMeeting(x, Set.of("Huber", "Dae-sung", "Ji-yeon", "Min-ho")), x.meetings().toString());
    }

    @Test
    void theTeamLedByOneAndIncludingAnother() {
        Extraction x = extract("A World Bank mission met the board of the water utility in Lusaka on Monday. The team was led by "
                + "its country director, Ms Helen Brandt, and included the bank's water specialist, Mr Tomas Ruiz. "
                + "The delegation had later paid a courtesy call on Finance Minister Joseph Banda.");
        assertTrue(hasMeeting(x, Set.of("Banda", "Brandt", "Ruiz")), x.meetings().toString());
    }

    @Test
    void theLeaderOfTheHostsSideIsNotTheDelegations() {
        Extraction x = extract("A delegation from the regional football body met the league's board on Friday. The delegation was led "
                + "by Samuel Okoro. The league side was headed by its chairman, Daniel Mensah. The delegation on Saturday "
                + "called on Sports Minister Grace Owusu.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).containsAll(Set.of("Owusu", "Mensah"))), x.meetings().toString());
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).containsAll(Set.of("Owusu", "Okoro"))), x.meetings().toString());
    }

    @Test
    void aNameInsideTheLeadersTitleIsNoMember() {
        Extraction x = extract("Governor Paul Mwale received a delegation of the Nordic Energy Fund led by Erik Lund, head of the "
                + "fund's Africa Division, on Monday. The delegation will meet Energy Minister Ruth Phiri on Wednesday.");
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).equals(Set.of("Phiri", "Lund"))), x.meetings().toString());
    }

    @Test
    void anotherDelegationComingInBetweenKeepsTheRosterOut() {
        Extraction x = extract("President Ana Costa received a delegation of the Lusophone Bank led by Rui Matos on Monday. "
                + "The talks focused on road financing. On Tuesday, a delegation of farmers from the north arrived in the capital. "
                + "The delegation will meet Agriculture Minister Jorge Lima on Friday.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).containsAll(Set.of("Lima", "Matos"))), x.meetings().toString());
    }
}
