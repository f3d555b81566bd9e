package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.only;
import static org.newsgraph.extract.MeetingFinderTest.placeName;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where meetings were held, as news words it: venues after a courtesy call, towns named with their kind, journeys. */
class MeetingPlaceTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void aCourtesyCallOnSomeoneAtAVenue() {
        Extraction x = extract("Senator Luz Ramos paid a courtesy call on Mayor Pedro Cruz at the Palacio Municipal on Monday.");
        Meeting m = only(x);
        assertEquals(Set.of("Ramos", "Cruz"), surnames(x, m));
        assertEquals("Palacio Municipal", placeName(x, m));
        assertTrue(m.topics().isEmpty(), "the person called on is no topic: " + m.topics());
    }

    /** The town a meeting's venue is in, else its place. */
    private static String town(Extraction x, Meeting m) {
        return m.city() != null ? x.entity(m.city()).orElseThrow().name() : placeName(x, m);
    }

    /** The meeting of the extraction whose participants include a person of that surname. */
    private static Meeting with(Extraction x, String surname) {
        return x.meetings().stream().filter(m -> surnames(x, m).contains(surname)).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting with " + surname + ": " + x.meetings()));
    }

    @Test
    void aVenueToldWithoutItsTownIsInTheStorysTown() {
        Extraction x = extract("Foreign Minister Anna Berg met her counterpart Mark Olsen in Harare on Monday.\n\n"
                + "On Tuesday, Berg was received by Trade Minister Lisa Hofer at the Ministry of Commerce.");
        assertEquals("Harare", town(x, with(x, "Hofer")));
        Extraction y = extract("Foreign Minister Anna Berg met her counterpart Mark Olsen in Harare on Monday.\n\n"
                + "On Tuesday, Berg met Trade Minister Lisa Hofer at the Ministry of Commerce, a spokesperson in Bulawayo said.");
        assertNull(with(y, "Hofer").city(), "the sentence names another town");
    }

    @Test
    void aTownNamedWithItsKind() {
        Extraction x = extract("Foreign Minister Anna Berg held talks with her counterpart Mark Olsen in the city of Tromso on Friday.");
        assertEquals("Tromso", placeName(x, only(x)));
        Extraction y = extract("Governor Ana Lopez met Mayor Juan Perez in the town of Agodi yesterday.");
        assertEquals("Agodi", placeName(y, only(y)));
    }

    @Test
    void anOpeningDateDoesNotHideThePlaceThatFollows() {
        Extraction x = extract("On 23 October 2025, at the meeting of foreign ministers in Vienna, Anna Berg held bilateral talks with"
                + " Mark Olsen.");
        assertEquals("Vienna", placeName(x, only(x)));
    }

    @Test
    void topicsAfterOnStillEndTheSearch() {
        Extraction x = extract("Anna Berg held talks with Mark Olsen on the war in Ukraine.");
        assertNull(only(x).place(), "a place inside the topic is not where they met");
    }

    @Test
    void aVenueNameTheNameFinderCutInTwoStaysWhole() {
        Extraction x = extract("President Arun Gupta received Prime Minister Mia Holt at Rashtrapati Bhavan on Monday.");
        assertEquals("Rashtrapati Bhavan", placeName(x, only(x)));
    }

    @Test
    void aDayAfterAPlaceIsNotPartOfItsName() {
        Extraction x = extract("Anna Berg met Mark Olsen in Nairobi Tuesday.");
        assertEquals("Nairobi", placeName(x, only(x)));
    }

    @Test
    void aJourneyEndsWhereTheMeetingIs() {
        Extraction x = extract("Anna Berg flies to Oslo on Wednesday, where she is due to hold talks with Mark Olsen.");
        assertEquals("Oslo", placeName(x, only(x)));
        Extraction y = extract("Anna Berg is due to fly to Baghdad next week to meet Oil Minister Karim Hadi.");
        assertEquals("Baghdad", placeName(y, only(y)));
    }

    @Test
    void welcomedOrInvitedToAPlace() {
        Extraction x = extract("Prime Minister Dawit Bekele on Monday welcomed President Omar Farah to the National Palace for talks.");
        assertEquals("National Palace", placeName(x, only(x)));
        Extraction y = extract("Minister Rita Kalnina invited coach Jonas Bell to Vilnius in May.");
        assertEquals("Vilnius", placeName(y, only(y)));
    }

    @Test
    void aVisitingDelegationIsNoVisitToItsOrganisation() {
        Extraction x = extract("Prime Minister Ali Raza on Wednesday received a visiting World Bank delegation led by Anna Berg at the"
                + " State House.");
        assertEquals("State House", placeName(x, only(x)));
    }

    @Test
    void aTripStillAheadDoesNotPlaceTheNextMeeting() {
        Extraction x = extract("Anna Berg is due to fly to Baghdad next week. On Monday she met Mark Olsen and Rita Lane.");
        assertTrue(x.meetings().stream().allMatch(m -> m.place() == null || !placeName(x, m).equals("Baghdad")),
                "met before the trip");
        Extraction y = extract("Anna Berg arrived in Riyadh on Monday. She held talks with Mark Olsen.");
        assertEquals("Riyadh", placeName(y, only(y)));
    }

    @Test
    void laterThatDayIsInTheTownOfTheDaysFirstMeeting() {
        Extraction x = extract("""
                Prime Minister Dorin Rusu hosted Prime Minister Mark Olsen at the Government House in Chisinau on Wednesday.

                Also present were Finance Minister Ana Bors and Energy Minister Ion Lupu.

                Later in the afternoon Olsen was received by Parliament Speaker Rita Lane.
                """);
        Meeting later = x.meetings().stream().filter(m -> surnames(x, m).equals(Set.of("Olsen", "Lane"))).findFirst().orElseThrow();
        assertEquals("Chisinau", placeName(x, later));
    }

    @Test
    void whereRefersToATownTheNameFinderDoesNotKnow() {
        Extraction x = extract("The talks followed a visit by Governor Rizal Siregar on Monday to Depok, where he met Mayor Anna Budiarto.");
        assertEquals("Depok", placeName(x, only(x)));
    }

    @Test
    void whereRefersToAPlaceBeforeATimeAndAVisit() {
        Extraction x = extract("Prime Minister Ali Aslam will leave for Beijing on Sunday on a three-day visit, where he is scheduled to"
                + " hold talks with Premier Zhao Lijun.");
        assertEquals("Beijing", placeName(x, only(x)));
    }

    @Test
    void thePlaceOfWhereBeatsAPlaceInThePurpose() {
        Extraction x = extract("President Tomas Errazuriz will travel to Toronto tomorrow, where he is scheduled to meet Premier Ross"
                + " Hallowell and to visit a refinery in Mississauga.");
        assertEquals("Toronto", placeName(x, only(x)));
    }

    @Test
    void metOnALandmark() {
        Extraction x = extract("Anna Berg met Senator Mark Olsen on Capitol Hill on Tuesday.");
        assertEquals("Capitol Hill", placeName(x, only(x)));
    }

    @Test
    void theVenueOfALaterReportOfTheSameMeetingIsInTheTownOfTheFirst() {
        Extraction x = extract("Prime Minister Claire Beaumont welcomed President Tomas Errazuriz to Ottawa. The leaders met on Parliament"
                + " Hill, where they were joined by Foreign Minister Jean Lavoie.");
        Meeting m = only(x);
        assertEquals("Parliament Hill", placeName(x, m));
        assertEquals("Ottawa", x.entity(m.city()).orElseThrow().name());
    }

    @Test
    void aClauseOpenedByWhenIsOnTheDayAndAtThePlaceNamedBeforeIt() {
        Extraction x = extract("Party leader Zeynep Aydin is scheduled to visit Hatay on June 2, when she will meet Mayor Levent Sari.");
        Meeting m = only(x);
        assertEquals("Hatay", placeName(x, m));
        assertEquals(java.time.LocalDate.of(2026, 6, 2), m.date());
    }

    @Test
    void aRangeOfDaysDatesTheMeetingToItsFirstDay() {
        Extraction x = extract("Minister Bat Enkhtuvshin will pay an official visit to Tokyo on 22-24 December at the invitation of"
                + " Minister Hiroshi Tanabe.");
        assertEquals(java.time.LocalDate.of(2025, 12, 22), only(x).date());
    }

    @Test
    void aSingleDayAfterANumberIsNoRange() {
        Extraction x = extract("Minister Bat Enkhtuvshin met Minister Hiroshi Tanabe on 24 December, 2 days after the vote.");
        assertEquals(java.time.LocalDate.of(2025, 12, 24), only(x).date());
    }

    @Test
    void anInstitutionsNameGoesOnPastOfAndAnd() {
        Extraction x = extract("Union leader Karl Berg met Minister Lena Holm at the Ministry of Transport and Public Works on Friday.");
        assertEquals("Ministry of Transport and Public Works", placeName(x, only(x)));
        Extraction y = extract("Mayor Tomas Riva and Governor Ana Duarte met at the Coordinating Agency for Rivers and Coasts on Monday.");
        assertEquals("Coordinating Agency for Rivers and Coasts", placeName(y, only(y)));
        Extraction z = extract("Karl Berg held talks with Lena Holm at the offices of the Ministry of Health on Monday.");
        assertEquals("Ministry of Health", placeName(z, only(z)));
    }

    @Test
    void aTitleOrAPersonAfterAndIsNoPartOfTheName() {
        Extraction x = extract("Karl Berg met Lena Holm at the Ministry of Finance and Prime Minister Ivo Bran joined them later.");
        assertEquals("Ministry of Finance", placeName(x, x.meetings().get(0)));
        Extraction y = extract("Karl Berg held talks with Lena Holm at the residence of Ambassador Ivo Bran on Friday.");
        assertTrue(placeName(y, only(y)) == null || !placeName(y, only(y)).contains("Ambassador"), () -> placeName(y, only(y)));
    }

    @Test
    void theMinistryIsTheOneOfTheMinisterWhoHosts() {
        Extraction x = extract("Health and Sanitation Minister Grace Okoro met union leader Paul Eze at the ministry on Friday.");
        assertEquals("Ministry of Health and Sanitation", placeName(x, only(x)));
        Extraction y = extract("The Minister of Trade and Industry, Pedro Salas, received Ambassador Ivan Petrov at the Ministry on Monday.");
        assertEquals("Ministry of Trade and Industry", placeName(y, only(y)));
        Extraction z = extract("Lena Holm met Karl Berg at the Ministry of Culture on Monday. Two days earlier she had lunch with"
                + " Ivo Bran at the ministry.");
        assertEquals("Ministry of Culture", placeName(z, z.meetings().get(1)));
    }

    @Test
    void aRankOrAPossessiveNamesNoMinistry() {
        Extraction x = extract("Prime Minister Grace Okoro received union leader Paul Eze at the ministry on Friday.");
        assertNull(only(x).place(), "a prime minister's title names no ministry");
        Extraction y = extract("Health Minister Grace Okoro and Paul Eze met at the ministry's headquarters on Friday.");
        assertNull(only(y).place(), "the headquarters are not named");
    }

    @Test
    void aPublicBuildingInLowerCaseIsKeptAsTheStoryWordsIt() {
        Extraction x = extract("Foreign Minister Ivo Bran was received by President Lena Holm at the presidential palace on Monday.");
        assertEquals("presidential palace", placeName(x, only(x)));
        Extraction y = extract("Minister Ivo Bran and Mayor Lena Holm met in the governor's office on Monday.");
        assertEquals("governor's office", placeName(y, only(y)));
        Extraction z = extract("Ivo Bran received Lena Holm at the ministry of water and rural sanitation for three hours of talks.");
        assertEquals("Ministry of Water and Rural Sanitation", placeName(z, only(z)));
    }

    @Test
    void aPrivateOrPlainRoomIsNoNamedVenue() {
        Extraction x = extract("Minister Ivo Bran met Mayor Lena Holm at his office on Monday.");
        assertNull(only(x).place());
        Extraction y = extract("Minister Ivo Bran met Mayor Lena Holm at the main hall on Monday.");
        assertNull(only(y).place());
    }

    @Test
    void aVenueNamedAfterAPerson() {
        Extraction x = extract("Prime Minister Tino Faleolo said the road would be rebuilt. President Ivo Bran was welcomed at"
                + " Faleolo International Airport by Foreign Minister Lena Holm on Monday.");
        assertEquals("Faleolo International Airport", placeName(x, only(x)));
        Extraction y = extract("President Ivo Bran met Prime Minister Lena Holm at Bran's residence on Monday.");
        assertNull(only(y).place(), "a person's home named by a possessive is no named venue");
    }

    @Test
    void aMeetingWithoutPlaceIsInTheTownOfTheStorysOpeningMeeting() {
        Extraction x = extract("President Ana Duarte and her Chilean counterpart, Tomas Riva, held their annual consultation in Valdora"
                + " on Tuesday. Before the talks, Duarte met separately with Governor Ivo Bran.");
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Bran")).findFirst().orElseThrow();
        assertEquals("Valdora", placeName(x, m));
    }

    @Test
    void aMeetingWithoutPlaceIsInTheTownTheHeadlineNames() {
        Extraction x = extract("River leaders gather in Vientiane as drought bites\n\nA planned meeting between Prime Minister Sok Vanna"
                + " and Prime Minister Anan Rattana has been called off, a spokesman said.");
        assertEquals("Vientiane", placeName(x, only(x)));
    }

    @Test
    void aCallOrAJourneyIsNotInTheStorysTown() {
        Extraction x = extract("President Ana Duarte and her Chilean counterpart, Tomas Riva, held their annual consultation in Valdora"
                + " on Tuesday. On Wednesday Duarte spoke by phone with Governor Ivo Bran.");
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Bran")).findFirst().orElseThrow();
        assertNull(m.place(), "a phone call is held nowhere");
    }

    @Test
    void theMeetingToldAgainIsWhereTheSentenceBeforePutIt() {
        Extraction x = extract("The two governors agreed on Tuesday to share flood data, after a two-hour meeting at the Agency for"
                + " Rivers and Coasts. The meeting was chaired by Minister Ana Duarte and attended by Governor Ivo Bran.");
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Bran")).findFirst().orElseThrow();
        assertEquals("Agency for Rivers and Coasts", placeName(x, m));
    }

    @Test
    void aNewMeetingIsNotWhereTheSentenceBeforePutAnother() {
        Extraction x = extract("The two governors agreed on Tuesday to share flood data, after a two-hour meeting at the Agency for"
                + " Rivers and Coasts. On Friday Minister Ana Duarte met Governor Ivo Bran.");
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Bran")).findFirst().orElseThrow();
        assertNull(m.place(), "another meeting, told as new");
    }

    @Test
    void anAnswerMeetingIsWhereTheQuestionSaysTheSpeakerWas() {
        Extraction x = extract("ABIDJAN - The head of the cocoa council, Mariam Diabate Toure, spoke to us about prices.\n\n"
                + "Q: You were in Accra last week. Whom did you see?\n\n"
                + "TOURE: I met my Ghanaian counterpart, Kwame Boateng, on Thursday.");
        assertEquals("Accra", placeName(x, only(x)));
    }

    @Test
    void aMeetingAfterSomeoneWasSomewhereIsThere() {
        Extraction x = extract("NAIROBI - Trade Minister Ada Wekesa was in Kampala on Monday. She met Finance Minister Paul Okello.");
        assertEquals("Kampala", placeName(x, only(x)));
        Extraction y = extract("NAIROBI - Trade Minister Ada Wekesa will be in Kampala on Friday. She met Finance Minister Paul Okello on Monday.");
        assertTrue("NAIROBI".equalsIgnoreCase(placeName(y, only(y))), placeName(y, only(y)));
    }

    @Test
    void aMealAfterOverIsNoTopic() {
        Extraction x = extract("Coach Rob Hale and Director Tim Ward met the captain, Sam Kerr, over dinner in Dunedin on Sunday.");
        assertEquals("Dunedin", placeName(x, only(x)));
        Extraction y = extract("Foreign Minister Anna Berg held talks with Mark Olsen over the border dispute in Kashmir.");
        assertNull(only(y).place(), "a place inside the topic after \"over\" is not where they met");
    }

    @Test
    void aTitleholdersBuildingIsOneVenue() {
        Extraction x = extract("Senator Luz Ramos met Mayor Pedro Cruz at the Governor's Mansion on Monday.");
        assertEquals("Governor's Mansion", placeName(x, only(x)));
        Extraction y = extract("Premier Ana Silva spoke on Monday. Trade Minister Pedro Cruz met Silva at the Premier's Office on Tuesday.");
        Meeting m = y.meetings().stream().filter(k -> surnames(y, k).contains("Cruz")).findFirst().orElseThrow();
        assertEquals("Premier's Office", placeName(y, m));
    }

    @Test
    void aBuildingNamedAfterItsOwnersHeadquartersIsTheVenue() {
        Extraction x = extract("Mayor Anna Berg met Minister Mark Olsen at the Health Ministry's headquarters at Kelvin House on Thursday.");
        assertEquals("Kelvin House", placeName(x, only(x)));
    }

    @Test
    void aTownNamingTheTalksIsWhereTheyWereHeld() {
        Extraction x = extract("Minister Anna Berg met Minister Mark Olsen at the Geneva talks on Monday.");
        assertEquals("Geneva", placeName(x, only(x)));
        Extraction y = extract("Minister Anna Berg met Minister Mark Olsen before the Ukraine talks on Monday.");
        assertNull(only(y).place(), "talks named after a country are about it");
    }

    @Test
    void theTownOfAnEventOnWhoseSidelinesTheyMet() {
        Extraction x = extract("Kim Ode met Jon Lie on the sidelines of the Geneva forum on Monday.");
        assertEquals("Geneva", placeName(x, only(x)));
        Extraction y = extract("Kim Ode met Jon Lie on the sidelines of the African Union summit on Monday.");
        assertNull(only(y).place(), "an organisation's event names no town");
    }

    @Test
    void thereAfterTheMeetingIsThePlaceNamedBefore() {
        Extraction x = extract("Mayor Anna Berg said the mood was tense in Oslo. Last week Berg met Governor Mark Olsen there.");
        assertEquals("Oslo", placeName(x, only(x)));
        Extraction y = extract("Mayor Anna Berg was tired after Oslo. Berg met Governor Mark Olsen, and there were no agreements.");
        assertNull(only(y).place(), "the \"there\" of \"there were\" points nowhere");
    }

    @Test
    void aLivePagesHeaderGivesTheStorysTown() {
        Extraction x = extract("Summit live: leaders meet as talks drag on\n\nLive from Suva, Fiji. All times local.\n\n"
                + "12.30\n\nMinister Anna Berg met Premier Jon Lie at his official residence this morning.");
        assertEquals("Suva", placeName(x, only(x)));
        Extraction y = extract("Summit live: leaders meet as talks drag on\n\nAll times local.\n\n"
                + "12.30\n\nMinister Anna Berg met Premier Jon Lie at his official residence this morning.");
        assertNull(only(y).place(), "no header, no town");
    }

    @Test
    void aPlaceInARelativeClauseThatSetsTheMeeting() {
        Extraction x = extract("A meeting between Mayor Anna Berg and the trade minister, Tom Lie, which had been scheduled at a "
                + "business fair in Lisbon, was cancelled.");
        assertEquals("Lisbon", placeName(x, only(x)));
        Extraction y = extract("A meeting between Mayor Anna Berg and the trade minister, Tom Lie, which covered the economic "
                + "situation in Spain, ended without a deal.");
        assertNull(only(y).place(), "what the meeting covered is not where it was");
    }

    @Test
    void aMeetingBeforeTheTalksIsInTheirTownNotTheDatelines() {
        Extraction x = extract("VIENNA - Chancellor Eva Gruber held talks on Monday in Brussels with Prime Minister Tom Lie.\n\n"
                + "Before the talks, Gruber met the commissioner, Kim Ode.");
        assertEquals("Brussels", placeName(x, x.meetings().stream().filter(k -> surnames(x, k).contains("Ode")).findFirst().orElseThrow()));
        Extraction y = extract("VIENNA - Chancellor Eva Gruber held talks on Monday in Brussels with Prime Minister Tom Lie.\n\n"
                + "On Friday, Gruber met the commissioner, Kim Ode.");
        assertTrue("VIENNA".equalsIgnoreCase(placeName(y, y.meetings().stream().filter(k -> surnames(y, k).contains("Ode")).findFirst()
                .orElseThrow())), "another day, back home");
    }

    @Test
    void theMeetingAnInviteeIsToJoinIsWhereTheInvitationSays() {
        Extraction x = extract("Chancellor Eva Gruber has invited Prime Minister Tom Lie to attend a summit in Salzburg in May.");
        assertEquals("Salzburg", placeName(x, only(x)));
        Extraction y = extract("Chancellor Eva Gruber has invited Prime Minister Tom Lie to join talks on the war in Sudan.");
        assertNull(only(y).place(), "the place of a topic");
    }

    @Test
    void aGuestWhoIsInATownPutsTheMeetingThere() {
        Extraction x = extract("Minister Anna Berg received the delegation headed by Deputy Minister Tom Lie, which is in Ashgabat on a "
                + "working visit.");
        assertEquals("Ashgabat", placeName(x, only(x)));
        Extraction y = extract("Minister Anna Berg received Deputy Minister Tom Lie, who was born in Ashgabat.");
        assertNull(only(y).place(), "where the guest was born");
    }

    @Test
    void aLiveUpdatesHeaderGivesTheStorysTown() {
        Extraction x = extract("Summit live: leaders meet as talks drag on\n\nLive updates from Suva, Fiji. All times local.\n\n"
                + "12.30\n\nMinister Anna Berg met Premier Jon Lie at his official residence this morning.");
        assertEquals("Suva", placeName(x, only(x)));
    }

    @Test
    void aMeetingThenHeldIsAtTheVenueOfTheOneBefore() {
        Extraction x = extract("President Ana Silva on Monday received Governor Pedro Cruz at the Blue Pavilion for talks on roads.\n\n"
                + "The pair first held a closed-door meeting. The delegations, led by Foreign Minister Luz Ramos and her Chilean "
                + "counterpart, Ivo Bran, then met to sign three agreements.");
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Bran")).findFirst().orElseThrow();
        assertEquals("Blue Pavilion", placeName(x, m));
        Extraction y = extract("President Ana Silva on Monday received Governor Pedro Cruz at the Blue Pavilion for talks on roads.\n\n"
                + "The pair first held a closed-door meeting. On Friday, the delegations, led by Foreign Minister Luz Ramos and her "
                + "Chilean counterpart, Ivo Bran, met to sign three agreements.");
        Meeting n = y.meetings().stream().filter(k -> surnames(y, k).contains("Bran")).findFirst().orElseThrow();
        assertNull(n.place(), "another day, another occasion");
    }

    @Test
    void aGuestFlyingHomeStillMeetsInTheStorysTown() {
        Extraction x = extract("LIMA - Trade Minister Ana Silva met her Chilean counterpart, Ivo Bran, on Monday.\n\n"
                + "Prime Minister Luz Ramos is expected to receive Bran on Friday before he flies home, an aide said.");
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Ramos")).findFirst().orElseThrow();
        assertTrue("LIMA".equalsIgnoreCase(placeName(x, m)), placeName(x, m));
        Extraction y = extract("LIMA - Trade Minister Ana Silva met her Chilean counterpart, Ivo Bran, on Monday.\n\n"
                + "Prime Minister Luz Ramos will fly to meet Bran on Friday, an aide said.");
        Meeting n = y.meetings().stream().filter(k -> surnames(y, k).contains("Ramos")).findFirst().orElseThrow();
        assertNull(n.place(), "a journey elsewhere");
    }

    @Test
    void aMinistryNamedWithAListOfPortfolios() {
        Extraction x = extract("Union leader Karl Berg met Minister Lena Holm at the Ministry of Labour, Housing and Social Welfare on Friday.");
        assertEquals("Ministry of Labour, Housing and Social Welfare", placeName(x, only(x)));
        Extraction y = extract("Karl Berg held talks with Lena Holm at the Ministry of Sea Affairs and Island Policy on Monday.");
        assertEquals("Ministry of Sea Affairs and Island Policy", placeName(y, only(y)));
        Extraction z = extract("Karl Berg met Lena Holm at the main office of the Ministry of Water, Energy and Mines on Monday.");
        assertEquals("Ministry of Water, Energy and Mines", placeName(z, only(z)));
        Extraction w = extract("Karl Berg met Lena Holm at the Ministry of Finance, Deputy Minister Ivo Bran told reporters on Monday.");
        assertEquals("Ministry of Finance", placeName(w, w.meetings().get(0)), "a comma before a title ends the name");
    }

    @Test
    void aMeetingToldAsKnownIsAtTheBuildingTheSentenceBeforeNames() {
        Extraction x = extract("""
                The party leader, Olga Marek, gathered the heads of the regional branches at the Kolowrat Palace on Monday.

                Deputy leaders Jan Dvorak and Eva Horakova attended the three-hour meeting, as did treasurer Petr Novak.
                """);
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Dvorak")).findFirst().orElseThrow();
        assertEquals("Kolowrat Palace", placeName(x, m));
        Extraction y = extract("""
                Chancellor Lena Vogt hosted the leaders of the coalition parties at the Chancellery on Tuesday night.

                The talks, which lasted until dawn, were attended by Finance Minister Karl Brandt and Economy Minister Ute Lang.
                """);
        Meeting n = y.meetings().stream().filter(k -> surnames(y, k).contains("Brandt")).findFirst().orElseThrow();
        assertEquals("Chancellery", placeName(y, n));
        Extraction z = extract("""
                The party leader, Olga Marek, spent the weekend in Brno.

                Deputy leaders Jan Dvorak and Eva Horakova attended the three-hour meeting on Monday.
                """);
        Meeting o = z.meetings().stream().filter(k -> surnames(z, k).contains("Dvorak")).findFirst().orElseThrow();
        assertNull(o.place(), "a town someone was in is no building of the meeting");
    }
    @Test
    void aBuildingNamedAfterAFloorOrRoomOfIt() {
        Extraction x = extract("Commissioner Anna Berg met Mark Olsen in her office on the ninth floor of the Charlemagne building for an hour.");
        assertEquals("Charlemagne building", placeName(x, only(x)));
        Extraction y = extract("Bishop Karl Lenz received Mayor Eva Horak in the parlour of Strahov Monastery on Sunday.");
        assertEquals("Strahov Monastery", placeName(y, only(y)));
        Extraction z = extract("Anna Berg held talks with Mark Olsen on the fifth floor of the report.");
        assertNull(only(z).place(), "a floor of no building with a name is no place");
    }

    @Test
    void aStreetAddressAfterAnUnnamedOffice() {
        Extraction x = extract("Premier Lena Holt met union secretary Karen Doyle at her office at 55 Collins Street late on Tuesday.");
        assertEquals("55 Collins Street", placeName(x, only(x)));
        Extraction y = extract("Anna Berg met Mark Olsen at 10 o'clock on Tuesday.");
        assertNull(only(y).place(), "an hour is no address");
    }

    @Test
    void aStreetSetOffByCommasAfterAVenueAndItsTown() {
        Extraction x = extract("The minister, Paula Reis, met on Monday with Mayor Rui Costa at the ministry's headquarters, on the Avenida"
                + " Central, in Lisbon, to discuss the floods.");
        assertEquals("Avenida Central", placeName(x, only(x)));
        assertEquals("Lisbon", x.entity(only(x).city()).orElseThrow().name());
        Extraction y = extract("Paula Reis met Mayor Rui Costa at the ministry's headquarters, on the budget for the floods in Porto.");
        assertNull(only(y).place(), "a topic after the comma is no street");
    }

    @Test
    void theResidenceOfATitleholderIsNotTheBodyTheTitleNames() {
        Extraction x = extract("The talks came after a meeting with President Ivo Horvat and Prime Minister Ana Kos at the residence of the"
                + " EU special envoy in the old town in Zagreb on Friday.");
        assertEquals("Zagreb", placeName(x, x.meetings().get(0)));
        Extraction y = extract("Ivo Horvat met Ana Kos at the offices of the World Bank in Zagreb on Friday.");
        assertEquals("World Bank", placeName(y, only(y)));
    }
    @Test
    void aVisitWithDuringWhichIsWhereTheMeetingWas() {
        Extraction x = extract("A planned visit to Bergen on Friday, during which Mark Olsen was to meet Mayor Anna Berg, has been called off.");
        assertEquals("Bergen", placeName(x, only(x)));
        Extraction y = extract("Mark Olsen will attend the summit in Lima, at which he is expected to meet President Carlos Ruiz.");
        assertEquals("Lima", placeName(y, only(y)));
    }

    @Test
    void whereAfterABodyThatSitsPointsToTheTownOfTheJourney() {
        Extraction x = extract("Anna Lindqvist will travel to Oslo on Monday to co-chair the EU-Norway Cooperation Council, where she is set"
                + " to meet Foreign Minister Erik Dahl.");
        assertEquals("Oslo", placeName(x, only(x)));
        Extraction y = extract("Anna Lindqvist flew to Oslo on Monday, where she met Foreign Minister Erik Dahl.");
        assertEquals("Oslo", placeName(y, only(y)));
    }

    @Test
    void theSourceOfAClosingCreditIsNotWhereTheyMet() {
        Extraction x = extract("Mark Olsen is due to meet Governor Anna Berg on Thursday, the Embassy of Norway in Lagos said.");
        assertNull(only(x).place(), "the embassy's town is the source's, not the meeting's");
        Extraction y = extract("Mark Olsen is due to meet Governor Anna Berg in Lagos on Thursday, the embassy said.");
        assertEquals("Lagos", placeName(y, only(y)));
    }
    @Test
    void aStoryWithoutDatelineHappensWhereItsOpeningPutsItsPeople() {
        Extraction x = extract("""
                Weekly briefing by the spokesperson

                Foreign Minister Karl Berg is in Geneva for the human rights council session.

                Yesterday he met Chile's foreign minister, Ana Rojas.
                """);
        assertEquals("Geneva", placeName(x, x.meetings().get(0)));
        Extraction y = extract("""
                Fisheries ministers held a first exchange of views in Luxembourg on next year's quotas.

                On the margins of the Council, Minister Karl Berg held a bilateral meeting with Commissioner Ana Rojas.
                """);
        Meeting m = y.meetings().stream().filter(k -> surnames(y, k).contains("Rojas")).findFirst().orElseThrow();
        assertEquals("Luxembourg", placeName(y, m));
    }

    @Test
    void theOpeningsTownIsNotGivenToARequestOrToAPurposesPlace() {
        Extraction x = extract("""
                Karl Berg met union leaders in Tampere on Monday.

                The union's chair, Ana Rojas, has asked for a meeting with Prime Minister Leo Salo.
                """);
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Salo")).findFirst().orElseThrow();
        assertNull(m.place(), "a request to meet someone elsewhere");
        Extraction y = extract("""
                Karl Berg met Energy Minister Ana Rojas on Monday to seek approval for a plant in Oulu.

                He also held talks with Leo Salo, the grid operator's chief.
                """);
        Meeting n = y.meetings().stream().filter(k -> surnames(y, k).contains("Salo")).findFirst().orElseThrow();
        assertNull(n.place(), "the plant's town is the purpose's");
    }

    @Test
    void howLongTheyMetIsNoTopicBeforeTheVenue() {
        Extraction x = extract("Governor Ana Lopez and Mayor Juan Perez met for over an hour at the Palacio Municipal on Friday.");
        assertEquals("Palacio Municipal", placeName(x, only(x)));
        Extraction y = extract("Anna Berg talked with Mark Olsen for about 90 minutes in Tromso.");
        assertEquals("Tromso", placeName(y, only(y)));
        Extraction z = extract("Anna Berg held talks with Mark Olsen about the port in Tromso.");
        assertNull(only(z).place(), "a topic still ends the search");
    }

    @Test
    void aGuestsVisitIsNoTopicBeforeTheVenue() {
        Extraction x = extract("Prime Minister Leo Salo received Karl Berg, who is in Finland on a working visit, at the Government Palace.");
        assertEquals("Government Palace", placeName(x, only(x)).replaceAll(",.*", ""));
        Extraction y = extract("Anna Berg held talks with Mark Olsen on a plan for the port in Tromso.");
        assertNull(only(y).place(), "a plan is a topic, not a visit");
    }

    @Test
    void aTownAfterItsKindWithoutOf() {
        Extraction x = extract("Foreign Minister Anna Berg received her counterpart Mark Olsen in the capital Oslo on Monday.");
        assertEquals("Oslo", placeName(x, only(x)));
        Extraction y = extract("Foreign Minister Anna Berg received Mark Olsen in the Norwegian capital, Oslo, on Monday.");
        assertEquals("Oslo", placeName(y, only(y)));
        Extraction z = extract("Governor Ana Lopez met Mayor Juan Perez in the northern port city of Agodi yesterday.");
        assertEquals("Agodi", placeName(z, only(z)));
    }

    @Test
    void aGuestWhoArrivedInATown() {
        Extraction x = extract("Foreign Minister Anna Berg held talks with Deputy Minister Mark Olsen, who arrived in Oslo on his first visit.");
        assertEquals("Oslo", placeName(x, only(x)));
        Extraction y = extract("Foreign Minister Anna Berg held talks with Deputy Minister Mark Olsen, who was born in Oslo.");
        assertNull(only(y).place(), "a birthplace is not where they met");
    }

    @Test
    void aBuildingNamedAfterTheTopic() {
        Extraction x = extract("Prime Minister Leo Salo held talks with Karl Berg on trade at Government House.");
        assertEquals("Government House", placeName(x, only(x)).replaceAll(",.*", ""));
        Extraction y = extract("Anna Berg met Mark Olsen on the fisheries budget on the fifth floor of the Nordic Council building.");
        assertTrue(placeName(y, only(y)).contains("Nordic Council"), placeName(y, only(y)));
        Extraction z = extract("Anna Berg held talks with Mark Olsen on the fighting at Kherson.");
        assertNull(only(z).place(), "a town after the topic is the topic's");
    }

    @Test
    void onTheSidelinesOfAGatheringTheSentenceBeforePutsInATown() {
        Extraction x = extract("""
                Foreign Minister Anna Berg will attend the annual session of the Nordic Council, to be held in Oslo on Thursday.
                On the sidelines of the session, Berg is expected to meet Danish Foreign Minister Mark Olsen.
                """);
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Olsen")).findFirst().orElseThrow();
        assertEquals("Oslo", placeName(x, m));
        Extraction y = extract("""
                Foreign Minister Anna Berg spoke about the war in Ukraine on Thursday.
                On the sidelines of the session, Berg is expected to meet Danish Foreign Minister Mark Olsen.
                """);
        Meeting n = y.meetings().stream().filter(k -> surnames(y, k).contains("Olsen")).findFirst().orElseThrow();
        assertNull(n.place(), "the sentence before names no session");
    }

    @Test
    void aCountryEndingTheNameOfABodyIsNotWhereTheyMet() {
        Extraction x = extract("""
                OTTAWA - Trade Minister Claire Dubois on Monday received a delegation of the Canadian Chamber of Commerce in Japan led by its chair Kenji Sato.
                """);
        Meeting m = only(x);
        assertTrue(m.place() == null || !placeName(x, m).equals("Japan"), "the chamber's country: " + m.place());
        Extraction y = extract("""
                President Ana Ilie received leaders of the Union of Poles in Lithuania, headed by Marek Nowak, at the Cotroceni Palace.
                """);
        assertEquals("Cotroceni Palace", placeName(y, only(y)));
        Extraction z = extract("Trade Minister Claire Dubois met Foreign Minister Kenji Sato in Japan on Monday.");
        assertEquals("Japan", placeName(z, only(z)), "after a person, a country is where they met");
    }

    @Test
    void aPlaceInAPersonsTitleIsNotWhereTheyMet() {
        Extraction x = extract("Foreign Minister Leyla Aliyeva met with the EU Special Representative for the South Caucasus and the crisis"
                + " in Moldova Klaus Berger in Kyiv today.");
        assertEquals("Kyiv", placeName(x, only(x)));
        Extraction y = extract("Foreign Minister Leyla Aliyeva met with EU envoy Klaus Berger in Moldova today.");
        assertEquals("Moldova", placeName(y, only(y)));
        Extraction z = extract("As a young envoy in Vienna he held talks with the Austrian chancellor, Karl Huber, and Foreign Minister Lena Graf.");
        assertEquals("Vienna", placeName(z, only(z)), "a pronoun after the place is no name of a title");
    }

    @Test
    void aMeetingYetToComeIsWhereTheJourneyToldBeforeItGoes() {
        Extraction x = extract("""
                Trade Minister Paula Reyes is due to fly to Nairobi next Monday. She will meet Kenyan Treasury Secretary John Mbugua.
                """);
        assertEquals("Nairobi", placeName(x, only(x)));
        Extraction y = extract("""
                Prime Minister Oscar Lind leaves for Lisbon tomorrow for the summit. He will meet Portuguese Prime Minister Rui Costa
                on Friday.
                """);
        assertEquals("Lisbon", placeName(y, only(y)));
        Extraction z = extract("""
                Trade Minister Paula Reyes flew to Nairobi last Monday. She will meet Kenyan Treasury Secretary John Mbugua next month.
                """);
        assertNull(only(z).place(), "a journey done is not the one ahead");
    }

    @Test
    void aBuildingNamedWithOfTheKeepsItsWholeName() {
        Extraction x = extract("Premier Li Wen met Kenyan President Daniel Kamau at the Great Hall of the Nation in Nairobi on Monday.");
        assertEquals("Great Hall of the Nation", placeName(x, only(x)));
        Extraction y = extract("Premier Li Wen met Kenyan President Daniel Kamau at the Great Hall of the nation's capital on Monday.");
        assertEquals("Great Hall", placeName(y, only(y)), "a lower-case word after 'of the' is no part of the name");
    }

    @Test
    void aMeetingThatBeganAtAVenueWasHeldThere() {
        Extraction x = extract("The meeting, which began at 6pm on Monday at the State Lodge, was attended by Governor Ana Mwale and"
                + " union leader Joseph Banda.");
        assertEquals("State Lodge", placeName(x, only(x)));
    }

    @Test
    void theMinistryOfTheMinisterCalledOn() {
        Extraction x = extract("Prime Minister Tshering Dorji received a delegation from India's Ministry of External Affairs, led by "
                + "Foreign Secretary Anil Kapoor, yesterday. The delegation had called on Foreign Minister Karma Wangdi at the "
                + "ministry on Monday.");
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Wangdi")).findFirst().orElseThrow();
        assertEquals("Foreign Ministry", placeName(x, m));
    }

    @Test
    void aUnionOrFederalMinisterNamesNoMinistry() {
        Extraction x = extract("Union Minister Kyaw Min received Ambassador Somchai Wong at the ministry on Monday.");
        assertTrue(placeName(x, only(x)) == null || !placeName(x, only(x)).contains("Union"), placeName(x, only(x)));
    }
}
