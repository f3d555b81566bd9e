package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.only;
import static org.newsgraph.extract.MeetingFinderTest.placeName;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The town a story is filed from, as the top of a story gives it (datelines in capitals, with an agency, below a menu or
 * a byline), and where that town places a meeting at a venue the story names without its town.
 */
class DatelineTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    /** The meeting's town: its venue's town, else its place. */
    private static String town(Extraction x, Meeting m) {
        return m.city() != null ? x.entity(m.city()).orElseThrow().name() : placeName(x, m);
    }

    @Test
    void aVenueWithoutItsTownIsInTheDatelineTown() {
        Extraction x = extract("""
                ANKARA – Foreign Minister Selin Aydemir received her Dutch counterpart, Joost Verhoeven, at the Foreign Ministry on Monday.
                """);
        Meeting m = only(x);
        assertEquals("Foreign Ministry", placeName(x, m));
        assertEquals("Ankara", town(x, m).substring(0, 1) + town(x, m).substring(1).toLowerCase());
        Extraction y = extract("""
                LUSAKA, May 4 (Newswire) - Trade Minister Chanda Mwale held talks with Kenyan envoy Peter Otieno at the Ministry of
                Commerce and Trade on Tuesday.
                """);
        assertEquals("LUSAKA", town(y, only(y)).toUpperCase());
    }

    @Test
    void aTownInCapitalsTheNameFinderMissesStillDatesTheStory() {
        Extraction x = extract("""
                Dock strike: talks break down

                By MARTHA OKELLO

                MOMBASA. Port workers' leaders walked out of talks with Transport Secretary Jane Wairimu yesterday.

                The meeting, at the ministry's regional office on Moi Avenue, lasted three hours. The workers were led by Mr Daniel Kiprop.

                Later, Ms Wairimu met Governor Hassan Omar Juma at the ministry.
                """);
        Meeting later = x.meetings().stream().filter(m -> surnames(x, m).contains("Juma")).findFirst().orElseThrow();
        assertEquals("MOMBASA", town(x, later).toUpperCase());
    }

    @Test
    void aTownAndTheDayAloneOnALineDateTheStory() {
        Extraction x = extract("""
                Leaders head into a second day of talks

                Vienna, Tuesday 14 October. All times CET.

                Chancellor Elsa Brandner met Prime Minister Tomas Varga on the margins of the summit.
                """);
        assertEquals("Vienna", placeName(x, only(x)));
        Extraction y = extract("""
                Leaders head into a second day of talks

                Vienna, Tuesday 14 October, saw large protests against the summit.

                Chancellor Elsa Brandner met Prime Minister Tomas Varga on the margins of the summit.
                """);
        assertNull(only(y).place());
    }

    @Test
    void aDatelineWithTheAgencyInBrackets() {
        Extraction x = extract("Lisbon (Lusa) – Prime Minister Rui Antunes received President Amara Diallo at the Palace of Belém on Friday.");
        Meeting m = only(x);
        assertEquals("Lisbon", town(x, m));
    }

    @Test
    void aDatelineBelowAMenuAndATimestamp() {
        Extraction x = extract("""
                Home | News | Politics | World

                Minister meets envoy

                Staff writer | 3 Mar 2026, 10:15

                AMMAN – Deputy Prime Minister Khaled Nasser met Ambassador Ingrid Solberg at the Prime Ministry on Sunday.
                """);
        assertEquals("AMMAN", town(x, only(x)).toUpperCase());
    }

    @Test
    void aBylineThatNamesTheTown() {
        Extraction x = extract("""
                Governors press for water deal

                By Lucia Ferrer Soto | Guadalajara | June 3, 2026

                Governor Ramon Ibarra met Interior Secretary Paula Quintana at the State Palace on Tuesday.
                """);
        assertEquals("Guadalajara", town(x, only(x)));
        Extraction y = extract("""
                Cholera response stepped up

                Staff Correspondent, Khulna

                Health Adviser Rokeya Begum on Monday met Deputy Commissioner Abdul Karim at his office.
                """);
        assertEquals("Khulna", town(y, only(y)));
    }

    @Test
    void speakersLabelsAndCountryHeadingsAreNoDatelines() {
        Extraction x = extract("""
                MORALES: Good morning. I met the mayor, Carlos Ibanez, at the town hall with Governor Rosa Quispe.
                """);
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Quispe")).findFirst().orElseThrow();
        assertEquals(null, m.city(), "a speaker's label in capitals is no town: " + town(x, m));
        Extraction y = extract("""
                Austria: Coalition partners fail to agree on pensions

                Chancellor Martin Huber met Finance Minister Eva Lindner at the Chancellery on Wednesday evening.
                """);
        assertNull(only(y).city(), "a country heading a headline is no dateline");
    }

    @Test
    void theHostOfTheDaysFirstMeetingReceivesTheNextVisitorAtTheSameVenue() {
        Extraction x = extract("""
                ACCRA – President Kojo Mensah held talks with opposition leader Ama Boateng at Jubilee House on Tuesday.

                Later, trade union chief Kwame Asare met the president.
                """);
        Meeting later = x.meetings().stream().filter(m -> surnames(x, m).equals(Set.of("Mensah", "Asare"))).findFirst().orElseThrow();
        assertEquals("Jubilee House", placeName(x, later));
        Extraction y = extract("""
                ACCRA – President Kojo Mensah held talks with Prime Minister Lars Berg at Jubilee House on Tuesday.

                Later, Berg was received by Speaker Alban Bagbin.
                """);
        Meeting guest = y.meetings().stream().filter(m -> surnames(y, m).equals(Set.of("Berg", "Bagbin"))).findFirst().orElseThrow();
        assertEquals("ACCRA", town(y, guest).toUpperCase(), "the guest goes on to a new host: the town only");
    }

    @Test
    void aTownBeforeAnAgencyInSlashes() {
        Extraction x = extract("""
                Nairobi /KNA/ Trade Minister Chanda Mwale held talks with Zambian envoy Peter Otieno at the Ministry of Trade.
                """);
        assertEquals("Nairobi", town(x, only(x)));
        Extraction y = extract("""
                Nairobi and/or Mombasa will host Trade Minister Chanda Mwale, who met Zambian envoy Peter Otieno at the Ministry of Trade.
                """);
        assertNull(only(y).city(), "a slash that sets off no agency");
    }

    @Test
    void aHeadlineOpeningWithAnAbbreviatedTitleIsNoDateline() {
        Extraction x = extract("""
                MP, Mayor trade barbs over market relocation

                Transport Minister Grace Otieno met Mayor Peter Wanjala at the Town Hall on Monday.
                """);
        assertNull(only(x).city(), "\"MP,\" opening a headline is no town: " + town(x, only(x)));
        Extraction y = extract("""
                NAKURU, March 3 - Transport Minister Grace Otieno met Mayor Peter Wanjala at the Town Hall on Monday.
                """);
        assertEquals("NAKURU", town(y, only(y)).toUpperCase());
    }

    @Test
    void aTownOnALineOfItsOwnBelowTheByline() {
        Extraction x = extract("""
                Ministers agree on fisheries levy

                By TERESA LAUINA

                APIA

                FISHERIES Minister Hon. Tavita Soliai yesterday met Tuna Association president Luisa Fonoti at his office.
                """);
        assertEquals("APIA", town(x, only(x)).toUpperCase());
        Extraction y = extract("""
                Ministers agree on fisheries levy

                Teresa Lauina

                ECONOMY

                FISHERIES Minister Hon. Tavita Soliai yesterday met Tuna Association president Luisa Fonoti at his office.
                """);
        assertNull(only(y).place(), "a section's name in capitals below a writer's name is no town");
    }

    @Test
    void aTownInTitleCaseUnderTheBylineAndADateLineInCapitals() {
        Extraction x = extract("""
                NATIONAL
                Minister, mayor agree on market plan
                By JOHN BANDA
                Ndola
                FRIDAY, APRIL 17, 2026

                Minister Peter Mwale Chanda yesterday met Mayor Grace Tembo Lungu at the Civic Centre.
                """);
        assertEquals("Ndola", town(x, only(x)));
        Extraction y = extract("""
                Minister, mayor agree on market plan
                By JOHN BANDA
                FRIDAY, APRIL 17, 2026

                Minister Peter Mwale Chanda yesterday met Mayor Grace Tembo Lungu at the Civic Centre.
                """);
        assertEquals("Civic Centre", town(y, only(y)), "a weekday in capitals is no town");
        Extraction z = extract("""
                Ndola

                Minister, mayor agree on market plan

                Minister Peter Mwale Chanda yesterday met Mayor Grace Tembo Lungu at the Civic Centre.
                """);
        assertEquals("Civic Centre", town(z, only(z)), "a name alone above the story and no byline may be the page's section");
    }

    @Test
    void aKnownTownAndAFullStopOpenTheStory() {
        Extraction x = extract("""
                Unions walk out of wage talks

                By Miriam Achieng

                Nairobi. Labour Secretary Paul Mwangi yesterday met union leader Joyce Atieno at his office.
                """);
        assertEquals("Nairobi", town(x, only(x)));
    }

    @Test
    void aTownAndTheDaySetOffByADashBelowThePageFurniture() {
        Extraction x = extract("""
                Coalition partners fail to agree

                Leaders meet again as the deadline nears.

                Sunita Rai
                Published at : May 2, 2026
                Updated at : May 2, 2026 08:10

                The Prime Minister at his office. Post File Photo

                Pokhara, May 2 — Chief Minister Hari Gurung held talks with Mayor Dhan Thapa at the ministry on Friday night.
                """);
        assertEquals("Pokhara", town(x, only(x)));
    }

    @Test
    void aCallPaidInPersonIsInTheDatelineTownButATelephoneCallIsNot() {
        Extraction x = extract("""
                SUVA - The new Japanese Ambassador, Kenji Morita, is scheduled to call on Prime Minister Viliame Naupoto next Tuesday.
                """);
        assertEquals("SUVA", town(x, only(x)).toUpperCase(), "a call on someone is a visit");
        Extraction y = extract("""
                SUVA - Prime Minister Viliame Naupoto yesterday received a courtesy call from the new Japanese Ambassador, Kenji Morita.
                """);
        assertEquals("SUVA", town(y, only(y)).toUpperCase());
        Extraction z = extract("""
                SUVA - Prime Minister Viliame Naupoto held a call on Monday with Japanese Prime Minister Kenji Morita.
                """);
        assertNull(only(z).place(), "a call on a day is a telephone call");
        Extraction w = extract("""
                SUVA - Prime Minister Viliame Naupoto spoke by phone with Japanese Prime Minister Kenji Morita on Monday.
                """);
        assertNull(only(w).place());
    }

    @Test
    void aTownWithAFullStopBelowAByline() {
        Extraction x = extract("""
                Minister and opposition hold first talks

                Thursday March 19 2026

                By Juma Mrisho

                Dar es Salaam. Minister Neema Kileo yesterday met opposition leader Peter Mushi at her office.
                """);
        assertEquals("Dar es Salaam", town(x, only(x)));
    }

    @Test
    void aTownWithTheAgencyGluedToTheDash() {
        Extraction x = extract("""
                Minister receives trade delegation

                Politics
                2026-10-14 14:10

                Basra-INA

                Governor Ali Hassan al-Rawi received in his office today trade envoy Kemal Aydin.
                """);
        assertEquals("Basra", town(x, only(x)));
    }

    @Test
    void aWritersNameAndTownOnALineOfTheirOwn() {
        Extraction x = extract("""
                Minister receives delegation

                Dechen Lhamo, Thimphu

                Wed, 11 Mar 2026

                Prime Minister Tshering Dorji received Foreign Secretary Anil Kapoor at the Foreign Ministry yesterday.
                """);
        assertEquals("Thimphu", town(x, only(x)));
        Extraction y = extract("""
                Minister receives delegation

                Dechen Lhamo, Economist

                Wed, 11 Mar 2026

                Prime Minister Tshering Dorji received Foreign Secretary Anil Kapoor at the Foreign Ministry yesterday.
                """);
        assertEquals("Foreign Ministry", town(y, only(y)), "a writer's title is no town");
    }

    @Test
    void theCountryAnEnvoyIsPostedToIsNoJourney() {
        Extraction x = extract("NAY PYI TAW, 24 Feb - Foreign Minister U Kyaw Min received Ambassador of the Kingdom of Thailand to "
                + "Myanmar Mr Somchai Wong at the Foreign Ministry on 23 February.");
        assertEquals("Nay Pyi Taw", town(x, only(x)));
        Extraction y = extract("NAY PYI TAW, 24 Feb - Foreign Minister U Kyaw Min will travel to Bangkok, where he will meet Thai "
                + "counterpart Somchai Wong at the Foreign Ministry.");
        assertEquals("Bangkok", town(y, only(y)));
    }
}
