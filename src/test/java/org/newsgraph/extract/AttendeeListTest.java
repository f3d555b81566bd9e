package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.only;
import static org.newsgraph.extract.MeetingFinderTest.placeName;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Meetings whose people are listed in the sentences after the one that tells of them: "Taking part were A, B
 * and C", "A led the owners' side, while the workers were represented by B", "A and B attended alongside C".
 */
class AttendeeListTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void takingPartCompletesAMeetingWithAnUnnamedSide() {
        Extraction x = extract("The mayor of Arequipa, Hugo Salas Pinto, met on Friday with the leadership of the regional "
                + "transport federation at City Hall. Taking part were federation president Rosa Quispe, treasurer Luis Mamani "
                + "and the head of the traffic police, Colonel Jorge Vidal.");
        assertEquals(Set.of("Pinto", "Quispe", "Mamani", "Vidal"), surnames(x, only(x)));
    }

    @Test
    void attendingTheMeetingHeldSomewhereWereAListOfRoles() {
        Extraction x = extract("The Speaker of Parliament, Ramon Estevez Lugo, met on Tuesday night with the heads of the parliamentary "
                + "groups to discuss the budget. Attending the meeting, held at the parliament, were the head of the Green group, "
                + "deputy Clara Ines Motta; the head of the Labour group, deputy Pedro Alvarado Ruiz, and the head of the Unity "
                + "group, deputy Marta Solis Pena.");
        assertEquals(Set.of("Lugo", "Motta", "Ruiz", "Pena"), surnames(x, only(x)));
    }

    @Test
    void aClauseAfterTheSemicolonIsNoEntryOfTheList() {
        Extraction x = extract("The Speaker of Parliament, Ramon Estevez Lugo, met on Tuesday night with the heads of the parliamentary "
                + "groups. Attending the meeting were the head of the Green group, deputy Clara Ines Motta; the head of the Labour "
                + "group, Pedro Alvarado Ruiz, stayed away in protest.");
        assertFalse(x.meetings().stream().anyMatch(m -> surnames(x, m).contains("Ruiz")), x.meetings().toString());
    }

    @Test
    void aLatinAmericanProfessionalTitleEndsNoSentence() {
        Extraction x = extract("The mayor of Arequipa, Hugo Salas Pinto, met on Friday with the leadership of the regional "
                + "transport federation at City Hall. Taking part were federation president Rosa Quispe and the head of the "
                + "roads office, Ing. Marta Condori Ruiz.");
        assertEquals(Set.of("Pinto", "Quispe", "Ruiz"), surnames(x, only(x)));
    }

    @Test
    void togetherWithSomeoneAtTheMeetingAddsThem() {
        Extraction x = extract("Fisheries Minister Kari Holm met the chief executive of salmon farmer Fjordlaks, Erik Dahl, in Bergen "
                + "on Monday. Dahl was received at the ministry, together with the company's head of farming, Nils Lund.");
        assertEquals(Set.of("Holm", "Dahl", "Lund"), surnames(x, only(x)));
        Extraction other = extract("Fisheries Minister Kari Holm met union leader Erik Dahl in Bergen on Monday. "
                + "Analyst Per Berg, together with economist Nils Lund, said the talks were useful.");
        assertEquals(Set.of("Holm", "Dahl"), surnames(other, only(other)));
    }

    @Test
    void chairingAndLeadingAndRepresentingSidesAreTheParticipants() {
        Extraction x = extract("Talks on a new wage for tea pickers ended without agreement in Colombo on Monday. "
                + "Labour Minister Nimal Perera chaired the five-hour meeting. Planters' association chairman Ruwan Silva led the "
                + "estate owners' side, while the workers were represented by Kumari Devi, secretary of the plantation union, "
                + "and Suresh Raman of the estate staff federation.");
        assertEquals(Set.of("Perera", "Silva", "Devi", "Raman"), surnames(x, only(x)));
    }

    @Test
    void acrossTheTableWereNamesPastARelativeClause() {
        Extraction x = extract("The chief executive of the courier firm Vela, Marco Bianchi, sat down with the country's two main "
                + "unions in Rome on Monday. Across the table were Giulia Neri, who leads the transport federation, and Paolo "
                + "Greco of the drivers' union.");
        assertEquals(Set.of("Bianchi", "Neri", "Greco"), surnames(x, only(x)));
    }

    @Test
    void attendedAlongsideAddsBothSides() {
        Extraction x = extract("Transport Minister Layla Haddad met on Monday with the port workers' committee. "
                + "The committee's head, Karim Aoun, and its lawyer, Rana Saab, attended alongside port director Fadi Nasr.");
        assertEquals(Set.of("Haddad", "Aoun", "Saab", "Nasr"), surnames(x, only(x)));
    }

    @Test
    void aNicknameInQuotesDoesNotEndTheList() {
        Extraction x = extract("Coach Dario Ruiz met club president Hector Paz on Monday. The meeting, held at the stadium, was "
                + "also attended by sporting director Juan \"Toto\" Ibarra and the captain, Lucas Moreno.");
        assertEquals(Set.of("Ruiz", "Paz", "Ibarra", "Moreno"), surnames(x, only(x)));
    }

    @Test
    void arrivedWithAddsTheCompanionsOfAParticipant() {
        Extraction x = extract("Chilean Foreign Minister Ana Torres and Peruvian Foreign Minister Jorge Salas met Monday at the "
                + "Chacalluta border post. Salas arrived with his deputy for consular affairs, Luis Rojas.");
        assertEquals(Set.of("Torres", "Salas", "Rojas"), surnames(x, only(x)));
    }

    @Test
    void theMeetingAfterAReportedMeetingIsThatMeeting() {
        Extraction x = extract("Premier Dana Holt paid a courtesy call on Governor Ian Cole on Monday. Aides said the meeting "
                + "lasted an hour and that Treasurer Amy Lund was also present.");
        assertEquals(Set.of("Holt", "Cole", "Lund"), surnames(x, only(x)));
    }

    @Test
    void anAttendeeInTheSentenceOfALaterMealJoinsTheMeetingBefore() {
        Extraction x = extract("Jonah Peri said he was called to a meeting with Works Minister Tom Kila at a hotel in March. "
                + "The contractor, Ben Opa, was also present, and the three had lunch afterwards, he said.");
        assertEquals(Set.of("Peri", "Kila", "Opa"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void anAttendeeListFarFromTheMeetingWordAddsNothing() {
        Extraction x = extract("Transport Minister Layla Haddad met on Monday with the port workers' committee. "
                + "The strike has closed the port for a week. Exporters say they are losing money every day. "
                + "Taking part in a protest on Tuesday were Karim Aoun and Rana Saab.");
        assertTrue(x.meetings().stream().allMatch(m -> m.participants().size() == 1), x.meetings().toString());
    }

    @Test
    void aDinnerJoinedToAPlannedTalkIsPlannedToo() {
        Extraction x = extract("Foreign Minister Anna Berg flies to Doha on Wednesday, where she is due to hold talks with Emir Tamim Hamad and "
                + "attend a dinner hosted by the French ambassador, Luc Ferrand.", java.time.LocalDate.of(2025, 12, 2));
        Meeting dinner = x.meetings().stream().filter(m -> surnames(x, m).contains("Ferrand")).findFirst().orElseThrow();
        assertEquals(MeetingStatus.PLANNED, dinner.status());
    }

    @Test
    void anArabicVenueWithItsArticleIsTheVenue() {
        Extraction x = extract("Foreign Minister Anna Berg was received by Crown Prince Faisal bin Salman at al-Salam Palace on Monday.");
        assertEquals("al-Salam Palace", placeName(x, only(x)));
    }

    @Test
    void anAbbreviatedGivenNameDoesNotEndTheSentence() {
        Extraction x = extract("Labour Minister Rafiq Islam met union leaders Shirin Akter and Md. Jahangir Alam in Dhaka on Monday.");
        assertEquals(Set.of("Islam", "Akter", "Alam"), surnames(x, only(x)));
    }

    @Test
    void amongThoseAtTheTableJoinTheMeeting() {
        Extraction x = extract("President Ivan Petrov received Prime Minister Ana Costa in Sofia on Monday. "
                + "The two leaders held a one-on-one meeting. Foreign Minister Dan Marin and his Portuguese counterpart, "
                + "Rui Lopes, were among those at the table.");
        assertEquals(Set.of("Petrov", "Costa", "Marin", "Lopes"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void theTwoMinistersAreThoseWhoseRoleItIs() {
        Extraction x = extract("President Ivan Petrov received Prime Minister Ana Costa in Sofia on Monday. "
                + "Foreign Minister Dan Marin and his Portuguese counterpart, Rui Lopes, were among those at the table. "
                + "The two foreign ministers will meet again in Lisbon in April.");
        Meeting again = x.meetings().get(x.meetings().size() - 1);
        assertEquals(Set.of("Marin", "Lopes"), surnames(x, again));
        assertEquals(MeetingStatus.PLANNED, again.status());
    }

    @Test
    void theSourceAfterAccordingToTakesNoPart() {
        Extraction x = extract("President Ivan Petrov received Prime Minister Ana Costa in Sofia on Monday. According to the "
                + "government spokesman, Petar Kolev, the two leaders will meet again in Lisbon in April.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Kolev")), x.meetings().toString());
        Extraction y = extract("According to the statement, Governor Femi Ade had on Tuesday met with Oba Tunde Lawal at the palace.");
        assertEquals(Set.of("Ade", "Lawal"), surnames(y, only(y)));
    }

    @Test
    void aCourtesyCallOnAPersonAtAVenueIsAtThatVenue() {
        Extraction x = extract("Chief Minister Arjun Mehta paid a courtesy call on Governor Kavita Rao at Lok Niwas on Monday.");
        assertTrue(placeName(x, only(x)).startsWith("Lok"), placeName(x, only(x)));
    }

    @Test
    void aVenueNamedWithACapitalisedAdjectiveIsTheVenue() {
        Extraction x = extract("President Ivan Petrov received Prime Minister Ana Costa at the Presidential Palace in Sofia on Monday.");
        assertEquals("Presidential Palace", placeName(x, only(x)));
    }

    @Test
    void aVisitingDelegationIsNoPlaceVisited() {
        Extraction x = extract("Prime Minister Omar Sadiq received a visiting World Bank delegation led by Anna Berg at the PM "
                + "House on Monday.");
        assertEquals("PM House", placeName(x, only(x)));
    }

    @Test
    void dueToJoinTheNamedTalksReachesBackToThem() {
        Extraction x = extract("Premier Roger Mitch met Prime Minister Anthony Barra in Perth on Monday. "
                + "Mitch said the talks were frank. He said gas was not a piggy bank. Barra declined to comment. "
                + "Industry groups warned of shortages. Exporters said contracts were safe. Prices rose on Monday. "
                + "Resources Minister Madeleine Orr had been due to join the Perth talks but stayed in Canberra.");
        Meeting missed = x.meetings().stream().filter(m -> surnames(x, m).contains("Orr")).findFirst().orElseThrow();
        assertEquals(Set.of("Mitch", "Barra", "Orr"), surnames(x, missed));
        assertEquals(MeetingStatus.CANCELLED, missed.status());
    }

    @Test
    void aLunchTheDayBeforeTheTalksIsAMeetingOnThatDay() {
        Extraction x = extract("Chief executive Marco Bianchi sat down with union leader Giulia Neri on Tuesday. "
                + "The talks came a day after Bianchi had lunch with Labour Minister Carla Rossi at the ministry, according to "
                + "a ministry spokeswoman.");
        Meeting lunch = x.meetings().stream().filter(m -> surnames(x, m).contains("Rossi")).findFirst().orElseThrow();
        assertEquals(Set.of("Bianchi", "Rossi"), surnames(x, lunch));
        assertEquals(x.meetings().get(0).date().minusDays(1), lunch.date());
    }

    @Test
    void straightFromAMeetingWithSomeoneIsThatMeeting() {
        Extraction x = extract("Prime Minister Tran Van Long arrived last, straight from a bilateral meeting with Deputy Prime "
                + "Minister Aung Min Thu.");
        assertEquals(Set.of("Long", "Thu"), surnames(x, only(x)));
        Extraction y = extract("Prime Minister Tran Van Long arrived from Hanoi on Monday.");
        assertTrue(y.meetings().isEmpty(), y.meetings().toString());
    }

    @Test
    void twoWhoSpokeByPhoneMet() {
        Extraction x = extract("Premier Anna Berg and Governor Jan Holm spoke by phone on Sunday.");
        assertEquals(Set.of("Berg", "Holm"), surnames(x, only(x)));
        Extraction y = extract("Premier Anna Berg and Governor Jan Holm spoke at the conference on Sunday.");
        assertTrue(y.meetings().isEmpty(), y.meetings().toString());
    }

    @Test
    void theNamedTalksAttendedByGoToThoseTalksNotTheMeetingJustBefore() {
        Extraction x = extract("President John Mwangi on Wednesday held talks with President Amina Juma at State House. "
                + "Juma had been received at the airport by Foreign Minister Grace Otieno. "
                + "The State House talks were also attended by Trade Minister Peter Rono and Trade Minister Halima Said.");
        Meeting talks = x.meetings().stream().filter(m -> surnames(x, m).contains("Mwangi")).findFirst().orElseThrow();
        assertEquals(Set.of("Mwangi", "Juma", "Rono", "Said"), surnames(x, talks));
        Meeting airport = x.meetings().stream().filter(m -> surnames(x, m).contains("Otieno")).findFirst().orElseThrow();
        assertEquals(Set.of("Juma", "Otieno"), surnames(x, airport));
    }

    @Test
    void theHostOfTalksToldBeforeTakesPart() {
        Extraction x = extract("Foreign Minister Paul Ade and his Ghanaian counterpart, Kofi Mensah, met in Accra on Monday. "
                + "Governor Musa Bello hosted the talks, which lasted two hours.");
        assertEquals(Set.of("Ade", "Mensah", "Bello"), surnames(x, only(x)));
    }

    @Test
    void hostingAnEventIsNoAttendance() {
        Extraction x = extract("Foreign Minister Paul Ade and his Ghanaian counterpart, Kofi Mensah, met in Accra on Monday. "
                + "Governor Musa Bello hosted the annual cattle fair on Saturday.");
        assertEquals(Set.of("Ade", "Mensah"), surnames(x, only(x)));
    }

    @Test
    void withTheParticipationOfAddsAnAttendee() {
        Extraction x = extract("Prime Minister Claire Dubois met President Omar Haddad in Ottawa on Monday, "
                + "with the participation of the Minister of Energy, Ada Eze.");
        assertEquals(Set.of("Dubois", "Haddad", "Eze"), surnames(x, only(x)));
    }

    @Test
    void aLunchHostedForAGuestIsAMeetingWithThem() {
        Extraction x = extract("Prime Minister Claire Dubois hosted a working lunch for President Omar Haddad in Ottawa on Monday.");
        assertEquals(Set.of("Dubois", "Haddad"), surnames(x, only(x)));
        assertTrue(extract("The embassy gave a dinner for 200 guests, Ambassador Ken Obi said.").meetings().isEmpty());
    }

    @Test
    void whoeverAccompaniedSomeoneElseIsNoAttendee() {
        Extraction x = extract("The AU envoy, Sipho Dube, met Foreign Minister Paul Ade in Abuja on Monday. "
                + "Lusaka Mayor Chilando Banda was accompanied by Town Clerk Bwalya Mumba.");
        assertEquals(Set.of("Dube", "Ade"), surnames(x, only(x)));
    }

    @Test
    void whoeverAccompaniedAParticipantIsAnAttendee() {
        Extraction x = extract("The AU envoy, Sipho Dube, met Foreign Minister Paul Ade in Abuja on Monday. "
                + "Dube was accompanied by his deputy, Lindiwe Zulu.");
        assertEquals(Set.of("Dube", "Ade", "Zulu"), surnames(x, only(x)));
    }

    @Test
    void bothMinistersAreTheTwoMinistersNamedBefore() {
        Extraction x = extract("Foreign Minister Paul Ade of Nigeria and Foreign Minister Kofi Mensah of Ghana traded accusations on Monday. "
                + "The AU envoy, Sipho Dube, sought a meeting with both ministers in Addis Ababa last month but was turned down.");
        assertEquals(Set.of("Ade", "Mensah", "Dube"), surnames(x, only(x)));
    }

    @Test
    void theMeetingAttendedByAfterAReceptionIsThatReception() {
        Extraction x = extract("Governor Alan Reyes received the Chilean trade minister, Paula Soto, at the Capitol on Monday. "
                + "The meeting was also attended by Treasurer Mark Lee and the state's chief economist, Rita Gomez.");
        assertEquals(Set.of("Reyes", "Soto", "Lee", "Gomez"), surnames(x, only(x)));
    }

    @Test
    void aPlaceBetweenTheMeetingAndAttendedByIsSkipped() {
        Extraction x = extract("Mayor Lena Fischer met the Bavarian transport minister, Otto Brandt, on Friday. "
                + "The meeting in the council chamber was attended by planning director Uwe Kraus.");
        assertEquals(Set.of("Fischer", "Brandt", "Kraus"), surnames(x, only(x)));
        Extraction chaired = extract("Mayor Lena Fischer met the Bavarian transport minister, Otto Brandt, on Friday. "
                + "The meeting was chaired by Deputy Mayor Jonas Weber and attended by Karl Vogt.");
        assertEquals(Set.of("Fischer", "Brandt", "Weber", "Vogt"), surnames(chaired, only(chaired)));
    }

    @Test
    void theMeetingAttendedByLongAfterIsAMeetingOfItsOwn() {
        Extraction x = extract("Mayor Lena Fischer met the Bavarian transport minister, Otto Brandt, on Friday. "
                + "The city has argued for a new tram line for a decade. Residents of the northern suburbs have collected "
                + "signatures. Traders say the works would ruin them. The meeting was attended by Uwe Kraus and Karl Vogt.");
        Meeting first = x.meetings().stream().filter(m -> surnames(x, m).contains("Fischer")).findFirst().orElseThrow();
        assertEquals(Set.of("Fischer", "Brandt"), surnames(x, first));
    }

    @Test
    void asDidAfterAttendingAMeetingAddsThePersonNamed() {
        Extraction x = extract("Prime Minister Jan Novak and Interior Minister Eva Horak attended the two-hour meeting, "
                + "as did the opposition leader, Petr Sedlak.");
        assertEquals(Set.of("Novak", "Horak", "Sedlak"), surnames(x, only(x)));
        Extraction other = extract("Prime Minister Jan Novak met Interior Minister Eva Horak on Monday. "
                + "Novak criticised the bill, as did the opposition leader, Petr Sedlak.");
        assertEquals(Set.of("Novak", "Horak"), surnames(other, only(other)));
    }

    @Test
    void theVerbBeforeThoseWhoParticipatedAddsThem() {
        Extraction x = extract("Minister Rustam Aliev received the delegation of the World Bank headed by Ms. Clara Holt. "
                + "In the meeting participated the Deputy Minister Farrukh Saidov and Olga Petrova, head of the investment department.");
        assertEquals(Set.of("Aliev", "Holt", "Saidov", "Petrova"), surnames(x, only(x)));
        Extraction y = extract("Minister Rustam Aliev received the delegation of the World Bank headed by Ms. Clara Holt. "
                + "The meeting took place at the ministry, according to its spokeswoman, Nigora Karimova.");
        assertEquals(Set.of("Aliev", "Holt"), surnames(y, only(y)));
    }

    @Test
    void theDelegationReceivedLaterIsTheOneLedByThePersonNamedBefore() {
        Extraction x = extract("Minister Rustam Aliev received the delegation of the World Bank headed by Ms. Clara Holt. "
                + "The parties discussed the financing of two dams. Aliev said the government valued the partnership. "
                + "Holt said the Bank would consider a new grant. The mission will prepare proposals by December. "
                + "Earlier, the delegation was received by the Chairman of the power utility, Bakhtiyor Nurov.");
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).equals(Set.of("Holt", "Nurov"))), x.meetings().toString());
    }

    @Test
    void dueToJoinADaysTalksIsDueToJoinThem() {
        Extraction x = extract("Mining Minister Rosa Lema held talks on Thursday with protest leader Juan Apaza in Tintaya. "
                + "The company's chief executive, Peter Hale, had been due to join Thursday's talks but pulled out on Wednesday.");
        Meeting missed = x.meetings().stream().filter(m -> surnames(x, m).contains("Hale")).findFirst().orElseThrow();
        assertEquals(Set.of("Lema", "Apaza", "Hale"), surnames(x, missed));
        Extraction y = extract("Mining Minister Rosa Lema held talks on Thursday with protest leader Juan Apaza in Tintaya. "
                + "The company's chief executive, Peter Hale, had been due to join Thursday's board vote but pulled out.");
        assertTrue(y.meetings().stream().noneMatch(m -> surnames(y, m).contains("Hale")), y.meetings().toString());
    }

    @Test
    void dueToJoinADaysTalksReachesBackToThem() {
        Extraction x = extract("Mining Minister Rosa Lema held talks on Thursday with protest leader Juan Apaza in Tintaya. "
                + "The talks ended without agreement. Apaza said the blockade would go on. Lema said the state would pay for a "
                + "new study. The mine's output has fallen by a third. Its chief executive, Peter Hale, had been due to join "
                + "Thursday's talks but pulled out on Wednesday.");
        Meeting missed = x.meetings().stream().filter(m -> surnames(x, m).contains("Hale")).findFirst().orElseThrow();
        assertEquals(Set.of("Lema", "Apaza", "Hale"), surnames(x, missed));
    }

    @Test
    void whoToldAConferencesOpeningSessionIsNotAtTheMeetingBefore() {
        Extraction x = extract("Earlier, Prime Minister Hun Dara and Prime Minister Anan Sukree met for an hour at the hotel. "
                + "Commission chief Dr Lina Vorn told the opening session that river levels had fallen.");
        assertEquals(Set.of("Dara", "Sukree"), surnames(x, only(x)));
        Extraction y = extract("Earlier, Prime Minister Hun Dara and Prime Minister Anan Sukree met for an hour at the hotel. "
                + "Commission chief Dr Lina Vorn told the meeting that river levels had fallen.");
        assertEquals(Set.of("Dara", "Sukree", "Vorn"), surnames(y, only(y)));
    }

    @Test
    void joinedAtTheMeetingByJoinsTheMeetingJustReported() {
        Extraction x = extract("Governor Adebayo Okafor met Senator Ngozi Balogun at the State House on Monday. "
                + "Okafor was joined at the meeting by Works Minister Chukwuma Eze and by Chief Tunde Alabi of Oyo.");
        assertEquals(Set.of("Okafor", "Balogun", "Eze", "Alabi"), surnames(x, only(x)));
        Extraction y = extract("Governor Adebayo Okafor was joined at the meeting by Works Minister Chukwuma Eze on Monday.");
        assertEquals(Set.of("Okafor", "Eze"), surnames(y, only(y)));
    }

    @Test
    void headsOfAgenciesAreAGroupWhoseMeetingIsAttendedByMore() {
        Extraction x = extract("Water Minister Leila Haddou on Sunday met heads of relief agencies working along the river at the "
                + "governor's office in Mopti. The meeting was attended by Governor Oumar Traore and the head of the Red Cross "
                + "in Mopti, Dr. Awa Keita.");
        Meeting m = only(x);
        assertEquals(Set.of("Haddou", "Traore", "Keita"), surnames(x, m));
        assertTrue(m.groups().contains("heads"), m.groups().toString());
        Extraction y = extract("Water Minister Leila Haddou met the head of the Red Cross in Mopti, Dr. Awa Keita, on Sunday.");
        assertEquals(Set.of("Haddou", "Keita"), surnames(y, only(y)));
    }

    @Test
    void oneWhoToldTheMinisterAfterAGroupMeetingWasThere() {
        Extraction x = extract("Forestry Minister Hon. Beatrice Mwale met about 150 cotton farmers at Kasama on Friday. "
                + "Their spokesman, Mr. Daniel Bwalya, told the minister that licences cost too much.");
        assertEquals(Set.of("Mwale", "Bwalya"), surnames(x, only(x)));
        Extraction y = extract("Forestry Minister Hon. Beatrice Mwale met about 150 cotton farmers at Kasama on Friday. "
                + "Economist Daniel Bwalya told reporters that licences cost too much.");
        assertEquals(Set.of("Mwale"), surnames(y, only(y)));
    }

    @Test
    void hostingAPluralGroupIsAMeetingTheNextSentenceNames() {
        Extraction x = extract("Prime Minister Helen Clarkson hosted the leaders of the four opposition parties at her residence "
                + "on Monday evening. The dinner, which lasted three hours, was attended by Labour leader David Morgan and "
                + "Green leader Sarah Jenkins.");
        assertEquals(Set.of("Clarkson", "Morgan", "Jenkins"), surnames(x, only(x)));
        Extraction y = extract("Mayor Helen Clarkson received community leaders from the flooded districts at City Hall on Friday.");
        assertTrue(y.meetings().size() == 1 && !only(y).groups().isEmpty(), y.meetings().toString());
    }

    @Test
    void aHostWelcomingTheGroupsDecisionHoldsNoMeeting() {
        Extraction x = extract("Prime Minister Helen Clarkson welcomed the leaders' decision to end the strike on Monday.");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void aMeetingOfAGroupIsCompletedByThoseFrontedAsPresent() {
        Extraction x = extract("President Michael Brennan held a meeting of the coalition's party leaders at his office on Tuesday. "
                + "Present at the meeting were Liberal leader Thomas Walsh, Farmers' Party chair Mary Collins and independent "
                + "senator John Byrne.");
        assertEquals(Set.of("Brennan", "Walsh", "Collins", "Byrne"), surnames(x, only(x)));
        Extraction y = extract("President Michael Brennan called a meeting of the coalition's party leaders on Tuesday. "
                + "Attending the talks were Thomas Walsh and Mary Collins.");
        assertEquals(Set.of("Brennan", "Walsh", "Collins"), surnames(y, only(y)));
    }

    @Test
    void alsoAttendedWithNothingAfterItReachesBackToTheMeeting() {
        Extraction x = extract("President Laura Kent met the four top congressional leaders at the White House on Monday. "
                + "Senate leader Robert Hale said the meeting had been useful. House leader Maria Lopez was less impressed. "
                + "\"We heard nothing new,\" Lopez said. \"Nothing at all.\" "
                + "House Speaker James Carter and Senate Minority Leader Nancy Brooks also attended.");
        Meeting m = x.meetings().get(0);
        assertTrue(surnames(x, m).containsAll(Set.of("Kent", "Carter", "Brooks")), surnames(x, m).toString());
        Extraction y = extract("President Laura Kent met Senate leader Robert Hale at the White House on Monday. "
                + "House Speaker James Carter also attended the memorial service.");
        assertEquals(Set.of("Kent", "Hale"), surnames(y, only(y)));
    }

    @Test
    void oneWhoToldTheReportersAfterTheMeetingWasNotAtIt() {
        Extraction x = extract("President Michael Brennan held a meeting of the coalition's party leaders at his office on Tuesday. "
                + "Present at the meeting were Thomas Walsh and Mary Collins. \"It went well,\" government spokesman "
                + "Patrick Doyle told the Herald after the meeting.");
        assertEquals(Set.of("Brennan", "Walsh", "Collins"), surnames(x, only(x)));
    }

    @Test
    void holdersOfTheGroupsOfficeForOneOfItsPlacesAreMembers() {
        Extraction x = extract("The governors of Kentucky, Ohio and Indiana met Transport Secretary Mary Walsh in Washington on "
                + "Monday to press for money for the river bridges. Ohio Governor Thomas Keller said the talks were useful. "
                + "Kentucky Governor Andrew Bates called them a start. The governor of Indiana, Paul Grant, did not comment.");
        assertEquals(Set.of("Walsh", "Keller", "Bates", "Grant"), surnames(x, only(x)));
    }

    @Test
    void holdersOfTheOfficeElsewhereAreNoMembers() {
        Extraction x = extract("The governors of Kentucky, Ohio and Indiana met Transport Secretary Mary Walsh in Washington on "
                + "Monday to press for money for the river bridges. Texas Governor Thomas Keller said the talks were pointless. "
                + "Ohio Senator Andrew Bishop called them a start.");
        assertEquals(Set.of("Walsh"), surnames(x, only(x)));
    }

    @Test
    void aNationalityStandsForItsCountryInTheGroupsOffice() {
        Extraction x = extract("The foreign ministers of France, Germany and Poland will meet Ukrainian President Petro Bondar "
                + "in Kyiv on Friday. German Foreign Minister Klaus Richter said he would bring a new aid offer.");
        assertEquals(Set.of("Bondar", "Richter"), surnames(x, only(x)));
    }

    @Test
    void aPluralOfARoleIsAGroupWhoseMembersSpeakAfterwards() {
        Extraction x = extract("On Monday Mayor Helen Clarkson met ward captains from the flooded districts at City Hall. "
                + "Riverside ward captain David Morgan said residents were tired of waiting.");
        assertEquals(Set.of("Clarkson", "Morgan"), surnames(x, only(x)));
        Extraction y = extract("On Monday Mayor Helen Clarkson met ward captains from the flooded districts at City Hall. "
                + "Economist David Morgan said residents were tired of waiting.");
        assertEquals(Set.of("Clarkson"), surnames(y, only(y)));
    }

    @Test
    void peopleBeforeAmongThosePresentJoinTheMeeting() {
        Extraction x = extract("Health Minister Clara Menezes received a delegation of nurses' unions in Lisbon on Tuesday. "
                + "Union leader Rita Pacheco and the head of the midwives' association, Joana Vilar, were among those present.");
        assertEquals(Set.of("Menezes", "Pacheco", "Vilar"), surnames(x, only(x)));
        Extraction inside = extract("Prime Minister Tevita Hopoate hosted the island mayors at his residence on Monday. "
                + "Mayor Sione Fifita and Mayor Ana Taufa are among those inside.");
        assertEquals(Set.of("Hopoate", "Fifita", "Taufa"), surnames(inside, only(inside)));
        Extraction after = extract("Health Minister Clara Menezes received a delegation of nurses' unions in Lisbon on Tuesday. "
                + "Among those present were union leader Rita Pacheco and Joana Vilar.");
        assertEquals(Set.of("Menezes", "Pacheco", "Vilar"), surnames(after, only(after)));
    }

    @Test
    void aListWhoseEntriesArePartedBySemicolonsGoesOn() {
        Extraction x = extract("Emir Khalid bin Nasser met President Jonas Lindqvist of Sweden at Al Rayyan Palace on Monday. "
                + "The talks were attended by Sheikh Saud bin Khalid, Deputy Prime Minister; His Excellency Dr. Ahmad bin Salem "
                + "Al Kuwari, Minister of State; and a number of senior officials.");
        assertEquals(Set.of("Nasser", "Lindqvist", "Khalid", "Kuwari"), surnames(x, only(x)));
    }

    @Test
    void aClauseAfterASemicolonIsNoEntryOfTheList() {
        Extraction x = extract("Emir Khalid bin Nasser met President Jonas Lindqvist of Sweden at Al Rayyan Palace on Monday. "
                + "The talks were attended by Sheikh Saud bin Khalid; Professor Ahmad Kuwari wrote later that the visit was overdue.");
        assertEquals(Set.of("Nasser", "Lindqvist", "Khalid"), surnames(x, only(x)));
    }

    @Test
    void theTalksThatFollowedAreTheTalksJustReported() {
        Extraction x = extract("Emir Khalid bin Nasser met President Jonas Lindqvist of Sweden at Al Rayyan Palace on Monday. "
                + "A welcome ceremony was held for the guest. The ceremony and the talks that followed were attended by "
                + "Foreign Minister Saud bin Khalid.");
        assertEquals(Set.of("Nasser", "Lindqvist", "Khalid"), surnames(x, only(x)));
    }

    @Test
    void theMembersOfASideListedAfterTheMeetingJoinIt() {
        Extraction x = extract("The Labour team, led by Finance Minister Jonas Pemberton, met a Green delegation headed by Carla Voss "
                + "at the Old Mill on Monday. The Green side also included Petra Lindgren, Senator Omar Haddad and former mayor "
                + "Dr Lucy Brannigan.");
        assertEquals(Set.of("Pemberton", "Voss", "Lindgren", "Haddad", "Brannigan"), surnames(x, only(x)));
        Extraction comprised = extract("Trade Minister Aiko Mori met a Brazilian business delegation in Osaka on Monday. "
                + "The delegation comprised mining executive Paulo Ramos and port director Lucia Prado.");
        assertEquals(Set.of("Mori", "Ramos", "Prado"), surnames(comprised, only(comprised)));
        Extraction report = extract("Trade Minister Aiko Mori met a Brazilian business delegation in Osaka on Monday. "
                + "The ministry's report included comments by economist Paulo Ramos.");
        assertEquals(Set.of("Mori"), surnames(report, only(report)));
    }

    @Test
    void theLeaderOfAGroupSubjectMayCarryATitleWithLinks() {
        Extraction x = extract("The union team, led by General Secretary for Transport Workers Amos Kiprono, met a management "
                + "delegation in Mombasa on Monday.");
        assertTrue(surnames(x, only(x)).contains("Kiprono"), () -> x.meetings().toString());
        Extraction of = extract("A delegation headed by the Secretary of State for Health, Dr Mirela Stan, held talks with "
                + "Governor Paul Okoro in Enugu on Friday.");
        assertEquals(Set.of("Stan", "Okoro"), surnames(of, only(of)));
        Extraction apart = extract("The report, written by Minister for Planning Ruth Abara, was discussed when Governor Paul "
                + "Okoro met farmers in Enugu on Friday.");
        assertFalse(apart.meetings().stream().anyMatch(m -> surnames(apart, m).contains("Abara")), () -> apart.meetings().toString());
    }

    @Test
    void aSideLedByPeopleNamedInTheNextSentenceJoinsTheMeeting() {
        Extraction union = extract("Health Minister Dora Klein held talks with the nurses' union at her office on Friday. "
                + "The union delegation was led by its president Mark Oduya and general secretary Ruth Vance.");
        assertEquals(Set.of("Klein", "Oduya", "Vance"), surnames(union, only(union)));
        Extraction mission = extract("The World Bank mission met Finance Minister Pedro Alves in Maputo on Monday. "
                + "The team was headed by mission chief Sara Lindgren.");
        assertEquals(Set.of("Alves", "Lindgren"), surnames(mission, only(mission)));
        Extraction side = extract("Wage talks between the port owners and dock workers resumed in Durban on Tuesday under "
                + "mediator Thabo Nkosi. The meeting, which ran past midnight, was led on the owners' side by Pieter Botha.");
        assertTrue(surnames(side, only(side)).containsAll(Set.of("Nkosi", "Botha")), () -> side.meetings().toString());
    }

    @Test
    void aBodyLedBySomeoneOnOneSideOfTheTalksJoinsTheMeeting() {
        Extraction x = extract("Labour Minister Dora Klein chaired wage talks with the dock workers' union in Durban on Friday. "
                + "On the employers' side, the Port Owners' Association (POA) was led by its chairman, Pieter Botha.");
        assertEquals(Set.of("Klein", "Botha"), surnames(x, only(x)));
        Extraction y = extract("Labour Minister Dora Klein chaired wage talks with the dock workers' union in Durban on Friday. "
                + "On the government side, the talks were headed by deputy minister Sipho Dlamini.");
        assertTrue(surnames(y, only(y)).containsAll(Set.of("Klein", "Dlamini")), () -> y.meetings().toString());
    }

    @Test
    void aBodyLedBySomeoneWithNoSideOfTheTalksIsNoCue() {
        Extraction x = extract("Labour Minister Dora Klein chaired wage talks with the dock workers' union in Durban on Friday. "
                + "On Monday, the Port Owners' Association was led by its chairman, Pieter Botha, into a new merger.");
        assertEquals(Set.of("Klein"), surnames(x, only(x)));
        Extraction y = extract("Labour Minister Dora Klein chaired wage talks with the dock workers' union in Durban on Friday. "
                + "On the other side of town, a rival firm that had been bought last year was led by Pieter Botha.");
        assertTrue(y.meetings().stream().noneMatch(m -> surnames(y, m).contains("Botha")), () -> y.meetings().toString());
    }

    @Test
    void aFirmLedBySomeoneIsNoSideOfTheTalks() {
        Extraction x = extract("Health Minister Dora Klein held talks with union leader Mark Oduya at her office on Friday. "
                + "The hospital group, which was bought last year, was led by chief executive Ruth Vance until March.");
        assertEquals(Set.of("Klein", "Oduya"), surnames(x, only(x)));
        Extraction firm = extract("Health Minister Dora Klein held talks with union leader Mark Oduya at her office on Friday. "
                + "A consortium led by banker Ruth Vance has bid for the hospitals.");
        assertEquals(Set.of("Klein", "Oduya"), surnames(firm, only(firm)));
    }

    @Test
    void theMeetingWhichAlsoIncludedPeopleAddsThem() {
        Extraction x = extract("Premier Joan Tate held talks with Chief Minister Raj Pillai at his office in Darwin on Tuesday. "
                + "The meeting, which also included Treasurer Ben Cole and Mines Minister Ayesha Khan, focused on gas royalties.");
        assertEquals(Set.of("Tate", "Pillai", "Cole", "Khan"), surnames(x, only(x)));
        Extraction topic = extract("Premier Joan Tate held talks with Chief Minister Raj Pillai at his office in Darwin on Tuesday. "
                + "The talks included a briefing on a report by economist Ben Cole.");
        assertEquals(Set.of("Tate", "Pillai"), surnames(topic, only(topic)));
    }

    @Test
    void theyWereJoinedOverAMealByPeopleWhoJoinTheMeetingBefore() {
        Extraction x = extract("On Monday morning, the mediator sat down with Green leader Pia Lund and Liberal leader Jan Berg at "
                + "the parliament. They were joined after lunch by Labour chair Ole Dahl and Centre leader Kari Moe, aides said.");
        assertEquals(Set.of("Lund", "Berg", "Dahl", "Moe"), surnames(x, only(x)));
    }

    @Test
    void peopleWhoAttendedTheMeetingJustReportedJoinIt() {
        Extraction x = extract("Finance Minister Ravi Menon met chief ministers of four states in Delhi on Monday. Punjab Chief "
                + "Minister Harjit Gill, Bihar Chief Minister Anil Jha and Assam Chief Minister Bimal Das attended the nearly two-hour "
                + "meeting, while Goa was represented by its Finance Minister Luis Sousa.");
        assertEquals(Set.of("Menon", "Gill", "Jha", "Das", "Sousa"), surnames(x, only(x)));
        Extraction part = extract("Mayor Carl Wren met residents' leader Nora Fitch at City Hall on Thursday. Councillor Ian Pratt "
                + "and housing officer Beth Lowe also took part in the talks.");
        assertEquals(Set.of("Wren", "Fitch", "Pratt", "Lowe"), surnames(part, only(part)));
    }

    @Test
    void aMeetingOfItsOwnAttendedAfterAnotherStaysApart() {
        Extraction x = extract("Finance Minister Ravi Menon met Governor Harjit Gill in Delhi on Monday. Bihar Chief Minister "
                + "Anil Jha attended the meeting of the eastern zonal council with Odisha Chief Minister Bimal Das.");
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).equals(Set.of("Jha", "Das"))), () -> x.meetings().toString());
    }

    @Test
    void presentAtTheMeetingReachesBackPastSentencesOfWhatWasSaid() {
        Extraction x = extract("President Ivo Gale received a delegation of Japanese lawmakers led by Ken Mori on Monday. "
                + "Gale said trade had doubled in five years. Mori said Japanese firms wanted to invest in copper. "
                + "He also praised the new airport. MP Sara Oyun and Ambassador Taro Sato were present at the meeting.");
        assertEquals(Set.of("Gale", "Mori", "Oyun", "Sato"), surnames(x, only(x)));
        Extraction unnamed = extract("President Ivo Gale received a delegation of Japanese lawmakers led by Ken Mori on Monday. "
                + "Gale said trade had doubled in five years. Mori said Japanese firms wanted to invest in copper. "
                + "He also praised the new airport. MP Sara Oyun and Ambassador Taro Sato were present.");
        assertEquals(Set.of("Gale", "Mori"), surnames(unnamed, only(unnamed)));
    }

    @Test
    void theFormateurIsTheOneNamedSoBefore() {
        Extraction x = extract("Formateur Lotte Vermeer was received by the King at the palace in The Hague on Tuesday. On Wednesday "
                + "morning, the formateur sat down with Labour leader Daan Smit and Liberal leader Joost Bakker at the Catshuis.");
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).equals(Set.of("Vermeer", "Smit", "Bakker"))), () -> x.meetings().toString());
    }

    @Test
    void whoSpeaksAfterTheMeetingWasAtIt() {
        Extraction x = extract("Energy Minister Ravi Perera met leaders of the power workers' union at the ministry on Monday. "
                + "Union president Kamal Silva said after the two-hour meeting that a strike had been called off.");
        assertEquals(Set.of("Perera", "Silva"), surnames(x, only(x)));
        Extraction told = extract("Police Minister Jane Otto sat down with executives of the police federation in Windhoek on Saturday. "
                + "Federation chairman Sergeant Paul Kavari told reporters afterwards that vacant posts would be filled.");
        assertEquals(Set.of("Otto", "Kavari"), surnames(told, only(told)));
    }

    @Test
    void whoSpeaksForAnotherAfterTheMeetingIsNotAddedByThatOne() {
        Extraction x = extract("Energy Minister Ravi Perera met union president Amal Fernando at the ministry on Monday. "
                + "A spokesman for opposition leader Kamal Silva said after the meeting that the union had been misled.");
        assertEquals(Set.of("Perera", "Fernando"), surnames(x, only(x)));
        Extraction planned = extract("Energy Minister Ravi Perera wants to meet union president Amal Fernando next week. "
                + "Economist Kamal Silva said after the meeting of the central bank board that rates would stay.");
        assertTrue(planned.meetings().stream().noneMatch(m -> surnames(planned, m).contains("Silva")), () -> planned.meetings().toString());
    }

    @Test
    void theTwoAreThoseNamedJustBeforeWhenNoMeetingOfTheirsWasReported() {
        Extraction x = extract("Prime Minister Ivo Kranj spent Monday with Austria's Foreign Minister Hanna Moser, who arrived in Zagreb "
                + "on Sunday. The two held talks at the government building, joined by Austrian Ambassador Felix Gruber and "
                + "Interior Minister Ante Babic.");
        assertEquals(Set.of("Kranj", "Moser", "Gruber", "Babic"), surnames(x, only(x)));
        Extraction three = extract("Prime Minister Ivo Kranj, Foreign Minister Hanna Moser and Mayor Tomo Horvat toured the port on "
                + "Monday. The two held talks at the government building with Ambassador Felix Gruber.");
        assertTrue(three.meetings().stream().noneMatch(m -> surnames(three, m).containsAll(Set.of("Kranj", "Moser", "Gruber"))),
                () -> three.meetings().toString());
    }

    @Test
    void oneWhoWouldComeOnlyIfAnotherWerePresentIsNotAtTheMeeting() {
        Extraction x = extract("Foreign Minister Eva Novak will hold talks with her Slovak counterpart Peter Hudak in Bratislava next week. "
                + "Opposition leader Jan Svoboda said he would join such talks only if the prime minister, Karel Dvorak, was also present.");
        assertEquals(Set.of("Novak", "Hudak"), surnames(x, only(x)));
    }

    @Test
    void oneWhoJoinedByVideoTookPart() {
        Extraction x = extract("Federal Energy Minister Paul Girard met the energy ministers of Ontario and Quebec in Ottawa for three "
                + "hours. Manitoba's minister, Lisa Kowal, joined by video.");
        assertTrue(surnames(x, only(x)).containsAll(Set.of("Girard", "Kowal")), () -> x.meetings().toString());
        Extraction phone = extract("Mayor Anna Lind met bus drivers' leader Omar Said at City Hall on Friday. Transit chief Eli Moss "
                + "took part by phone.");
        assertEquals(Set.of("Lind", "Said", "Moss"), surnames(phone, only(phone)));
    }

    @Test
    void twoWhoBothToldReportersAfterwardWereAtTheMeeting() {
        Extraction x = extract("Federal Energy Minister Paul Girard met the energy ministers of Ontario and Quebec in Ottawa on Monday. "
                + "Ontario's Mark Doyle and Quebec's Julie Roy both told reporters afterward that no deal had been reached.");
        assertTrue(surnames(x, only(x)).containsAll(Set.of("Girard", "Doyle", "Roy")), () -> x.meetings().toString());
    }

    @Test
    void membersListedPastARelativeClauseJoinTheGroupMet() {
        Extraction x = extract("Ports Minister Lena Ortiz held a video call on Tuesday with dock workers' delegates who could not travel, "
                + "including Valparaiso's Tomas Rojas.");
        assertEquals(Set.of("Ortiz", "Rojas"), surnames(x, only(x)));
        Extraction among = extract("Ports Minister Lena Ortiz met fishing leaders who had travelled from the south, among them Ana Vera "
                + "and Luis Pino.");
        assertEquals(Set.of("Ortiz", "Vera", "Pino"), surnames(among, only(among)));
        Extraction other = extract("Ports Minister Lena Ortiz met fishing leaders on Tuesday. Protesters who blocked the port, including "
                + "Ana Vera, were arrested.");
        assertEquals(Set.of("Ortiz"), surnames(other, only(other)));
    }

    @Test
    void oneOfTheGroupMetNamedInTheNextSentenceJoinsIt() {
        Extraction x = extract("In the afternoon, Minister Clara Weiss met young farmers from Chile and Peru. "
                + "One of them, herder Rosa Quispe, said she had asked the minister to visit the highlands.");
        assertEquals(Set.of("Weiss", "Quispe"), surnames(x, only(x)));
        Extraction among = extract("Minister Clara Weiss met student leaders at the ministry on Friday. Among them were Pablo Rios "
                + "and Marta Gil.");
        assertEquals(Set.of("Weiss", "Rios", "Gil"), surnames(among, only(among)));
        Extraction apart = extract("Minister Clara Weiss met Senator Paul Hahn at the ministry on Friday. One of the ministry's "
                + "lawyers, Rosa Quispe, said the talks had been useful.");
        assertEquals(Set.of("Weiss", "Hahn"), surnames(apart, only(apart)));
    }

    @Test
    void aroundTheTableListsThoseAtTheMeetingJustReported() {
        Extraction x = extract("Prime Minister Anna Lindqvist received four county leaders at her residence on Monday. Around the "
                + "table were Uppsala's Erik Sandberg, Gotland's Maja Holmgren and Dalarna leader Johan Falkenberg.");
        assertEquals(Set.of("Lindqvist", "Sandberg", "Holmgren", "Falkenberg"), surnames(x, only(x)));
    }

    @Test
    void aFrontedPhraseThatNamesTheMeetingOrTheDelegationListsItsMembers() {
        Extraction x = extract("President Carla Mendes met a delegation of farmers at the palace on Tuesday. Among the farmers at "
                + "the meeting were cooperative chairman Paulo Ribeiro and Ana Souto of Braga.");
        assertEquals(Set.of("Mendes", "Ribeiro", "Souto"), surnames(x, only(x)));
        Extraction also = extract("President Carla Mendes received a delegation of church leaders led by Bishop Paulo Ribeiro on "
                + "Tuesday. Also in the delegation were Ana Souto, head of the Baptist union, and Father Luis Moreira.");
        assertEquals(Set.of("Mendes", "Ribeiro", "Souto", "Moreira"), surnames(also, only(also)));
    }

    @Test
    void aFrontedPhraseThatNamesNoMeetingAddsNoOne() {
        Extraction x = extract("President Carla Mendes met union leader Paulo Ribeiro at the palace on Tuesday. Among the injured "
                + "were Ana Souto and Luis Moreira.");
        assertEquals(Set.of("Mendes", "Ribeiro"), surnames(x, only(x)));
        Extraction news = extract("President Carla Mendes met union leader Paulo Ribeiro at the palace on Tuesday. Also in the "
                + "news was Ana Souto, who resigned.");
        assertEquals(Set.of("Mendes", "Ribeiro"), surnames(news, only(news)));
    }

    @Test
    void alsoAtTheMeetingOrInTheRoomAddsThem() {
        Extraction x = extract("President Carla Mendes on Monday met with mining executive Paulo Ribeiro at the palace. "
                + "Vice-President Ana Souto and Finance Minister Luis Moreira were also at the meeting, the presidency said.");
        assertEquals(Set.of("Mendes", "Ribeiro", "Souto", "Moreira"), surnames(x, only(x)));
        Extraction room = extract("Mayor Carla Mendes sat down with members of the residents' association on Tuesday. The "
                + "association's chair, Ana Souto, and councillor Luis Moreira were also in the room.");
        assertEquals(Set.of("Mendes", "Souto", "Moreira"), surnames(room, only(room)));
    }

    @Test
    void alsoAtAnotherMeetingAddsNoOne() {
        Extraction x = extract("President Carla Mendes on Monday met with mining executive Paulo Ribeiro at the palace. Ana Souto "
                + "was also at the meeting with the bankers in Porto.");
        assertEquals(Set.of("Mendes", "Ribeiro"), surnames(x, x.meetings().get(0)));
        Extraction in = extract("President Carla Mendes on Monday met with mining executive Paulo Ribeiro at the palace. Ana Souto "
                + "was also in the city for a concert.");
        assertEquals(Set.of("Mendes", "Ribeiro"), surnames(in, only(in)));
    }

    @Test
    void theTalksBroughtTogetherTheirParticipants() {
        Extraction x = extract("Labour Minister Carla Mendes yesterday met leaders of three trade unions on the pension reform. "
                + "The talks, held at the convention centre, brought together union chairman Paulo Ribeiro, teachers' leader "
                + "Ana Souto and rail union secretary general Luis Moreira.");
        assertEquals(Set.of("Mendes", "Ribeiro", "Souto", "Moreira"), surnames(x, only(x)));
    }

    @Test
    void aReformThatBroughtTogetherPeopleIsNoMeeting() {
        Extraction x = extract("Labour Minister Carla Mendes yesterday met union leader Paulo Ribeiro on the pension reform. "
                + "The reform brought together Ana Souto and Luis Moreira in opposition.");
        assertEquals(Set.of("Mendes", "Ribeiro"), surnames(x, only(x)));
    }

    @Test
    void theAudienceAttendedByCompletesTheOneWithOnlyOneNamedGuest() {
        Extraction x = extract("His Majesty the King received in audience at the palace today Rui Barbosa, Minister of Trade of "
                + "Portugal, who is leading a trade delegation. The audience was attended by Joana Pires, Minister of Commerce, "
                + "and Tiago Mendonca, Ambassador of Portugal.");
        assertEquals(Set.of("Barbosa", "Pires", "Mendonca"), surnames(x, only(x)));
    }

    @Test
    void aMeetingToldBetweenKeepsTheAttendedMeetingApart() {
        Extraction x = extract("His Majesty the King received in audience at the palace today Rui Barbosa, Minister of Trade of "
                + "Portugal. Earlier, Finance Minister Ana Souto met Central Bank governor Luis Moreira. The talks were attended "
                + "by Joana Pires and Tiago Mendonca.");
        assertFalse(x.meetings().stream().anyMatch(m -> surnames(x, m).containsAll(Set.of("Barbosa", "Pires"))));
    }

    @Test
    void bothOfThoseAccompaniedWereThere() {
        Extraction x = extract("Prime Minister Helena Carvalho received Braga mayor Rui Barbosa at her official residence on Monday. "
                + "Barbosa and his deputy, Joana Pires, were accompanied by Tiago Mendonca.");
        assertEquals(Set.of("Carvalho", "Barbosa", "Pires", "Mendonca"), surnames(x, only(x)));
    }

    @Test
    void aCounterpartForAnotherPlaceOfTheGroupIsOneOfIt() {
        Extraction x = extract("Prime Minister Helena Carvalho received the mayors of Braga and Faro at her official residence on "
                + "Monday to discuss the housing programme. Braga mayor Rui Barbosa and his Faro counterpart, Joana Pires, "
                + "presented a joint plan.");
        assertEquals(Set.of("Carvalho", "Barbosa", "Pires"), surnames(x, only(x)));
        Extraction other = extract("Prime Minister Helena Carvalho received the mayors of Braga and Faro at her official residence "
                + "on Monday to discuss the housing programme. Braga mayor Rui Barbosa later met his Lisbon counterpart, "
                + "Joana Pires, at a conference.");
        assertFalse(other.meetings().stream().filter(m -> surnames(other, m).contains("Carvalho"))
                .anyMatch(m -> surnames(other, m).contains("Pires")));
    }

    @Test
    void aGroupMemberAccompaniedBringsTheOneWithThem() {
        Extraction x = extract("Prime Minister Helena Carvalho received a group of northern mayors at her official residence on "
                + "Monday. Mayor Rui Barbosa was accompanied by his lawyer, Tiago Mendonca.");
        assertEquals(Set.of("Carvalho", "Barbosa", "Mendonca"), surnames(x, only(x)));
    }

    @Test
    void bothPresentAddsThemLikeAlsoPresent() {
        Extraction x = extract("Health Minister Carla Mendes held talks with the leadership of the regional health board in Braga "
                + "on Tuesday. The board's chairman, Rui Barbosa, and its chief executive, Dr Joana Pires, were both present.");
        assertEquals(Set.of("Mendes", "Barbosa", "Pires"), surnames(x, only(x)));
        Extraction apart = extract("Health Minister Carla Mendes held talks with the leadership of the regional health board in "
                + "Braga on Tuesday. Rui Barbosa and Joana Pires were both unhappy.");
        assertFalse(apart.meetings().stream().anyMatch(m -> surnames(apart, m).contains("Barbosa")));
    }

    @Test
    void bothWithNoFormOfBeIsNoAttendance() {
        Extraction x = extract("""
                Health Minister Carys Bowen held talks with Dr Sian Morgan in Bangor on Tuesday. Emyr Pritchard and Rhys Evans both present their report on Friday.
                """);
        assertEquals(Set.of("Bowen", "Morgan"), surnames(x, only(x)));
    }
}
