package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Harder shapes of names and statements seen in wire copy and readouts. */
class PatternsTest {

    @Test
    void middleInitialDoesNotSplitTheName() {
        var f = ExtractFixture.of("Secretary of State James A. Baker met German officials in Bonn.");
        assertEquals(List.of("James A. Baker"), f.persons(), f.toString());
    }

    @Test
    void hyphenatedArabicSurnameStaysWhole() {
        var f = ExtractFixture.of("Prime Minister Ahmed al-Rashid of Iraq spoke with reporters.");
        assertEquals(List.of("Ahmed al-Rashid"), f.persons(), f.toString());
    }

    @Test
    void headlineRunOnIsCutToTheConfirmedName() {
        var f = ExtractFixture.of("Hamid Karzai Warns Of Long Winter\n\nHamid Karzai said the aid would not arrive before December.");
        assertEquals(List.of("Hamid Karzai"), f.persons(), f.toString());
    }

    @Test
    void relativeClauseSpeaker() {
        var f = ExtractFixture.of("He later met Chinese Premier Li Qiang, who pledged to expand imports of Brazilian beef.");
        assertTrue(f.statementBy("Li Qiang").isPresent(), f.toString());
    }

    @Test
    void thatClausesJoinedByAndAreOneClaim() {
        var f = ExtractFixture.of("Mayor Karen Bass told the council that rents had risen sharply, and that the city would build more homes.");
        assertEquals(1, f.x.statements().stream().filter(s -> f.speakerName(s).equals("Karen Bass")).count(), f.toString());
        assertTrue(f.statementBy("Karen Bass").orElseThrow().content().endsWith("build more homes"), f.toString());
    }

    @Test
    void secondSpeechVerbAfterAndIsASecondClaim() {
        var f = ExtractFixture.of("Mayor Karen Bass said rents had risen sharply and added that the city would run out of land.");
        assertEquals(2, f.x.statements().stream().filter(s -> f.speakerName(s).equals("Karen Bass")).count(), f.toString());
    }

    @Test
    void quotedAsSaying() {
        var f = ExtractFixture.of("The newspaper quoted Finance Minister Peter Ong as saying the currency would stay pegged.");
        assertTrue(f.statementBy("Peter Ong").isPresent(), f.toString());
    }

    @Test
    void negatedSpeechVerbIsNoStatement() {
        var f = ExtractFixture.of("Senator Tom Harkin did not respond to repeated requests for comment on the vote.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void speechVerbInsideAQuoteBelongsToTheQuote() {
        var f = ExtractFixture.of("The minister left the summit early.\n\n\"Our neighbours promised to help rebuild the bridges before winter.\"\n");
        assertFalse(f.speakers().stream().anyMatch(n -> n.startsWith("unnamed")), f.toString());
        assertTrue(f.x.statements().stream().noneMatch(s -> s.speakerType() == SpeakerType.ORGANIZATION), f.toString());
    }

    @Test
    void newspaperSpeaksAsOrganisation() {
        var f = ExtractFixture.of("The state-run Xinhua agency said the talks had been productive.");
        Statement s = f.x.statements().get(0);
        assertEquals(SpeakerType.ORGANIZATION, s.speakerType(), f.toString());
    }

    @Test
    void headlinesGiveNoStatements() {
        var f = ExtractFixture.of("Minister Says Budget Will Balance By Spring\n\nThe budget office published its numbers on Monday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }

    @Test
    void jointReadoutClaimGoesToBothLeaders() {
        var f = ExtractFixture.of("President Joe Biden met Prime Minister Fumio Kishida in Tokyo. President Biden thanked Prime Minister "
                + "Kishida for his hospitality. The two leaders reaffirmed their commitment to a free and open Indo-Pacific.");
        long both = f.x.statements().stream().filter(s -> s.content().contains("Indo-Pacific")).count();
        assertEquals(2, both, f.toString());
    }

    @Test
    void clauseBeforeTrailingAttributionIsTheContent() {
        var f = ExtractFixture.of("Talks on the ceasefire will resume next week, Egyptian Foreign Minister Badr Abdelatty said on Sunday.");
        Statement s = f.statementBy("Badr Abdelatty").orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().startsWith("Talks on the ceasefire will resume"), s.content());
    }

    @Test
    void contentStopsAtAContrastClause() {
        var f = ExtractFixture.of("The Kremlin said the plan would prolong the war, while Kyiv welcomed it.");
        assertEquals("the plan would prolong the war", f.x.statements().get(0).content(), f.toString());
    }

    @Test
    void sentenceCaseHeadlineGivesNoStatement() {
        var f = ExtractFixture.of("Merz and Tusk agree to boost border patrols\n\nThe two leaders met in Warsaw on Friday.");
        assertTrue(f.x.statements().isEmpty(), f.toString());
    }
}
