package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The day of a meeting where its sentence names none, or names days that are not the meeting's. */
class MeetingDateTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);

    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    /** The meeting of the extraction whose participants include a person of that surname. */
    private static Meeting with(Extraction x, String surname) {
        return x.meetings().stream().filter(m -> surnames(x, m).contains(surname)).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting with " + surname + ": " + x.meetings()));
    }

    @Test
    void theDatelineOfTheSentenceBeforeDoesNotDateTheMeeting() {
        Extraction x = extract("DAKAR, March 12, 2026 (AFP) - Senegal's fisheries minister met her Mauritanian counterpart in Dakar "
                + "on Wednesday, officials said. Minister Awa Diop received Ahmed Salem Ould Brahim at the ministry.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 11), with(x, "Brahim").date());
        Extraction y = extract("DAKAR, March 12, 2026 (AFP) - Minister Awa Diop received Ahmed Salem Ould Brahim on Wednesday.",
                THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 11), with(y, "Brahim").date());
    }

    @Test
    void aDayInARelativeClauseOnAPersonIsNotTheMeetingsDay() {
        Extraction x = extract("Anna Berg met Mark Olsen in Vienna on Tuesday. Berg, who flew in from Oslo on Monday, also met "
                + "Chancellor Lisa Hofer.");
        assertEquals(LocalDate.of(2025, 12, 2), with(x, "Hofer").date());
        Extraction y = extract("On Monday, Governor Rizal Hakim met Mayor Imam Budiarto and residents of estates that were flooded "
                + "last Friday.");
        assertEquals(LocalDate.of(2025, 12, 1), with(y, "Budiarto").date());
    }

    @Test
    void aDayInARelativeClauseOnTheMeetingIsItsDay() {
        Extraction x = extract("At the summit, which opened on Monday, Anna Berg met Lisa Hofer.");
        assertEquals(LocalDate.of(2025, 12, 1), with(x, "Hofer").date());
        Extraction y = extract("Mayor Pedro Cruz, who met Senator Luz Ramos on Monday, said the budget was safe.");
        assertEquals(LocalDate.of(2025, 12, 1), with(y, "Ramos").date());
        Extraction z = extract("Party leader Anna Berg has called off a dinner with Mark Olsen that had been planned for tonight.");
        assertEquals(LocalDate.of(2025, 12, 2), with(z, "Olsen").date());
    }

    @Test
    void aMeetingAskedAboutTakesItsDayFromTheAnswer() {
        Extraction x = extract("""
                MR. HALE: The Chancellor will travel to Paris on Friday.

                Q: Has Chancellor Mark Olsen spoken with Senator Lisa Hofer since the vote?

                MS. BRANT: She has. They spoke by phone on Sunday evening.
                """);
        assertEquals(LocalDate.of(2025, 11, 30), with(x, "Hofer").date());
        Extraction y = extract("""
                MR. HALE: The Chancellor will travel to Paris on Friday.

                Q: Has Chancellor Mark Olsen spoken with Senator Lisa Hofer since the vote?

                MS. BRANT: I won't get into private conversations.
                """);
        assertEquals(null, with(y, "Hofer").date(), "the day of the turn before is not the meeting's");
    }

    @Test
    void aLiveBlogEntryTellsOfItsOwnDay() {
        String entries = """
                14.30 CET

                Finance Minister Anna Berg sat down with union leader Mark Olsen shortly after noon, our reporter says.

                12.15 CET

                Union members gathered outside the ministry.

                10:05 The minister's car has arrived.
                """;
        assertEquals(LocalDate.of(2025, 12, 2), with(extract(entries), "Olsen").date());
        String named = entries.replace("sat down with union leader Mark Olsen shortly after noon, our reporter says",
                "said she had talked to union leader Mark Olsen on Monday evening");
        assertEquals(LocalDate.of(2025, 12, 1), with(extract(named), "Olsen").date(), "a day the entry names is the day");
    }

    @Test
    void anArticleWithoutEntryTimesGivesNoDayToAnUndatedMeeting() {
        Extraction x = extract("""
                Finance Minister Anna Berg sat down with union leader Mark Olsen shortly after noon, our reporter says.

                Union members gathered outside the ministry at 12.15.

                The 10.05 train was cancelled.
                """);
        assertEquals(null, with(x, "Olsen").date());
        assertEquals(false, MeetingDates.liveBlog("Results\n\n3-1 Rovers\n\n2.5 per cent growth\n\n10:30 kick-off"));
    }

    @Test
    void inTheAfternoonIsTheDayOfTheMeetingBefore() {
        Extraction x = extract("Minister Le Thi Hoa received Ambassador Kenji Sato on 14 September. In the afternoon, Le Thi Hoa met "
                + "Deputy Minister Khamphao Sengdara.");
        assertEquals(LocalDate.of(2025, 9, 14), with(x, "Sengdara").date());
        Extraction y = extract("Commissioner Henrik Berg met Deputy Prime Minister Iryna Koval in Kyiv on Monday. A meeting between "
                + "Berg and the speaker of parliament, Mykola Savchuk, had been planned for the afternoon but was called off.");
        Meeting off = with(y, "Savchuk");
        assertEquals(MeetingStatus.CANCELLED, off.status());
        assertEquals(LocalDate.of(2025, 12, 1), off.date());
    }

    @Test
    void aPlannedMeetingInTheAfternoonIsNotOnTheDayBefore() {
        Extraction x = extract("Minister Le Thi Hoa received Ambassador Kenji Sato on Monday. Deputy Minister Khamphao Sengdara "
                + "is due to meet Le Thi Hoa in the afternoon.");
        assertNotEquals(LocalDate.of(2025, 12, 1), with(x, "Sengdara").date());
    }

    @Test
    void aMeetingHeldTakesNoDayStillToComeFromTheSentenceBefore() {
        Extraction x = extract("The summit of the bloc's leaders, set for March 20 in Riga, has been postponed, officials said on "
                + "Wednesday. The decision came hours after Prime Minister Anna Berg received President Mark Olsen at her office.",
                THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 11), with(x, "Olsen").date());
        Extraction y = extract("The summit of the bloc's leaders will open in Riga on March 20. Prime Minister Anna Berg received "
                + "President Mark Olsen at her office.", THURSDAY);
        assertNotEquals(LocalDate.of(2026, 3, 20), with(y, "Olsen").date());
        Extraction z = extract("The summit of the bloc's leaders opened in Riga on March 10. Prime Minister Anna Berg received "
                + "President Mark Olsen on its sidelines.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(z, "Olsen").date());
    }

    @Test
    void aMeetingPutBackFromOneDayToAnotherWasDueOnTheFirst() {
        Extraction x = extract("A meeting between Minister Anna Berg and Mayor Mark Olsen was postponed from Tuesday to Friday, "
                + "March 20, officials said.", THURSDAY);
        Meeting m = with(x, "Olsen");
        assertEquals(MeetingStatus.CANCELLED, m.status());
        assertEquals(LocalDate.of(2026, 3, 10), m.date());
        Extraction y = extract("A meeting between Minister Anna Berg and Mayor Mark Olsen, set for Tuesday, was postponed to "
                + "Friday, March 20, officials said.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(y, "Olsen").date());
    }

    @Test
    void thatSameAfternoonFindsTheDayAFewSentencesBack() {
        Extraction x = extract("On Monday, Speaker Rosa Lindqvist received the list of candidates from the nominating board. "
                + "The list drew criticism from civil society groups.\n\nThat same afternoon, Ambassador Mark Olsen paid a courtesy "
                + "call on Lindqvist at the parliament.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 9), with(x, "Olsen").date());
        Extraction y = extract("On Monday, Speaker Rosa Lindqvist received the list of candidates from the nominating board. "
                + "The list drew criticism from civil society groups.\n\nAmbassador Mark Olsen paid a courtesy call on Lindqvist "
                + "at the parliament.", THURSDAY);
        assertNotEquals(LocalDate.of(2026, 3, 9), with(y, "Olsen").date());
    }

    @Test
    void theSameDayInTheSentenceBeforeDatesTheMeetingItIntroduces() {
        Extraction x = extract("Minister Le Thi Hoa received Ambassador Kenji Sato on 14 September. On the same day, consultations "
                + "were held at the ministry. Deputy Minister Tran Van Nam held talks with Deputy Minister Hiro Tanaka.");
        assertEquals(LocalDate.of(2025, 9, 14), with(x, "Tanaka").date());
        Extraction y = extract("Minister Le Thi Hoa received Ambassador Kenji Sato on 14 September. The ministry published a "
                + "statement. Deputy Minister Tran Van Nam held talks with Deputy Minister Hiro Tanaka.");
        assertEquals(null, with(y, "Tanaka").date());
    }

    @Test
    void theNextMorningIsTheDayAfterTheDayNamedBefore() {
        Extraction x = extract("Anna Berg met Mark Olsen in Oslo on Sunday, and the next morning she had breakfast with Lisa Hofer.");
        assertEquals(LocalDate.of(2025, 11, 30), with(x, "Olsen").date());
        assertEquals(LocalDate.of(2025, 12, 1), with(x, "Hofer").date());
        Extraction y = extract("Anna Berg met Mark Olsen in Oslo on Sunday. The following day, Berg held talks with Lisa Hofer.");
        assertEquals(LocalDate.of(2025, 12, 1), with(y, "Hofer").date());
    }

    @Test
    void daysLaterOrEarlierCountFromTheDayNamedBefore() {
        Extraction x = extract("Anna Berg met Mark Olsen in Oslo on Thursday. Two days later, Berg held talks with Lisa Hofer.");
        assertEquals(LocalDate.of(2025, 11, 29), with(x, "Hofer").date());
        Extraction y = extract("Anna Berg met Mark Olsen in Oslo on Sunday. The previous evening, Berg had dinner with Lisa Hofer.");
        assertEquals(LocalDate.of(2025, 11, 29), with(y, "Hofer").date());
    }

    @Test
    void nextWithAWeekdayIsNoDayAfter() {
        Extraction x = extract("Anna Berg met Mark Olsen in Oslo on Sunday. Berg will hold talks with Lisa Hofer next Monday.");
        assertEquals(LocalDate.of(2025, 12, 8), with(x, "Hofer").date());
    }

    @Test
    void aMeetingToldWithoutAnyDayIsOnTheDayOfTheSamePersonsMeetingJustBefore() {
        Extraction x = extract("Foreign Minister Kerem Aksu met Prime Minister Adnan Saadi in Baghdad on Monday. The talks focused on "
                + "oil. Aksu told reporters he was hopeful after he held talks with Foreign Minister Ammar Hamid at the ministry.");
        assertEquals(LocalDate.of(2025, 12, 1), with(x, "Hamid").date());
    }

    @Test
    void aPerfectOrAnotherPersonsMeetingTakesNoDayFromTheMeetingBefore() {
        Extraction x = extract("Foreign Minister Kerem Aksu met Prime Minister Adnan Saadi in Baghdad on Monday. The talks focused on "
                + "oil. Aksu has met Foreign Minister Ammar Hamid many times.");
        assertEquals(null, with(x, "Hamid").date());
        Extraction y = extract("Foreign Minister Kerem Aksu met Prime Minister Adnan Saadi in Baghdad on Monday. The talks focused on "
                + "oil. Trade Minister Ali Demir held talks with Foreign Minister Ammar Hamid in Ankara.");
        assertEquals(null, with(y, "Hamid").date());
    }

    @Test
    void aWeekdayInTheAnswerToAQuestionAboutLastWeekIsInLastWeek() {
        String interview = String.join("\n\n", "\"We will not give up\": the mayor on water", "Interview by Paula Reyes",
                "Ana Torres took office as mayor in September after a campaign dominated by water shortages. We spoke in her "
                        + "office at City Hall on Tuesday.",
                "Q. You were in the capital last week. What did you get?",
                "A. I met the director of the water agency, Mark Olsen, on Wednesday, and the next morning I had breakfast with "
                        + "the Secretary of Finance, Lisa Hofer. Both meetings were useful.",
                "Q. Can you promise residents there will be no cuts?", "A. I will not promise rain.");
        Extraction x = extract(interview, THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 4), with(x, "Olsen").date());
        assertEquals(LocalDate.of(2026, 3, 5), with(x, "Hofer").date());
        Extraction y = extract(interview.replace("last week", "this week"), THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 11), with(y, "Olsen").date());
    }

    @Test
    void theMeetingTakesTheDayOfTheSentenceThatNamedIt() {
        String story = "Coach Mika Tawa will stay in charge until the review is finished, after a three-hour meeting with the "
                + "board yesterday. Tawa, who has a year left on his contract, fronted the board with his assistants. Chief "
                + "executive Anna Moore and the board chair, Graeme Hollis, %s at the club's offices.";
        Extraction x = extract(String.format(story, "led the meeting"));
        assertEquals(LocalDate.of(2025, 12, 1), with(x, "Hollis").date());
        Extraction y = extract(String.format(story, "met sponsors"));
        assertEquals(null, with(y, "Hollis").date(), "no meeting referred back to");
    }

    @Test
    void aWeekdayAfterLastWeekIsInLastWeek() {
        Extraction x = extract("Envoy Joao Kiala held talks with Foreign Minister Therese Mbuyi last week, travelling to Kinshasa on "
                + "Thursday.", LocalDate.of(2026, 4, 10));
        assertEquals(LocalDate.of(2026, 4, 2), with(x, "Mbuyi").date());
        Extraction y = extract("Envoy Joao Kiala held talks with Foreign Minister Therese Mbuyi last week and will return to Kinshasa "
                + "on Thursday.", LocalDate.of(2026, 4, 10));
        assertEquals(null, with(y, "Mbuyi").date(), "a planned day is not the day of the talks");
    }

    @Test
    void theDayBeforeCountsFromTheLastMeetingWithADay() {
        Extraction x = extract("Mayor Anna Berg met Governor Mark Olsen on Tuesday. Olsen said the talks were useful.\n\n"
                + "The day before, Olsen was received by Minister Lisa Hofer at the ministry.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 9), with(x, "Hofer").date());
        Extraction y = extract("Mayor Anna Berg met Governor Mark Olsen on Tuesday. Olsen said the talks were useful.\n\n"
                + "Two days later, Olsen was received by Minister Lisa Hofer at the ministry.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 12), with(y, "Hofer").date());
    }

    @Test
    void aRelativeClauseOnTheMeetingNounGivesItsDay() {
        Extraction x = extract("The meeting between Mayor Anna Berg and the party leader, Mark Olsen, which was scheduled for "
                + "Wednesday, was postponed.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 11), with(x, "Olsen").date());
        Extraction z = extract("Talks between Mayor Anna Berg and the party leader, Mark Olsen, set for Friday, have been "
                + "called off.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 13), with(z, "Olsen").date());
        Extraction y = extract("Mayor Anna Berg met the party leader, Mark Olsen, who arrived on Wednesday.", THURSDAY);
        assertNotEquals(LocalDate.of(2026, 3, 11), with(y, "Olsen").date(), "a relative clause on a person");
    }

    @Test
    void earlierInTheDayIsTheDayOfTheLastMeetingHeldNotOfAnInvitation() {
        Extraction x = extract("""
                Foreign Minister Lena Holm called on President Ivo Marek on Wednesday.

                Holm conveyed an invitation from King Harald for Marek to visit Oslo in the autumn.

                Earlier in the day, Holm held talks over breakfast with her counterpart, Foreign Minister Petr Sova.
                """, THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 11), with(x, "Sova").date());
    }

    @Test
    void theSameEveningAndFollowingTheMeetingAreTheDayOfTheMeetingBefore() {
        Extraction x = extract("""
                Minister Lena Holm received Ambassador Ivo Marek on Tuesday.

                On the same evening, Holm also held a phone call with Foreign Minister Petr Sova.
                """, THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Sova").date());
        Extraction y = extract("""
                Prime Minister Lena Holm held talks with President Ivo Marek on Monday.

                Following the meeting, Holm hosted a working lunch for Marek, with Energy Minister Petr Sova.
                """, THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 9), with(y, "Sova").date());
    }

    @Test
    void aDayWithoutAYearTakesTheYearOfTheStoryToldBefore() {
        Extraction x = extract("""
                A former treasurer, Mira Kolar, told the tribunal she was called to the mayor's office on 3 October 2024.

                There she found the mayor with a builder, she said.

                The mayor, Anton Pesek, telephoned her on the morning of 5 October and asked about the permit.
                """, THURSDAY);
        assertEquals(LocalDate.of(2024, 10, 5), with(x, "Pesek").date());
    }

    @Test
    void aPlannedDayKeepsTheYearAheadAndAnEarlierYearFarBackIsNotCarried() {
        Extraction x = extract("""
                The treaty was signed on 2 June 2019.

                Prime Minister Lena Holm will meet President Ivo Marek on 20 April to review it.
                """, THURSDAY);
        assertEquals(LocalDate.of(2026, 4, 20), with(x, "Marek").date());
    }

    @Test
    void theDayOfTheSayingIsNotTheDayOfTheMeeting() {
        Extraction x = extract("Prime Minister Lena Holm said on Monday that she would receive President Ivo Marek.", THURSDAY);
        assertEquals(null, with(x, "Marek").date());
        Extraction y = extract("President Ivo Marek told reporters on Tuesday he had met Prime Minister Lena Holm.", THURSDAY);
        assertEquals(null, with(y, "Holm").date());
        Extraction z = extract("Prime Minister Lena Holm met President Ivo Marek on Monday, her office said on Tuesday.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 9), with(z, "Marek").date());
    }

    @Test
    void aDatelineWithItsAgencyInBracketsAndNoDash() {
        Extraction x = extract("Lusaka, Mar 12 (ZNS) Trade Minister Chanda Mwale on Tuesday met Kenyan envoy Peter Otieno at the ministry.",
                THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Otieno").date());
        Extraction y = extract("Trade Minister Chanda Mwale said on Mar 12 (a Thursday) that she met Kenyan envoy Peter Otieno.", THURSDAY);
        assertNotEquals(LocalDate.of(2026, 3, 10), with(y, "Otieno").date(), "no dateline: the day said is not moved");
    }

    @Test
    void aDatelineAfterADateOfAnotherCalendarStillDatesTheItem() {
        Extraction x = extract("Doha, Ramadan 20, 1447, March 10, 2026, QNA -- Minister Khalid Al-Thani received Kenyan envoy Peter "
                + "Otieno today.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Otieno").date());
    }

    @Test
    void theLastDayOfAVisitIsNotTheDayOfTheTalks() {
        Extraction x = extract("President Lena Moro held talks on Tuesday with Prime Minister Karl Aas during his state visit from 9 to 13 "
                + "March.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Aas").date());
        Extraction y = extract("President Lena Moro will host Prime Minister Karl Aas during a state visit from 9 to 13 March.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 13), with(y, "Aas").date(), "with no other day the span's is kept");
    }

    @Test
    void aHeldMeetingTakesTheDayBeforeNotAPlanAhead() {
        Extraction x = extract("""
                Mayor Ana Lopez and the union will meet the health minister in Pasig early next month, after a tense meeting on Tuesday.

                Lopez sat down with union president Juan Perez for two hours at City Hall.
                """, THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Perez").date());
    }

    @Test
    void aMeetingOnArrivalTakesTheDayTheGuestArrived() {
        Extraction x = extract("Trade Minister Chanda Mwale, who arrived in Lusaka on Tuesday, was welcomed on arrival by Governor Peter "
                + "Otieno.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Otieno").date());
        Extraction y = extract("Trade Minister Chanda Mwale, who arrived in Lusaka on Tuesday, also met Governor Peter Otieno.", THURSDAY);
        assertNotEquals(LocalDate.of(2026, 3, 10), with(y, "Otieno").date(), "the arrival's day dates only a meeting on arrival");
    }

    @Test
    void aMeetingPutBackIsDatedOnTheDayItWasDue() {
        Extraction x = extract("A meeting between Trade Minister Chanda Mwale and Governor Peter Otieno, scheduled for March 20, has "
                + "been postponed to April 2.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 20), with(x, "Otieno").date());
        Extraction y = extract("Trade Minister Chanda Mwale was due to meet Governor Peter Otieno on 16 March, but the talks have been "
                + "pushed back to Wednesday 25 March.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 16), with(y, "Otieno").date());
        Extraction w = extract("A meeting between Trade Minister Chanda Mwale and Governor Peter Otieno, initially set for Tuesday, has "
                + "been moved to Wednesday 25 March.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(w, "Otieno").date(), "the old weekday of a meeting put back is the nearer one");
        Extraction v = extract("Talks between Trade Minister Chanda Mwale and Governor Peter Otieno, scheduled for Saturday, were "
                + "pushed back to April 2.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 14), with(v, "Otieno").date(), "the nearer weekday may lie ahead");
        Extraction z = extract("Trade Minister Chanda Mwale will meet Governor Peter Otieno on April 2, after talks were postponed "
                + "to allow more preparation.", THURSDAY);
        assertEquals(LocalDate.of(2026, 4, 2), with(z, "Otieno").date(), "a planned meeting keeps its day");
    }

    @Test
    void aMeetingPutBackTakesTheDayItWasSetForInTheSentenceBefore() {
        Extraction x = extract("""
                Zambia and a Swiss miner have postponed the signing of a copper deal that had been scheduled for March 10.

                The ceremony, at which President Chanda Mwale was to host chief executive Peter Otieno, has been moved to March 24.
                """, THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Otieno").date());
        Extraction y = extract("""
                Zambia and a Swiss miner signed a memorandum on March 2, and the copper deal had been set for March 10.

                The ceremony, at which President Chanda Mwale was to host chief executive Peter Otieno, has been moved to March 24.
                """, THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(y, "Otieno").date(), "the day it was set for, not a day something happened on");
    }

    @Test
    void aMeetingAddedToTheDaysRoundTakesItsDay() {
        String lead = "President Lena Moro met Prime Minister Karl Aas in Vilnius on Tuesday. The two discussed energy links. "
                + "Moro later visited a power plant outside the city. Officials said the plant would open in May. ";
        Extraction x = extract(lead + "The president also spoke by phone with Chancellor Eva Lind about gas prices.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Lind").date());
        Extraction y = extract(lead + "In a related context, Foreign Minister Ana Ruiz received Ambassador Tom Reed at the ministry.",
                THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(y, "Reed").date());
        Extraction z = extract(lead + "Foreign Minister Ana Ruiz has also met Ambassador Tom Reed several times.", THURSDAY);
        assertNotEquals(LocalDate.of(2026, 3, 10), with(z, "Reed").date(), "a perfect tells of some earlier time");
    }

    @Test
    void overnightIsTheNightBeforeTheReportUnlessItDescribesANoun() {
        Extraction x = extract("Envoy Paul Girard held talks overnight with Interior Minister Omar Haddad in Amman.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 11), with(x, "Haddad").date());
        Extraction y = extract("Envoy Paul Girard arrived by overnight train on Monday and met Interior Minister Omar Haddad in Amman.",
                THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 9), with(y, "Haddad").date(), "an overnight train dates nothing");
    }

    @Test
    void aPeriodNarrowedByTheDayAfterItTakesThatDay() {
        Extraction x = extract("Earlier this week, on Tuesday, Governor Ines Mora received Bishop Carlos Duarte at the palace.",
                THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 10), with(x, "Duarte").date());
        Extraction y = extract("Governor Ines Mora met Bishop Carlos Duarte earlier this week and will see him again on Monday.",
                THURSDAY);
        assertNotEquals(LocalDate.of(2026, 3, 16), with(y, "Duarte").date(), "a day of another act does not narrow the period");
    }

    @Test
    void aMeetingAfterBeforeInAPlannedClauseIsAheadAndSoIsItsDay() {
        Extraction x = extract("Envoy Paul Girard will tour the port on Monday before meeting Interior Minister Omar Haddad at the "
                + "ministry.", THURSDAY);
        assertEquals(MeetingStatus.PLANNED, with(x, "Haddad").status());
        assertEquals(LocalDate.of(2026, 3, 16), with(x, "Haddad").date());
        Extraction y = extract("Envoy Paul Girard toured the port on Monday before meeting Interior Minister Omar Haddad at the "
                + "ministry.", THURSDAY);
        assertEquals(MeetingStatus.OCCURRED, with(y, "Haddad").status());
        assertEquals(LocalDate.of(2026, 3, 9), with(y, "Haddad").date());
        Extraction z = extract("Envoy Paul Girard, who will retire in May, toured the port on Monday before meeting Interior "
                + "Minister Omar Haddad.", THURSDAY);
        assertEquals(MeetingStatus.OCCURRED, with(z, "Haddad").status(), "the plan of a relative clause is not the trip's");
    }

    @Test
    void aMeetingThatDidNotTakePlaceWasDueOnADayPast() {
        Extraction x = extract("A meeting between envoy Paul Girard and Chief Omar Haddad, which had been planned for Saturday in "
                + "Lyon, did not take place.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 7), with(x, "Haddad").date());
        Extraction y = extract("A meeting between envoy Paul Girard and Chief Omar Haddad, planned for Saturday in Lyon, has been "
                + "cancelled.", THURSDAY);
        assertEquals(LocalDate.of(2026, 3, 14), with(y, "Haddad").date(), "called off: the nearest Saturday");
    }
}
