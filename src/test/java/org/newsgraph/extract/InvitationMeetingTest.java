package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.only;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invitations, requests, trips to meet someone and meetings told from the other side ("was received by"). */
class InvitationMeetingTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    /** The meetings whose participants are exactly these surnames. */
    private static List<Meeting> with(Extraction x, Set<String> people) {
        return x.meetings().stream().filter(m -> surnames(x, m).equals(people)).toList();
    }

    @Test
    void invitedToJoinTheTalksJoinsTheirPrincipals() {
        Extraction x = extract("President Olavo Brandt and his Chilean counterpart Ines Morales held talks in Lima on Monday. "
                + "Brandt had invited Bolivian leader Ramiro Quispe to join the talks, but La Paz declined.");
        List<Meeting> offered = with(x, Set.of("Brandt", "Morales", "Quispe"));
        assertEquals(1, offered.size(), () -> "meetings: " + x.meetings());
        assertEquals(MeetingStatus.PROPOSED, offered.get(0).status());
    }

    @Test
    void invitedToJoinTheTwoLeadersLongAfter() {
        Extraction x = extract("Chancellor Greta Lindqvist hosted President Paul Amsel for dinner on Monday. "
                + "The dinner lasted three hours. Lindqvist said the talks had been frank. Amsel spoke of progress. "
                + "Markets rose. Unions were unimpressed. Farmers protested outside. The police made no arrests. "
                + "Lindqvist has invited Prime Minister Karol Nowak to join the two leaders for a meeting in Gdansk in May.");
        assertEquals(1, with(x, Set.of("Lindqvist", "Amsel", "Nowak")).size(), () -> "meetings: " + x.meetings());
    }

    @Test
    void invitedToTheMeetingButDeclined() {
        Extraction x = extract("Foreign Minister Ana Torres and her counterpart Luis Rivas met on Monday at the border. "
                + "The meeting lasted three hours. Trade Minister Jorge Salcedo was invited to the meeting but declined.");
        List<Meeting> offered = with(x, Set.of("Torres", "Rivas", "Salcedo"));
        assertEquals(1, offered.size(), () -> "meetings: " + x.meetings());
        assertEquals(MeetingStatus.PROPOSED, offered.get(0).status());
    }

    @Test
    void invitationToSomethingElseJoinsNoMeeting() {
        Extraction x = extract("Foreign Minister Ana Torres and her counterpart Luis Rivas met on Monday at the border. "
                + "Torres invited the journalist Jorge Salcedo to the ceremony later.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).containsAll(Set.of("Rivas", "Salcedo"))),
                () -> "meetings: " + x.meetings());
    }

    @Test
    void invitedToJoinTalksWithOthersNamesItsOwnPeople() {
        Extraction x = extract("Foreign Minister Ana Torres and her counterpart Luis Rivas met on Monday at the border. "
                + "Torres has invited Jorge Salcedo to join the talks with the mayors next week.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).containsAll(Set.of("Rivas", "Salcedo"))),
                () -> "meetings: " + x.meetings());
    }

    @Test
    void bareTitleAsSubjectIsThePersonItStoodBefore() {
        Extraction x = extract("Dasho Karma Wangchuk received the Japanese envoy on Monday. "
                + "Dasho will travel to Tokyo next month to meet Trade Minister Kenji Sato.");
        List<Meeting> trip = with(x, Set.of("Wangchuk", "Sato"));
        assertEquals(1, trip.size(), () -> "meetings: " + x.meetings());
        assertEquals(MeetingStatus.PLANNED, trip.get(0).status());
    }

    @Test
    void bareTitleOfTwoPeopleStaysUnresolved() {
        Extraction x = extract("Minister Karma Wangchuk and Minister Pema Dorji spoke on Monday. "
                + "Minister will travel to Tokyo next month to meet Kenji Sato.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Sato")), () -> "meetings: " + x.meetings());
    }

    @Test
    void meetingTheOppositionLeaderIsAMeeting() {
        Extraction x = extract("The Opposition Leader, Ugyen Dorji, wrote to the Prime Minister last week. "
                + "Prime Minister Tashi Namgyal would meet the Opposition Leader before his departure.");
        assertEquals(1, with(x, Set.of("Namgyal", "Dorji")).size(), () -> "meetings: " + x.meetings());
    }

    @Test
    void metWithOppositionIsStillNoMeeting() {
        assertTrue(extract("Prime Minister Tashi Namgyal's plan met opposition from farmers in Paro.").meetings().isEmpty());
    }

    @Test
    void receivedAVisitFromSomeone() {
        Extraction x = extract("The detained former minister Yaw Mensah received a visit on Sunday from the party chairman, Kofi Asare.");
        assertEquals(1, with(x, Set.of("Mensah", "Asare")).size(), () -> "meetings: " + x.meetings());
    }

    @Test
    void receivedALetterFromSomeoneIsNoMeeting() {
        assertTrue(extract("The former minister Yaw Mensah received a letter on Sunday from the party chairman, Kofi Asare.")
                .meetings().isEmpty());
    }

    @Test
    void accompaniedSomeoneToTalksWithAThird() {
        Extraction x = extract("Ambassador Paolo Greco died on Monday. As a young counsellor in Vienna he accompanied "
                + "Foreign Minister Aldo Ricci to talks with the Austrian chancellor, Franz Huber, in 1974.");
        assertEquals(1, with(x, Set.of("Greco", "Ricci", "Huber")).size(), () -> "meetings: " + x.meetings());
    }

    @Test
    void heAfterSaidIsTheOneWhoSaidIt() {
        Extraction x = extract("Prime Minister Marko Ilic held talks in Brussels with Foreign Minister Vesna Dragova. "
                + "Ilic said he had invited Dragova to visit Belgrade and that he would travel to Sofia in March to meet "
                + "Prime Minister Stefan Petkov.");
        assertEquals(1, with(x, Set.of("Ilic", "Petkov")).size(), () -> "meetings: " + x.meetings());
        assertTrue(with(x, Set.of("Dragova", "Petkov")).isEmpty(), () -> "meetings: " + x.meetings());
    }

    @Test
    void pronounInATurnIsNotTheSpeakerOfTheTurn() {
        Extraction x = extract("Q: When did the President last see Governor Ann Halsey?\n\n"
                + "MS. DORA PIKE: They met in March at a dinner. The President has invited her back to discuss the money.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Pike")), () -> "meetings: " + x.meetings());
    }

    @Test
    void thePersonAQuestionIsPutToIsNoParticipant() {
        Extraction x = extract("Press secretary Dora Pike took questions.\n\nQ: Dora, has the President spoken with Senator "
                + "Wade Corbin since the vote?");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Pike")), () -> "meetings: " + x.meetings());
    }

    @Test
    void requestedAMeetingWithTheCounterpartNamedByCountry() {
        Extraction x = extract("Prime Minister Ion Rusu hosted his Hungarian counterpart, Gabor Kiss, in Chisinau on Wednesday. "
                + "Mayor Vasile Lungu, who had requested a meeting with the Hungarian premier about bus funding, was not received.");
        List<Meeting> asked = with(x, Set.of("Lungu", "Kiss"));
        assertEquals(1, asked.size(), () -> "meetings: " + x.meetings());
        assertEquals(MeetingStatus.PROPOSED, asked.get(0).status());
    }

    @Test
    void himInWhatWasSaidIsTheOneWhoSaidIt() {
        Extraction x = extract("Coach Sean Garvey spoke about striker Yusuf Demiral on Saturday. "
                + "Garvey said Demiral had turned down an invitation to meet him on Friday.");
        List<Meeting> offered = with(x, Set.of("Garvey", "Demiral"));
        assertTrue(offered.stream().anyMatch(m -> m.status() == MeetingStatus.PROPOSED), () -> "meetings: " + x.meetings());
    }

    @Test
    void theSourceAfterAccordingToIsNoParticipant() {
        Extraction x = extract("According to the government spokesman, Pavel Dimov, Foreign Minister Eva Stoll will meet "
                + "Foreign Minister Ari Lahti in Athens in April.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Dimov")), () -> "meetings: " + x.meetings());
        assertEquals(1, with(x, Set.of("Stoll", "Lahti")).size(), () -> "meetings: " + x.meetings());
    }

    @Test
    void aNameAfterTheSourcesCommaStillMeets() {
        Extraction x = extract("According to the statement, Governor Musa Bello had on Tuesday met Oba Ganiyu Ladipo at the palace.");
        assertEquals(1, with(x, Set.of("Bello", "Ladipo")).size(), () -> "meetings: " + x.meetings());
    }

    @Test
    void presentTripWithADayAheadIsPlanned() {
        Extraction x = extract("Prime Minister Tomas Lind heads to Warsaw on Thursday to meet President Jan Nowak.");
        assertEquals(MeetingStatus.PLANNED, with(x, Set.of("Lind", "Nowak")).get(0).status());
        Extraction y = extract("Foreign Minister Anna Berg flies to Oslo on Friday for talks with Prime Minister Jan Nowak.");
        assertEquals(MeetingStatus.PLANNED, with(y, Set.of("Berg", "Nowak")).get(0).status());
    }

    @Test
    void pastTripToMeetOccurred() {
        Extraction x = extract("Prime Minister Tomas Lind travelled to Warsaw on Thursday to meet President Jan Nowak.");
        assertEquals(MeetingStatus.OCCURRED, with(x, Set.of("Lind", "Nowak")).get(0).status());
    }

    @Test
    void askingToJoinTheMeetingOfANamedDayOffersTheMeetingOfThatDay() {
        Extraction x = extract("Premier Tom Wood will meet union leader James Hall in Perth on Friday. Wood spoke by phone with "
                + "Mayor Anna Lee on Monday. Opposition leader Mark Kelly said he had written to the premier asking to join "
                + "Friday's meeting, but had received no reply.");
        List<Meeting> asked = with(x, Set.of("Wood", "Hall", "Kelly"));
        assertEquals(1, asked.size(), () -> "meetings: " + x.meetings());
        assertEquals(MeetingStatus.PROPOSED, asked.get(0).status());
    }

    @Test
    void askingToJoinTheTalksJustToldOffersThem() {
        Extraction x = extract("Mayor Clara Vogel met the chief executive of the city's bus company, Stefan Roth, on Monday. "
                + "Councillor Petra Haas said she had asked to attend the talks but had not been invited.");
        List<Meeting> asked = with(x, Set.of("Vogel", "Roth", "Haas"));
        assertEquals(1, asked.size(), () -> "meetings: " + x.meetings());
        assertEquals(MeetingStatus.PROPOSED, asked.get(0).status());
        Extraction y = extract("Mayor Clara Vogel met the chief executive of the city's bus company, Stefan Roth, on Monday. "
                + "Councillor Petra Haas said she had asked to attend a course on urban transport.");
        assertTrue(with(y, Set.of("Vogel", "Roth", "Haas")).isEmpty(), () -> "meetings: " + y.meetings());
    }

    @Test
    void dueToJoinTheMinistersJoinsTheMinistersMeeting() {
        Extraction x = extract("Finnish Defence Minister Anna Virtanen hosted Swedish Defence Minister Erik Lund and Norwegian "
                + "Defence Minister Ola Berg in Helsinki on Tuesday. Lund said the talks were useful. "
                + "President Sauli Niemi received Berg at the palace in the evening. "
                + "NATO envoy Maria Costa had been due to join the ministers on Wednesday, but her visit was cancelled.");
        List<Meeting> missed = with(x, Set.of("Virtanen", "Lund", "Berg", "Costa"));
        assertEquals(1, missed.size(), () -> "meetings: " + x.meetings());
        assertEquals(MeetingStatus.CANCELLED, missed.get(0).status());
    }

    @Test
    void theMinistersMeetingAgainAreThoseOfTheirMeetingNotOfTheLastOne() {
        Extraction x = extract("Finnish Defence Minister Anna Virtanen hosted Swedish Defence Minister Erik Lund and Norwegian "
                + "Defence Minister Ola Berg in Helsinki on Tuesday. President Sauli Niemi received Berg at the palace in the "
                + "evening. The ministers agreed to meet again in Oslo in May.");
        List<Meeting> again = with(x, Set.of("Virtanen", "Lund", "Berg"));
        assertTrue(again.stream().anyMatch(m -> m.status() == MeetingStatus.PLANNED), () -> "meetings: " + x.meetings());
        assertTrue(x.meetings().stream().noneMatch(m -> m.status() == MeetingStatus.PLANNED && surnames(x, m).contains("Niemi")),
                () -> "meetings: " + x.meetings());
    }

    @Test
    void theGovernorsAreTheGovernorsOfTheMeetingNotTheMinisterTheyMet() {
        Extraction x = extract("Northern Governor Ana Ruiz and Southern Governor Pablo Serra will meet Finance Minister Tomas Vidal "
                + "in the capital on Friday. Ruiz said the budget was too small. "
                + "An aide said President Carla Mendes would receive the governors next month.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).containsAll(Set.of("Mendes", "Vidal"))),
                () -> "meetings: " + x.meetings());
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).containsAll(Set.of("Mendes", "Ruiz", "Serra"))),
                () -> "meetings: " + x.meetings());
    }

    @Test
    void theGovernorsOfAllProvincesAreNoGovernorsNamedBefore() {
        Extraction x = extract("Northern Governor Ana Ruiz and Southern Governor Pablo Serra met Finance Minister Tomas Vidal "
                + "in the capital on Friday. Ruiz said the budget was too small. "
                + "On Monday, President Carla Mendes held a video call with the governors of the 24 provinces.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Mendes") && surnames(x, m).size() > 1),
                () -> "meetings: " + x.meetings());
        Extraction y = extract("Northern Governor Ana Ruiz and Southern Governor Pablo Serra met Finance Minister Tomas Vidal "
                + "in the capital on Friday. Ruiz said the budget was too small. "
                + "On Monday, President Carla Mendes held a video call with the governors of all provinces.");
        assertTrue(y.meetings().stream().noneMatch(m -> surnames(y, m).contains("Mendes") && surnames(y, m).size() > 1),
                () -> "meetings: " + y.meetings());
    }

    @Test
    void joiningTheArmyIsNoMeeting() {
        Extraction x = extract("Defence Minister Anna Virtanen met Swedish Defence Minister Erik Lund in Helsinki on Tuesday. "
                + "Conscript Mikko Laine had been due to join the army on Wednesday.");
        assertEquals(1, x.meetings().size(), () -> "meetings: " + x.meetings());
    }

    @Test
    void travellingToMeetSomeoneIsAPlannedMeeting() {
        Extraction x = extract("Premier Julia Martin said the deal was fair. She will travel to Ottawa on May 5 to meet federal "
                + "Fisheries Minister Paul Gagnon, her office confirmed.");
        List<Meeting> planned = with(x, Set.of("Martin", "Gagnon"));
        assertEquals(1, planned.size(), () -> "meetings: " + x.meetings());
        assertEquals(MeetingStatus.PLANNED, planned.get(0).status());
    }

    @Test
    void usAndWeInATurnIncludeTheSpeakerOfTheTurn() {
        Extraction x = extract("SEN. ROSA VIDAL: Minister, what did you do after the floods?\n\n"
                + "MINISTER TOMAS ARCE: I flew to Cebu on Monday. Mayor Lina Sorio hosted us at city hall.");
        assertEquals(1, with(x, Set.of("Arce", "Sorio")).size(), () -> "meetings: " + x.meetings());
        Extraction we = extract("SEN. ROSA VIDAL: Minister, did you see the grid operator?\n\n"
                + "MINISTER TOMAS ARCE: Yes. We met Mario Lacson, its president, at the ministry on Tuesday.");
        assertEquals(1, with(we, Set.of("Arce", "Lacson")).size(), () -> "meetings: " + we.meetings());
    }

    @Test
    void usInQuotedWordsInsideATurnIsNotTheSpeaker() {
        Extraction x = extract("SEN. ROSA VIDAL: Minister, what did the mayor tell you?\n\n"
                + "MINISTER TOMAS ARCE: She said \"Governor Paulo Reyes never hosted us\", and I believe her.");
        assertTrue(with(x, Set.of("Arce", "Reyes")).isEmpty(), () -> "meetings: " + x.meetings());
    }

    @Test
    void aCorrectionNoteWithdrawsTheMeetingItQuotes() {
        Extraction x = extract("Minister Ilse Marten met Jonas Weber in Linz on Monday. An earlier version of this story said Weber "
                + "met Kurt Falk.");
        assertEquals(Set.of("Marten", "Weber"), surnames(x, only(x)));
        Extraction y = extract("Correction: A previous version of this article misstated that Ilse Marten had met Kurt Falk in Graz.");
        assertTrue(y.meetings().isEmpty(), () -> "meetings: " + y.meetings());
    }

    @Test
    void aConveyedInvitationIsBetweenTheInviterAndTheInvited() {
        Extraction x = extract("The envoy, Paolo Neri, conveyed an invitation from President Lena Holm to Chancellor Ivo Marek to visit Oslo.");
        Meeting m = only(x);
        assertEquals(Set.of("Holm", "Marek"), surnames(x, m));
        assertEquals(MeetingStatus.PROPOSED, m.status());
        Extraction y = extract("Paolo Neri delivered the invitation of Premier Lena Holm for Ivo Marek to visit Prague in the autumn.");
        assertEquals(Set.of("Holm", "Marek"), surnames(y, only(y)));
    }

    @Test
    void anInvitationReceivedStaysWithTheOneWhoGotIt() {
        Extraction x = extract("Chancellor Ivo Marek received an invitation from President Lena Holm to visit Oslo.");
        assertEquals(Set.of("Marek", "Holm"), surnames(x, only(x)));
    }

    @Test
    void aLetterWrittenOnBehalfOfAGroupIsItsSpokespersonsRequest() {
        Extraction x = extract("The union's general secretary, Dora Feld, said the union had written to Minister Anton Grau requesting a meeting.");
        Meeting m = only(x);
        assertEquals(Set.of("Feld", "Grau"), surnames(x, m));
        assertEquals(MeetingStatus.PROPOSED, m.status());
        Extraction y = extract("Councillor Dora Feld said she had written to the mayor, Anton Grau, requesting a briefing on the floods.");
        assertEquals(Set.of("Feld", "Grau"), surnames(y, only(y)));
    }

    @Test
    void turnedDownSomeonesInvitationToAMeeting() {
        Extraction x = extract("Opposition leader Petru Munteanu turned down Prime Minister Ion Ceban's invitation to a meeting next Tuesday.");
        Meeting m = only(x);
        assertEquals(Set.of("Munteanu", "Ceban"), surnames(x, m));
        assertEquals(MeetingStatus.PROPOSED, m.status());
    }

    @Test
    void turnedDownARequestBySomeoneForAMeeting() {
        Extraction x = extract("Senate President Laura Vidal said she had turned down a request by the French ambassador, Marc Dubois, "
                + "for a meeting.");
        Meeting m = only(x);
        assertEquals(Set.of("Vidal", "Dubois"), surnames(x, m));
        assertEquals(MeetingStatus.PROPOSED, m.status());
    }

    @Test
    void aRequestByOneForTalksNamesNoOneElse() {
        Extraction x = extract("Senate President Laura Vidal said a request by farmers for a meeting was under review.");
        assertTrue(x.meetings().stream().allMatch(m -> m.participants().size() < 2), x.meetings().toString());
    }

    @Test
    void aMeetingTurnedDownIsNotTheOneAttendedAfter() {
        Extraction x = extract("Senate President Laura Vidal said she had turned down a request by the French ambassador, Marc Dubois, "
                + "for a meeting. The committee held a session on Sunday, attended by Finance Minister Paul Girard.");
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).containsAll(Set.of("Dubois", "Girard"))), x.meetings().toString());
    }
}
