package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Short names of an organisation named in full elsewhere: bracketed acronyms and leading parts. */
class OrgAliasesTest {

    @Test
    void initialsWithOrWithoutSmallWords() {
        assertTrue(OrgAliases.initialsMatch("Bureau of Customs", "BOC"));
        assertTrue(OrgAliases.initialsMatch("Federal Board of Revenue", "FBR"));
        assertFalse(OrgAliases.initialsMatch("Federal Board of Revenue", "IMF"));
        assertFalse(OrgAliases.initialsMatch("Bureau of Customs", "Boc"));
    }

    @Test
    void leadingPartOfANameEndingInAnOrganisationWord() {
        assertTrue(OrgAliases.extends_("Kanemura Motors", "Kanemura"));
        assertFalse(OrgAliases.extends_("Kanemura Motors", "Motors"));
        assertFalse(OrgAliases.extends_("Senate Foreign Relations Committee", "Senate Foreign Relations Committee"));
    }

    @Test
    void anAcronymIsNotAnotherNameOfItsOwnCouncil() {
        assertTrue(OrgAliases.bodyOf("UEFA Executive Committee", "UEFA"));
        assertFalse(OrgAliases.extends_("FIBA Council", "FIBA"));
        assertFalse(OrgAliases.extends_("ICAO Assembly", "ICAO"));
        assertTrue(OrgAliases.extends_("Kanemura Motors", "Kanemura"));
        assertFalse(OrgAliases.bodyOf("Tolvik Council", "Tolvik"));
    }

    @Test
    void anAcronymSpeaksForItselfBesideItsCouncil() {
        var f = ExtractFixture.of("FIBA said on Friday that Manila would host the final. "
                + "The FIBA Council will approve the schedule at its meeting in May.");
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("FIBA")), f + " " + f.names(EntityType.ORGANIZATION));
    }

    @Test
    void bracketedAcronymSpeaksAsTheFullName() {
        var f = ExtractFixture.of("The Senate questioned the Bureau of Land Transport (BLT) on Monday about missing licence plates. "
                + "The BLT said the plates had been moved to warehouses in the south.");
        Statement s = f.statementBy("Bureau of Land Transport").orElseThrow(() -> new AssertionError(f + " " + f.names(EntityType.ORGANIZATION)));
        assertTrue(s.content().startsWith("the plates had been moved"), s.content());
        assertFalse(f.names(EntityType.ORGANIZATION).contains("BLT"), f.names(EntityType.ORGANIZATION).toString());
    }

    @Test
    void shortCompanyNameSpeaksAsTheFullName() {
        var f = ExtractFixture.of("Halvorsen Foods opened a new plant in Bergen on Monday. "
                + "Halvorsen said the plant would employ 400 people by the end of next year.");
        assertTrue(f.names(EntityType.ORGANIZATION).contains("Halvorsen Foods"), f.names(EntityType.ORGANIZATION).toString());
        assertFalse(f.names(EntityType.ORGANIZATION).contains("Halvorsen"), f.names(EntityType.ORGANIZATION).toString());
    }

    @Test
    void twoFullNamesLeaveTheShortNameAlone() {
        var f = ExtractFixture.of("Nordvest Capital and Nordvest Logistics signed a deal in Oslo on Monday. "
                + "Nordvest said the deal was worth 2 billion crowns.");
        assertEquals(2, f.names(EntityType.ORGANIZATION).stream().filter(n -> n.startsWith("Nordvest ")).count(),
                f.names(EntityType.ORGANIZATION).toString());
    }
}
