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
 * "the company's country manager, Y", "the Ambassador of Chile to the European Union Z".
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
}
