package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Speakers known by a description of their role, and speakers before an apposition that names a body. */
class DescribedSpeakersTest {

    @Test
    void aNationalityDescribesTheMinisterOfThatCountry() {
        var f = ExtractFixture.of("Minister of Trade of Georgia Levan Abashidze met Armenian officials in Tbilisi on Monday. "
                + "Later he spoke by phone with Minister of Trade of Moldova Ana Rusu. "
                + "\"We agreed to open the border crossing by spring,\" the Georgian minister wrote on X.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("border crossing")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Levan Abashidze", f.speakerName(s), f.toString());
    }

    @Test
    void aNationalityOfNoOneNamedStaysUnresolved() {
        var f = ExtractFixture.of("Minister of Trade of Georgia Levan Abashidze met officials in Tbilisi on Monday. "
                + "\"The crossing will open by spring,\" the Austrian minister said.");
        assertFalse(f.statementBy("Levan Abashidze").filter(x -> x.content().contains("crossing")).isPresent(), f.toString());
    }

    @Test
    void countryAndNationalityShareAStem() {
        assertTrue(RoleSpeakers.ofCountry("ukrainian", "ukraine"));
        assertTrue(RoleSpeakers.ofCountry("chinese", "china"));
        assertTrue(RoleSpeakers.ofCountry("georgian", "georgia"));
        assertFalse(RoleSpeakers.ofCountry("australian", "austria"));
        assertFalse(RoleSpeakers.ofCountry("iranian", "iraq"));
    }

    @Test
    void aNameWithAParticipleInsideIsNoClauseVerb() {
        var f = ExtractFixture.of("The march was called off because of the storm. "
                + "Lee Min-ho, head of the United Retired Teachers Association, said the members were disappointed.");
        assertTrue(f.statementBy("Lee Min-ho").isPresent(), f.toString());
    }

    @Test
    void aRelativeClauseWithAVerbStillEndsTheSubject() {
        var f = ExtractFixture.of("Ana Ruiz, who founded the Coastal Fishers Association, said the quota was too low.");
        assertTrue(f.statementBy("Ana Ruiz").isPresent(), f.toString());
    }
    @Test
    void anOutletThatObtainedADocumentIsNoSource() {
        var f = ExtractFixture.of("The attorney general refused a meeting with the lawmakers last week, according to a letter obtained by The Daily Ledger.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).contains("Ledger")), f.toString());
    }

    @Test
    void dataCompiledByAnAgencyIsNoClaimOfIt() {
        var f = ExtractFixture.of("The merger would create the country's third-largest lender, according to data compiled by Reuters.");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("Reuters")), f.toString());
    }

    @Test
    void aNewspaperItselfIsStillASource() {
        var f = ExtractFixture.of("The cabinet will meet on Friday to approve the budget, according to the Daily Ledger.");
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).contains("Ledger")), f.toString());
    }

    @Test
    void aRoleInTheLeadIsThePersonTheNextSentenceOpensWith() {
        var f = ExtractFixture.of("Premier meets teachers over strike\n\n"
                + "The Premier has told teachers' unions that the province will \"not reopen the contract\" before spring. "
                + "Marguerite Olafsen met the president of the teachers' federation, Tomas Brekke, at the legislature on Monday. "
                + "The premier said the best offer was already on the table.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("best offer")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Marguerite Olafsen", f.speakerName(s), f.toString());
    }

    @Test
    void aRoleInTheLeadStaysUnresolvedWhenTheNextSentenceDoesNotOpenWithAName() {
        var f = ExtractFixture.of("The governor has warned that the budget will be \"painful\" for every county. "
                + "Lawmakers met the finance chief, Ines Valdor, at the capitol on Monday. "
                + "\"Nobody will like this budget,\" the governor said.");
        assertFalse(f.statementBy("Ines Valdor").filter(x -> x.content().contains("Nobody")).isPresent(), f.toString());
    }

    @Test
    void aRoleFirstUsedAfterSomeoneIsNamedIsNoDelayedLead() {
        var f = ExtractFixture.of("Aldo Ferrante opened the conference in Turin on Monday. "
                + "The mayor said the city would \"welcome every delegate\". "
                + "Beppe Lanza, a local trader, met the delegates at the station.");
        assertFalse(f.statementBy("Beppe Lanza").filter(x -> x.content().contains("welcome")).isPresent(), f.toString());
    }

    @Test
    void aRoleInTheHeadlineSkipsBylineAndStampBeforeTheNamingSentence() {
        var f = ExtractFixture.of("Chancellor meets bankers over levy\n\nUpdated / Tuesday 14:05\n\nBy Hanne Wolter, business editor\n\n"
                + "The Chancellor has told bank chiefs that the levy will \"stay temporary\", as lenders warn of job cuts. "
                + "Lukas Brenner met the heads of five banks at the finance ministry on Tuesday.");
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("levy")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Lukas Brenner", f.speakerName(s), f.toString());
    }
}
