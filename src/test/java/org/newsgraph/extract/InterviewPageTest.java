package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** On a Q&A page the answers are the words of the person the introduction is about, not of the first name in it. */
class InterviewPageTest {
    private static final String PAGE = "The woman who runs the northern port\n\n"
            + "Port director Lars Evensen hired Ingrid Solheim in 2019. Solheim, 52, now runs the northern terminals. "
            + "We spoke to her at her office on the quay.\n\n"
            + "Q: When did you last meet the shipping lines?\n\n"
            + "A: I met their managers in March, at the terminal in Tromsø, and we agreed on new berth times.\n\n"
            + "Q: Will the new crane arrive on time?\n\n"
            + "A: The crane will arrive in June, and it will double what we can load in a day.";

    @Test
    void answersAreThePersonTheIntroductionIsAbout() {
        var f = ExtractFixture.of(PAGE);
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("crane will arrive")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Ingrid Solheim", f.speakerName(s), f.toString());
    }

    @Test
    void questionsAreNoOnesClaims() {
        var f = ExtractFixture.of(PAGE);
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("new crane arrive on time")), f.toString());
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("Lars Evensen")), f.toString());
    }

    private static final String NAMED = "Running the river ports\n\n"
            + "Ana Lúcia Méndez has headed the river ports authority since March. We spoke to her in Asunción.\n\n"
            + "Q: Whom did you see in Brasília?\n\n"
            + "MÉNDEZ: I met the transport minister on Friday. We spent two hours on the dredging plan. We agreed to meet again in May.\n\n"
            + "Q: Will the fees go up?\n\n"
            + "MÉNDEZ: Not this year. The board decided that in January, and I support it.";

    @Test
    void surnameLabelInCapitalsIsTheIntervieweeAndAnAnswerIsOneClaim() {
        var f = ExtractFixture.of(NAMED);
        assertEquals(java.util.List.of("Ana Lúcia Méndez", "Ana Lúcia Méndez"), f.speakers(), f.toString());
        assertTrue(f.x.statements().get(0).content().endsWith("meet again in May"), f.toString());
    }

    @Test
    void answerLabelledAIsOneClaimPerParagraph() {
        var f = ExtractFixture.of(PAGE.replace("and we agreed on new berth times.", "and we agreed on new berth times. "
                + "The lines had asked for longer windows at night."));
        assertEquals(2, f.x.statements().size(), f.toString());
        assertTrue(f.x.statements().get(0).content().endsWith("longer windows at night"), f.toString());
    }

    @Test
    void answersInTwoParagraphsAreTwoClaims() {
        var f = ExtractFixture.of(PAGE.replace("A: The crane will arrive", "A: The lines had asked for longer windows at night. "
                + "The crane will arrive"));
        assertEquals(2, f.x.statements().size(), f.toString());
        assertTrue(f.x.statements().get(1).content().startsWith("The lines had asked"), f.toString());
    }

    @Test
    void shortAnswerSentencesMakeAClaimTogether() {
        var f = ExtractFixture.of(PAGE.replace("A: The crane will arrive in June, and it will double what we can load in a day.",
                "A: I have a contract until 2029. I am not leaving."));
        assertTrue(f.x.statements().stream().anyMatch(x -> x.content().equals("I have a contract until 2029. I am not leaving")),
                f.toString());
    }

    @Test
    void editorsNoteAfterTheLastAnswerIsNoClaim() {
        var f = ExtractFixture.of(PAGE + "\n\nThis interview has been edited for length and clarity.");
        assertEquals(2, f.x.statements().size(), f.toString());
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("edited for length")), f.toString());
    }

    @Test
    void questionPutAsAStatementReportsWhatANamedPersonSaid() {
        var f = ExtractFixture.of(PAGE.replace("Q: Will the new crane arrive on time?",
                "Q: The harbour master, Knut Aasen, says the crane contract was signed too late."));
        assertTrue(f.speakers().contains("Knut Aasen"), f.toString());
        Statement s = f.statementBy("Knut Aasen").orElseThrow();
        assertTrue(s.content().contains("crane contract was signed too late"), f.toString());
    }

    @Test
    void questionThatAsksReportsNothing() {
        var f = ExtractFixture.of(PAGE.replace("Q: Will the new crane arrive on time?",
                "Q: The harbour master, Knut Aasen, says the crane contract was signed too late, doesn't he?"));
        assertTrue(f.speakers().stream().allMatch("Ingrid Solheim"::equals), f.toString());
    }

    private static final String UNLABELLED = "'Rivers are our roads': Q&A with ferry operator Maria Santos\n\n"
            + "Ferry operator Maria Santos, 51, founded Baltic Ferries in 2015. Ms Santos spoke to us in Turku.\n\n"
            + "You bought two new ships this year. Why?\n\n"
            + "Demand has doubled since 2022. We could not carry everyone who wanted to travel.\n\n"
            + "Rivals say your prices are too low.\n\n"
            + "Our prices are fair. We run full ships, and full ships are cheap to run.\n\n"
            + "Have you met the transport minister?\n\n"
            + "Yes, in May. She listened, and she promised nothing.\n\n"
            + "Will you expand to Estonia?\n\n"
            + "Not before 2027. First we need new crews.";

    @Test
    void unlabelledQuestionAndAnswerPageGivesOneClaimPerAnswer() {
        var f = ExtractFixture.of(UNLABELLED);
        assertEquals(java.util.List.of("Maria Santos", "Maria Santos", "Maria Santos", "Maria Santos"), f.speakers(), f.toString());
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("prices are too low")), f.toString());
    }

    @Test
    void pageWithoutAQandATitleIsNoInterview() {
        var f = ExtractFixture.of(UNLABELLED.replace("Q&A with", "a day with"));
        assertTrue(f.x.statements().stream().noneMatch(x -> f.speakerName(x).equals("Maria Santos")), f.toString());
    }

    @Test
    void aCondensedAndEditedNoteIsNoOnesAnswer() {
        var f = ExtractFixture.of(NAMED + "\n\nThis interview has been condensed and edited.");
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("condensed")), f.toString());
        assertEquals(2, f.x.statements().size(), f.toString());
    }

    private static final String STORY_WITH_INTERVIEW = "Harbour board backs new ferry terminal\n\n"
            + "Harbour board chair Mireille Dufresne met the transport minister, Kenji Arakawa, on Monday. Dufresne said the board "
            + "would vote in May. Arakawa said the ministry would pay half of the cost.\n\n"
            + "Olga Brandt, the ferry company's chief engineer, talked to us at the shipyard before the launch.\n\n"
            + "Q: Is the new ferry ready?\n\n"
            + "A: Almost. The engines were tested last week and they passed every check we set.\n\n"
            + "Q: When will it sail?\n\n"
            + "A: The first crossing is planned for the second week of June, weather permitting.";

    @Test
    void theOnePersonNamedRightBeforeTheQuestionsAnswersThem() {
        var f = ExtractFixture.of(STORY_WITH_INTERVIEW);
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("first crossing")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Olga Brandt", f.speakerName(s), f.toString());
    }

    @Test
    void twoPeopleNamedRightBeforeTheQuestionsLeaveItToTheWholeIntroduction() {
        var f = ExtractFixture.of(STORY_WITH_INTERVIEW.replace("Olga Brandt, the ferry company's chief engineer, talked to us",
                "Dufresne and Arakawa later toured the yard with Olga Brandt. Dufresne talked to us"));
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("first crossing")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Mireille Dufresne", f.speakerName(s), f.toString());
    }

    private static final String BOLD = "\"We will not sell the forest\"\n\n"
            + "Chief Ama Boateng-Owusu has led the Kade traditional council since 2019. We met her in Accra.\n\n"
            + "**Which meeting mattered most this year?**\n\n"
            + "A lunch with the timber companies in Kumasi in May. We sat for four hours and agreed on nothing.\n\n"
            + "**Then came the court case.**\n\n"
            + "Yes. The court ruled for us in August, and the companies have not appealed.\n\n"
            + "**Will the logging stop?**\n\n"
            + "The logging stopped in September. I will ask the minister to make it permanent.";

    @Test
    void boldQuestionsAndPlainAnswersAreAnInterviewWithoutLabels() {
        var f = ExtractFixture.of(BOLD);
        Statement s = f.x.statements().stream().filter(x -> x.content().contains("logging stopped")).findFirst()
                .orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals("Ama Boateng-Owusu", f.speakerName(s), f.toString());
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("Will the logging stop")), f.toString());
    }

    @Test
    void boldSubheadingsInAStoryAreNoQuestions() {
        var f = ExtractFixture.of("Forest council wins case\n\n"
                + "Chief Ama Boateng-Owusu has led the Kade traditional council since 2019.\n\n"
                + "**The ruling**\n\n"
                + "The court ruled for the council in August.\n\n"
                + "**The companies**\n\n"
                + "The timber companies have not appealed.\n\n"
                + "**What next**\n\n"
                + "The logging stopped in September.");
        assertTrue(f.x.statements().stream().noneMatch(x -> x.content().contains("logging stopped")), f.toString());
    }
}
