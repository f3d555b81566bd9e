package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.only;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Status cues: summons, waits, conditions, meetings that never came about, requests granted. */
class MeetingStatusCueTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    private static List<MeetingStatus> statuses(String text, Set<String> people) {
        Extraction x = extract(text);
        return x.meetings().stream().filter(m -> surnames(x, m).equals(people)).map(Meeting::status).toList();
    }

    private static final Set<String> PAIR = Set.of("Voss", "Reed");

    @Test
    void summonsInThePresentPerfectIsAhead() {
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss has summoned Mayor Tom Reed to a meeting on "
                + "Thursday to explain the delays.", PAIR));
    }

    @Test
    void waitingForAMeetingIsProposed() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Mayor Tom Reed is still waiting for a meeting with Governor "
                + "Clara Voss, his office said.", PAIR));
    }

    @Test
    void meetingBeingWorkedOutIsProposed() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("A meeting between Mayor Tom Reed and Governor Clara Voss is "
                + "being worked out, officials said.", PAIR));
    }

    @Test
    void meetingThatDidNotTakePlaceIsCancelled() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("A meeting between Mayor Tom Reed and Governor Clara Voss on "
                + "Friday did not take place.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("A meeting between Governor Clara Voss and Mayor Tom Reed took "
                + "place on Monday.", PAIR));
    }

    @Test
    void meetingOnAConditionIsProposed() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Governor Clara Voss said she would meet Mayor Tom Reed if he "
                + "dropped the lawsuit.", PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("If the strike ends, Governor Clara Voss will meet Mayor Tom Reed "
                + "on Friday.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss will meet Mayor Tom Reed on Friday even if "
                + "the strike goes ahead.", PAIR));
    }

    @Test
    void pullingOutOfAPlannedMeetingCancelsIt() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Governor Clara Voss pulled out of a planned meeting with Mayor "
                + "Tom Reed on Monday.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss will attend a scheduled meeting with Mayor "
                + "Tom Reed on Monday.", PAIR));
    }

    @Test
    void invitationAcceptedInTheSameSentenceIsPlanned() {
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss invited Mayor Tom Reed to talks on Monday, "
                + "and he accepted.", PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Governor Clara Voss invited Mayor Tom Reed to talks on Monday, "
                + "but he declined.", PAIR));
    }

    @Test
    void requestThenPlanIsOneMeeting() {
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss, who had long sought talks with Mayor Tom "
                + "Reed, will meet him on Friday.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED, MeetingStatus.PROPOSED), statuses("Governor Clara Voss will meet Mayor Tom "
                + "Reed on Friday and has asked for a second meeting with him in May.", PAIR));
    }

    @Test
    void quotedPredicateOfAMeetingNoun() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Officials said a meeting between Mayor Tom Reed and Governor "
                + "Clara Voss, the state's top official, \"could happen in May\", but no date had been set.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Governor Clara Voss met Mayor Tom Reed, who said \"it was a "
                + "good meeting\".", PAIR));
    }

    @Test
    void futureInARelativeClauseBeforeThePastMeeting() {
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Governor Clara Voss, who will leave office in May, met Mayor "
                + "Tom Reed on Monday.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss, who took office in May, will meet Mayor "
                + "Tom Reed on Friday.", PAIR));
    }

    @Test
    void consentWithheldLeavesTheMeetingProposed() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Governor Clara Voss has not yet agreed to meet Mayor Tom Reed.",
                PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss has agreed to meet Mayor Tom Reed next week.",
                PAIR));
    }

    @Test
    void goingToMeetIsPlannedAndWasGoingToMeetFellThrough() {
        assertEquals(MeetingStatus.PLANNED, only(extract("Minister Ken Obi is going to meet Governor Musa Bello on Friday.")).status());
        assertEquals(MeetingStatus.CANCELLED, only(extract("Minister Ken Obi was going to meet Governor Musa Bello on Friday.")).status());
        assertEquals(MeetingStatus.OCCURRED, only(extract("Minister Ken Obi was going to Abuja, where he met Governor Musa Bello.")).status());
    }

    @Test
    void aRelativeClauseInsideTheMeetingSubjectDoesNotHideItsVerb() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("A meeting between Governor Clara Voss and Mayor Tom Reed, to "
                + "discuss roads that cross the county line, had been planned for Friday but was called off because of snow.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("A meeting between Governor Clara Voss and Mayor Tom Reed, to "
                + "discuss roads that were flooded, was held on Friday.", PAIR));
    }

    @Test
    void aParticiplePhraseOnTheMeetingNounDoesNotHideItsVerb() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Talks between Governor Clara Voss and Mayor Tom Reed, set for "
                + "Friday, have been put off, the county said.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("A meeting between Governor Clara Voss and Mayor Tom Reed, held "
                + "behind closed doors, was described as tense.", PAIR));
    }

    @Test
    void aRequestForAOneOnOneMeetingIsProposed() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Mayor Tom Reed has asked Governor Clara Voss for a one-on-one "
                + "meeting, his deputy said.", PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Mayor Tom Reed requested a face-to-face meeting with Governor "
                + "Clara Voss last week.", PAIR));
    }

    @Test
    void aMeetingThatIsForeseenOrSlatedIsPlanned() {
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("A bilateral meeting of Governor Clara Voss with Mayor Tom Reed is "
                + "foreseen.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Talks between Governor Clara Voss and Mayor Tom Reed are slated for "
                + "next month.", PAIR));
    }

    @Test
    void aQuotedPredicateAfterTheAuxiliaryStillTellsTheStatus() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Officials said a meeting between Governor Clara Voss and Mayor Tom"
                + " Reed was \"being worked out\".", PAIR));
    }

    @Test
    void anInvitationAcceptedInTheSameSentenceIsPlanned() {
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss said she had invited Mayor Tom Reed to visit the "
                + "new depot in May and that he had accepted.", PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Governor Clara Voss invited Mayor Tom Reed to the depot in May, but"
                + " he has not accepted.", PAIR));
    }

    @Test
    void anInvitationPutOffInTheSameSentenceIsCancelled() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Governor Clara Voss invited Mayor Tom Reed to the capital in "
                + "March, but Reed asked to postpone the trip.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Governor Clara Voss met Mayor Tom Reed on Monday and they agreed "
                + "to postpone the vote.", PAIR), "what the meeting decided to put off is not the meeting");
    }

    @Test
    void aMeetingMovedToAnotherDayIsCancelled() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("The ceremony, at which Governor Clara Voss was to host Mayor Tom"
                + " Reed, has been rescheduled for May 3.", PAIR));
    }

    @Test
    void aModalOfAnotherVerbDoesNotReachAMeetingInItsTimeAdjunct() {
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("The coach will learn his fate next week after a closed-door "
                + "meeting attended by chairman Tom Reed and chief executive Clara Voss on Thursday.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Mayor Tom Reed will fly to the capital on Monday for talks with "
                + "Governor Clara Voss.", PAIR));
    }

    @Test
    void aMeetingYetToHappenIsProposed() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Governor Clara Voss has yet to meet Mayor Tom Reed over the "
                + "flood money.", PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Mayor Tom Reed is yet to hold talks with Governor Clara Voss, "
                + "aides said.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Governor Clara Voss met Mayor Tom Reed on Monday, but the two "
                + "have yet to agree on the budget.", PAIR));
    }

    @Test
    void aPlanCueReachesItsMeetingAcrossAPlaceOrDay() {
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss is expected in Denver on Friday for talks "
                + "with Mayor Tom Reed.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Mayor Tom Reed is due at the state capitol for a meeting with "
                + "Governor Clara Voss.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Governor Clara Voss arrived in Denver on Friday for talks with "
                + "Mayor Tom Reed.", PAIR));
    }

    @Test
    void aPlanToldWithWasToHaveFellThrough() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Governor Clara Voss was to have met Mayor Tom Reed in Denver "
                + "on Thursday.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss is to meet Mayor Tom Reed in Denver on "
                + "Thursday.", PAIR));
    }

    @Test
    void likelihoodIsAPlanAndEagernessAWish() {
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss and Mayor Tom Reed are likely to meet at the "
                + "conference.", PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Governor Clara Voss is keen to meet Mayor Tom Reed before the "
                + "vote.", PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Mayor Tom Reed is eager to hold talks with Governor Clara Voss.",
                PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("Governor Clara Voss has tried to meet Mayor Tom Reed since "
                + "January.", PAIR));
    }

    @Test
    void aMeetingInTheSubjunctiveAfterAProposalIsProposed() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("The minister suggested that Governor Clara Voss and Mayor Tom Reed "
                + "meet in Lagos next week.", PAIR));
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("The arbitrator has recommended that Governor Clara Voss should "
                + "meet Mayor Tom Reed in Lagos.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("The minister said that Governor Clara Voss and Mayor Tom Reed met "
                + "in Lagos last week.", PAIR));
    }

    @Test
    void aDeferredMeetingIsCancelled() {
        assertEquals(MeetingStatus.CANCELLED, statuses("Governor Clara Voss's meeting with Mayor Tom Reed, which was to take place "
                + "on Friday, has been deferred to May.", PAIR).get(0));
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("The talks between Governor Clara Voss and Mayor Tom Reed have been "
                + "deferred.", PAIR));
    }

    @Test
    void oneSideAcceptingWhileTheOtherWeighsItLeavesItProposed() {
        assertEquals(List.of(MeetingStatus.PROPOSED), statuses("""
                The minister invited Governor Clara Voss to meet Mayor Tom Reed in Abuja.

                The governor accepted the invitation, but the mayor's office said it would consider it.
                """, PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("""
                The minister invited Governor Clara Voss to meet Mayor Tom Reed in Abuja.

                The governor accepted the invitation on Monday.
                """, PAIR));
    }

    @Test
    void aPlanToldAsNotKeptIsCancelled() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Governor Clara Voss was supposed to meet Mayor Tom Reed in Lagos on "
                + "Tuesday.", PAIR));
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Governor Clara Voss and Mayor Tom Reed were meant to meet in "
                + "Lagos in June.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss is supposed to meet Mayor Tom Reed in Lagos on "
                + "Tuesday.", PAIR), "a plan told in the present still stands");
    }

    @Test
    void aMeetingPutBackInALaterClauseIsCancelled() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Governor Clara Voss was due to meet Mayor Tom Reed on Friday, but "
                + "the meeting has been pushed back to 20 March.", PAIR));
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Governor Clara Voss was expected to host Mayor Tom Reed for lunch, "
                + "but the lunch was abruptly cancelled.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss was due to meet Mayor Tom Reed on Friday, but the "
                + "meeting was moved to the harbour office.", PAIR), "a new place is not a new day");
    }

    @Test
    void aMeetingCalledOffInTheNextSentenceIsCancelled() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("""
                Governor Clara Voss and Mayor Tom Reed were due to hold talks in Lagos on Friday. The talks were later called off.
                """, PAIR));
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("""
                Governor Clara Voss had invited Mayor Tom Reed to Abuja in May. It was called off when the budget ran dry.
                """, PAIR));
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("""
                Governor Clara Voss will meet Mayor Tom Reed at the port on Monday. That meeting has since been postponed to Dec. 4.
                """, PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("""
                Governor Clara Voss will meet Mayor Tom Reed at the port on Monday. The meeting will focus on dredging.
                """, PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("""
                Governor Clara Voss will meet Mayor Tom Reed on Monday. The meeting was moved to the port authority building.
                """, PAIR), "a meeting moved to another place still takes place");
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("""
                Governor Clara Voss met Mayor Tom Reed at the port on Monday. The ceremony planned for Tuesday was cancelled.
                """, PAIR), "what was held stays held");
    }

    @Test
    void aCallingOffAfterAHeldMeetingTellsOfAnotherEvent() {
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Governor Clara Voss held a meeting with Mayor Tom Reed on Monday, a day "
                + "after a planned session with the unions was called off.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Governor Clara Voss held talks with Mayor Tom Reed in Lagos because the "
                + "hearing had been postponed.", PAIR));
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Governor Clara Voss called off a meeting with Mayor Tom Reed after the "
                + "storm.", PAIR), "the cue before the meeting still counts");
    }

    @Test
    void aPlanInALaterClauseWithItsOwnSubjectIsNotTheMeetings() {
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Governor Clara Voss and Mayor Tom Reed talked by phone Sunday, and "
                + "by the end of the call they had agreed to stop the lawsuit.", PAIR));
        assertEquals(List.of(MeetingStatus.PLANNED), statuses("Governor Clara Voss will meet Mayor Tom Reed on Sunday, and she has "
                + "said she wants a deal.", PAIR));
    }

    @Test
    void talksOpeningASentenceAreANounWhoseVerbComesAfterTheRelativeClause() {
        assertEquals(List.of(MeetingStatus.CANCELLED), statuses("Talks between Governor Clara Voss and Mayor Tom Reed, which were "
                + "planned for Friday in Lyon, have been postponed, officials said.", PAIR));
        assertEquals(List.of(MeetingStatus.OCCURRED), statuses("Talks between Governor Clara Voss and Mayor Tom Reed lasted three "
                + "hours on Monday, officials said.", PAIR));
    }
}
