package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host's guest given as a long title before the name ("received the Vice-President of Ghana, X"), and a side
 * named by a description of the office that holds none of its role words ("the top diplomat").
 */
class TitledObjectMeetingTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void aLowerCaseRoleJoinedByAndToACapitalisedTitle() {
        Extraction x = extract("President Elena Marsh received party leader and Chancellor Viktor Haller at the palace on Monday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Marsh", "Haller"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aPronounHostReceivesAGuestWithTwoJoinedTitles() {
        Extraction x = extract("President Elena Marsh opened her round of consultations on Monday.\n\n"
                + "In the morning she received Green leader and Vice-Chancellor Viktor Haller in her office.\n");
        assertTrue(x.meetings().stream().anyMatch(m -> surnames(x, m).equals(Set.of("Marsh", "Haller"))), x.meetings().toString());
    }

    @Test
    void aRoleJoinedToAThingReceivedIsNoGuest() {
        Extraction x = extract("President Elena Marsh received union demands and Minister Viktor Haller's letter on Monday.\n");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void aHyphenatedTitleBeforeTheGuestsName() {
        Extraction x = extract("Interior Minister Samira Tlili received the Vice-President of Malawi, Chikondi Banda, at her office.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Tlili", "Banda"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aSecretaryGeneralOfABodyBeforeTheGuestsName() {
        Extraction x = extract("President Rui Cardoso hosted the Secretary-General of the Commonwealth, Edwina Lomu, in Praia on Monday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Cardoso", "Lomu"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aRoleOwnersPossessiveBeforeTheTitle() {
        Extraction x = extract("Trade Minister Pavel Doubek received the UN chief's Special Adviser on Africa, Kofi Mensah-Boateng, on Tuesday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Doubek", "Mensah-Boateng"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aDayAfterATitleIsNoPartOfIt() {
        Extraction x = extract("Trade Minister Pavel Doubek received the Lions Club on Monday, Kofi Mensah-Boateng said.\n");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void aPossessiveThatOwnsNoTitleMakesNoGuest() {
        Extraction x = extract("Trade Minister Pavel Doubek received the ministry's report on Tuesday. Kofi Mensah-Boateng was not available.\n");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void aHyphenBetweenWordsOfNoTitleIsNoLink() {
        Extraction x = extract("Governor Lydia Mwale received a long-awaited report on Friday, Peter Zulu said.\n");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void theTopDiplomatIsTheForeignMinister() {
        Extraction x = extract("""
                Foreign Minister Halima Yusuf arrived in Accra on Sunday.

                On Monday the top diplomat met the speaker of parliament, Kwesi Boadu, at Job 600.
                """);
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Yusuf", "Boadu"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void theHeadOfGovernmentIsThePrimeMinister() {
        Extraction x = extract("""
                Prime Minister Tomas Varga flew to Vienna on Thursday with Finance Minister Eva Horak.

                The head of government held talks with Chancellor Lukas Brenner at the Federal Chancellery.
                """);
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Brenner")).findFirst().orElseThrow();
        assertEquals(Set.of("Varga", "Brenner"), surnames(x, m));
    }

    @Test
    void theTopDiplomatWithNoForeignMinisterNamedIsNoOne() {
        Extraction x = extract("""
                Prime Minister Tomas Varga flew to Vienna on Thursday.

                The top diplomat met Chancellor Lukas Brenner at the Federal Chancellery.
                """);
        assertTrue(x.meetings().stream().noneMatch(m -> surnames(x, m).contains("Varga")), x.meetings().toString());
    }

    @Test
    void aCountrysPortfolioBeforeTheNameIsNoOneNamedLater() {
        Extraction x = extract("""
                Foreign Minister Halima Yusuf arrived in Oslo on Monday.

                On Tuesday she spoke by phone with Sweden's Minister for Foreign Trade and Aid, Ingrid Holm.

                Prime Minister Tomas Varga met the Mayor of Bergen, Ola Strand, on Friday.
                """);
        Meeting m = x.meetings().stream().filter(k -> surnames(x, k).contains("Holm")).findFirst().orElseThrow();
        assertEquals(Set.of("Yusuf", "Holm"), surnames(x, m));
    }

    @Test
    void aCountrysRoleWithNoNameAfterItStillFindsItsHolder() {
        Extraction x = extract("""
                Chancellor Lukas Brenner of Austria arrived in Prague on Monday.

                Prime Minister Tomas Varga received Austria's chancellor at the Straka Academy on Tuesday.
                """);
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Varga", "Brenner"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aCompanysTitleInAppositionBeforeTheGuestsName() {
        Extraction x = extract("Energy Minister Rosa Quintana received the mining company's country director, Henrik Aasland, at her office on Tuesday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Quintana", "Aasland"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aNewlyAccreditedAmbassadorRightBeforeTheName() {
        Extraction x = extract("Foreign Minister Tomas Varga received newly accredited Ambassador of the Republic of Peru Lucía Ferrer Ballón on Monday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Varga", "Ballón"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aLongTitleWithAnAcronymAndATitleBeforeTheName() {
        Extraction x = extract("President Amina Duale received the head of the UN Assistance Mission in Libya (UNSMIL), Ambassador Peter Okonjo, at the palace.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Duale", "Okonjo"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void aThingReceivedBeforeASpeakersNameMakesNoGuest() {
        Extraction x = extract("Energy Minister Rosa Quintana received the award for Minister of the Year, Henrik Aasland said.\n");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void aTitleOwnersLetterMakesNoGuest() {
        Extraction x = extract("Energy Minister Rosa Quintana received the ambassador's letter of protest, Henrik Aasland told reporters.\n");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
    }

    @Test
    void aDesignatedTitleSplitAtItsHyphenBeforeTheName() {
        Extraction x = extract("President Irena Kowal hosted Prime Minister-designate Jonas Petraitis for a working lunch on Wednesday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Kowal", "Petraitis"), surnames(x, x.meetings().get(0)));
    }

    @Test
    void twoSidesWhoSpokeByVideoconference() {
        Extraction x = extract("Trade Minister Pavel Doubek and his Slovak counterpart, Marek Hudak, spoke by videoconference on Saturday.\n");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("Doubek", "Hudak"), surnames(x, x.meetings().get(0)));
    }
}
