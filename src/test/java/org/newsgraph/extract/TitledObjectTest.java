package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.MeetingFinderTest.extract;
import static org.newsgraph.extract.MeetingFinderTest.only;
import static org.newsgraph.extract.MeetingFinderTest.surnames;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People received under a long title before their name: "the Commission's chief negotiator for Switzerland, X",
 * "the company's country manager, Y", "the Ambassador of Chile to the European Union Z"; and a subject kept past an
 * aside ("He did, however, meet X").
 */
class TitledObjectTest {
    @BeforeAll
    static void models() {
        MeetingFinderTest.models();
    }

    @Test
    void aRoleForAPlaceBeforeTheNameInApposition() {
        Extraction x = extract("Federal President Beat Keller and Foreign Minister Anna Rochat received the European Commission's "
                + "chief negotiator for Switzerland, Elodie Vanden, at the Bernerhof in Bern on Thursday.");
        assertEquals(Set.of("Keller", "Rochat", "Vanden"), surnames(x, only(x)));
    }

    @Test
    void aCompanysTitleHolder() {
        Extraction x = extract("On Wednesday, the Minister of Energy and Mines, Julian Benitez, received the company's country "
                + "manager, Geoffrey Lamont, at the ministry's offices in Quito.");
        assertEquals(Set.of("Benitez", "Lamont"), surnames(x, only(x)));
    }

    @Test
    void anEnvoyOfOneCountryToAnother() {
        Extraction x = extract("Foreign Minister Arsen Hovak today received the Ambassador of Chile to the European Union Rodrigo "
                + "Valdes.");
        assertEquals(Set.of("Hovak", "Valdes"), surnames(x, only(x)));
    }

    @Test
    void aCompanysPlansAreNoPerson() {
        Extraction x = extract("On Wednesday, Energy Minister Julian Benitez received the company's plans for the mine from "
                + "its lawyers, the ministry said.");
        assertTrue(x.meetings().isEmpty(), () -> x.meetings().toString());
    }

    @Test
    void howeverBetweenCommasBeforeTheVerbKeepsTheSubject() {
        Extraction x = extract("Resort owner Mohamed Ilham was not invited to the talks. He did, however, meet with Tourism Minister "
                + "Ahmed Rasheed at the ministry on Monday.");
        assertEquals(Set.of("Ilham", "Rasheed"), surnames(x, only(x)));
        Extraction apart = extract("Resort owner Mohamed Ilham was not invited to the talks; however, Tourism Minister Ahmed "
                + "Rasheed met with hoteliers on Monday.");
        assertTrue(apart.meetings().stream().noneMatch(m -> surnames(apart, m).contains("Ilham")), () -> apart.meetings().toString());
    }
}
