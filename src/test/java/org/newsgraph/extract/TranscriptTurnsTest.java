package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Claims in the turns of a transcript: per claim, not per sentence, and others' words reported in a turn. */
class TranscriptTurnsTest {
    private static final String CALL = "Harbour Telecom Q3 Earnings Call\n\n"
            + "OPERATOR: Our next question comes from Tom Reid at Barclays.\n\n"
            + "TOM REID (BARCLAYS): Could you comment on the tower sale?\n\n"
            + "ANNA BERG (CHIEF EXECUTIVE): The tower sale will close in the first quarter of next year. We are pleased with it.\n\n"
            + "I met the finance minister, Olav Lunde, last week, and he said that the tax rules would not change.\n\n"
            + "PER NILSSON (CHIEF FINANCIAL OFFICER): Our margins improved by two points in the quarter.\n\n"
            + "Costs in the network business fell for the fourth quarter in a row.";

    @Test
    void shortSentenceGoesOnWithTheClaimBefore() {
        var f = ExtractFixture.of(CALL);
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("tower sale will close")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("We are pleased"), s.content());
        assertEquals("Anna Berg", f.speakerName(s));
    }

    @Test
    void longSentencesOfATurnAreClaimsOfTheirOwn() {
        var f = ExtractFixture.of(CALL);
        long nilsson = f.x.statements().stream().filter(x -> f.speakerName(x).equals("Per Nilsson")).count();
        assertEquals(2, nilsson, f.toString());
    }

    @Test
    void reportedSpeechInATurnIsTheReportedPersons() {
        var f = ExtractFixture.of(CALL);
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("tax rules")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Olav Lunde", f.speakerName(s), f.toString());
    }

    @Test
    void titledUpperCaseLabelsAreTurns() {
        var f = ExtractFixture.of("Press Briefing by Press Secretary Renee Okafor\n\n"
                + "MS. OKAFOR: Good afternoon. This morning, the President met the Speaker in the Oval Office to discuss the bill.\n\n"
                + "Q: Has the President spoken with Senator Wade Corrigan?\n\n"
                + "MR. DELAHUNT: The two leaders spoke by phone on Monday night about Arctic security.\n");
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Renee Okafor")
                && x.content().startsWith("This morning")), f.toString());
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("spoken with Senator")), f.toString());
    }

    private static final String HEARING = "Rail chief grilled over winter cancellations\n\n"
            + "Network Rail Authority chief Teresa Vance-Holmberg appeared before the Senate transport panel on Thursday. From the transcript:\n\n"
            + "SEN. ORSON BLAKE (R-Ohio): Have you met the freight companies about the shortage?\n\n"
            + "VANCE-HOLMBERG: Yes, Senator. I met their chief executives in Chicago last Monday. It was a useful meeting.\n\n"
            + "SEN. GRETA LUND-OYELARAN (D-Wis.): The signal upgrade has slipped for the third year in a row. My state keeps waiting for it.\n\n"
            + "The panel's chair, Sen. Hal Mercer, said he would call a second hearing in March.\n\n"
            + "The Brotherhood of Railroad Signalmen said its members were working unpaid overtime every weekend.";

    @Test
    void hyphenatedCapitalLabelsAndPartyStateLabelsAreTurns() {
        var f = ExtractFixture.of(HEARING);
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Teresa Vance-Holmberg")
                && x.content().contains("chief executives")), f.toString());
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Greta Lund-Oyelaran")
                && x.content().contains("signal upgrade")), f.toString());
    }

    @Test
    void theAnswerToOneQuestionIsOneClaim() {
        var f = ExtractFixture.of(HEARING);
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("chief executives")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertTrue(s.content().contains("useful meeting"), s.content());
    }

    @Test
    void theStoryResumesAfterTheTranscriptExcerpt() {
        var f = ExtractFixture.of(HEARING);
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("Greta Lund-Oyelaran")
                && x.content().contains("unpaid overtime")), f.toString());
        assertTrue(f.x.statements().stream().anyMatch(x -> !f.speakerName(x).equals("Greta Lund-Oyelaran")
                && x.content().contains("unpaid overtime")), f.toString());
    }

    @Test
    void aTurnWithTheSpeakersOwnWordsGoesOnAfterReportedSpeech() {
        var f = ExtractFixture.of(CALL);
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Per Nilsson")
                && x.content().contains("network business")), f.toString());
    }

    private static final String BRIEFING = "Weekly Media Briefing by the Official Spokesperson\n\n"
            + "Shri Tarun Malhotra, Official Spokesperson: Good afternoon. The Foreign Secretary will travel to Colombo on Monday for talks with his counterpart.\n\n"
            + "Question (Kavya Raman, The Statesman): Will the Prime Minister meet President Lorenz Adler in Vienna?\n\n"
            + "Official Spokesperson: The two leaders are expected to meet on the margins of the summit. Dates are being worked out.\n\n"
            + "(Concludes)\n\n"
            + "New Delhi\n";

    @Test
    void mixedCaseBriefingLabelsAreTurns() {
        var f = ExtractFixture.of(BRIEFING);
        assertTrue(f.x.statements().stream().anyMatch(x -> f.speakerName(x).equals("Tarun Malhotra")
                && x.content().contains("expected to meet")), f.toString());
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("Will the Prime Minister")), f.toString());
    }

    @Test
    void mixedCaseLabelNeedsCapitalWordsAndARoleAtTheStartOfAParagraph() {
        assertTrue(PersonSpotter.mixedLabelEnd(tokens("Shri Tarun Malhotra, Official Spokesperson: Good afternoon.")) > 0);
        assertTrue(PersonSpotter.mixedLabelEnd(tokens("Spokesperson Lin: We have no information.")) > 0);
        assertEquals(0, PersonSpotter.mixedLabelEnd(tokens("Mr Rao, the minister: no comment.")));
        assertEquals(0, PersonSpotter.mixedLabelEnd(tokens("Floods in Assam: What We Know")));
        var f = ExtractFixture.of("Talks stall\n\nThe minister met Ravi Kumar on Monday. Mr Rao, the minister: no comment, he said.\n\n"
                + "Rain Warning: Schools Shut in Kerala.\n");
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("the minister")), f.toString());
    }

    private static java.util.List<org.newsgraph.nlp.Token> tokens(String text) {
        var out = new java.util.ArrayList<org.newsgraph.nlp.Token>();
        var m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'-]+|\\S").matcher(text);
        while (m.find()) {
            out.add(new org.newsgraph.nlp.Token(m.group(), m.start(), m.end(), "NNP", m.group()));
        }
        return out;
    }

    private static final String RADIO = "Transport chief on the rail strike\n\n"
            + "Transcript of a morning programme. Presenter: Ingrid Solheim.\n\n"
            + "SOLHEIM: Director Paulo Mendes, welcome. The unions met you on Tuesday. What did you offer them?\n\n"
            + "MENDES: We offered a pay rise of four percent. They will answer by Friday. I expect a deal before the holidays.\n\n"
            + "SOLHEIM: The union leader says the offer came too late.\n\n"
            + "MENDES: It came as soon as the budget allowed it. The ministry signed off on Monday.\n";

    @Test
    void aTurnThatEndsInAQuestionIsNoClaim() {
        var f = ExtractFixture.of(RADIO);
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("unions met you")), f.toString());
    }

    @Test
    void thePresentersRemarksAreQuestions() {
        var f = ExtractFixture.of(RADIO);
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("Ingrid Solheim")), f.toString());
    }

    @Test
    void anAnswerToOneQuestionIsOneClaim() {
        var f = ExtractFixture.of(RADIO);
        long mendes = f.x.statements().stream().filter(x -> f.speakerName(x).equals("Paulo Mendes")).count();
        assertEquals(2, mendes, f.toString());
        assertTrue(f.x.statements().stream().anyMatch(x -> x.content().startsWith("We offered") && x.content().contains("before the holidays")),
                f.toString());
    }

    @Test
    void aTurnWithAQuestionInsideThatEndsInAStatementIsAClaim() {
        var f = ExtractFixture.of("Debate on the harbour bill\n\n"
                + "KOWALSKA: Who pays for the dredging? The port does, and it has agreed to do so in writing.\n\n"
                + "BRENNAN: The port has agreed to nothing of the kind, and the minutes of the board show it.\n");
        assertTrue(f.x.statements().stream().anyMatch(x -> x.content().contains("agreed to do so in writing")), f.toString());
    }
}
