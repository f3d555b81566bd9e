package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Court reports: the witness named once as giving evidence speaks as "the witness" and in an indefinite lead. */
class TestimonyTest {

    private static final String TRIAL = "A retired engineer told the Nairobi High Court yesterday that the tender was \"rigged from the start\".\n\n"
            + "Testifying in the trial of Mr Otieno Kamau, former roads engineer Peter Mwangi Njoroge said he was asked to change the bids.\n\n";

    @Test
    void theIndefiniteLeadIsTheWitnessNamedLater() {
        var f = ExtractFixture.of(TRIAL);
        Statement s = f.x.statements().get(0);
        assertEquals("Peter Mwangi Njoroge", f.speakerName(s), f.toString());
        assertTrue(s.content().contains("rigged from the start"), s.content());
    }

    @Test
    void theWitnessIsThePersonGivingEvidence() {
        var f = ExtractFixture.of(TRIAL + "The witness said the money was paid in cash at a petrol station.");
        Statement s = f.x.statements().get(f.x.statements().size() - 1);
        assertEquals("Peter Mwangi Njoroge", f.speakerName(s), f.toString());
    }

    @Test
    void theAccusedNamedInTheLeadIsNotTheWitness() {
        var f = ExtractFixture.of("A clerk told the Mombasa Law Courts that former port manager Hamisi Juma met him at a hotel.\n\n"
                + "The witness said the money was paid in cash at a petrol station.");
        assertTrue(f.x.statements().stream().noneMatch(s -> f.speakerName(s).equals("Hamisi Juma")), f.toString());
    }

    @Test
    void anIndefiniteSpeakerOutsideCourtStaysUnnamed() {
        var f = ExtractFixture.of(TRIAL + "A spokesman told reporters the court would sit again on Monday.");
        Statement s = f.x.statements().get(f.x.statements().size() - 1);
        assertEquals(SpeakerType.UNNAMED, s.speakerType(), f.toString());
    }

    @Test
    void aPassiveParticipleClauseAfterTheSpeakerIsSkipped() {
        var f = ExtractFixture.of("Peter Mwangi Njoroge, led in evidence by State Counsel Ruth Achieng, said he first met the accused in May.");
        assertEquals("Peter Mwangi Njoroge", f.speakerName(f.x.statements().get(0)), f.toString());
    }
}
