package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
    private static final Annotator ANNOTATOR = new Annotator(NlpModels.shared());

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Zelensky’s team said “constructive” talks went well.\nSecond line here.";
        AnnotatedText a = ANNOTATOR.annotate(text);
        for (Sentence s : a.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            for (Token t : s.tokens()) {
                assertEquals(text.substring(t.start(), t.end()), t.text());
            }
        }
        assertTrue(a.sentences().get(0).tokens().stream().anyMatch(t -> t.text().startsWith("Zelensky")),
                "the name is a token");
    }

    @Test
    void linesAreParagraphBoundaries() {
        AnnotatedText a = ANNOTATOR.annotate("Readout of the Meeting With the Minister\nThe minister met the envoy.");
        assertEquals(2, a.sentences().size());
    }

    @Test
    void middleInitialsAndTitlesDoNotEndSentences() {
        AnnotatedText a = ANNOTATOR.annotate("Acting Secretary Patrick M. Shanahan met Governor Doug Ducey on Friday. "
                + "Gen. Mark Milley was there. They spoke later.");
        List<String> texts = a.sentences().stream().map(Sentence::text).toList();
        assertEquals(3, texts.size(), texts.toString());
        assertTrue(texts.get(0).startsWith("Acting Secretary Patrick M. Shanahan met"), texts.toString());
    }

    @Test
    void abbreviatedSaintDoesNotEndTheSentence() {
        AnnotatedText a = ANNOTATOR.annotate("The floods reached St. Catherine and Clarendon on Sunday. Roads were closed.");
        List<String> texts = a.sentences().stream().map(Sentence::text).toList();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).contains("St. Catherine and Clarendon"), texts.toString());
    }

    @Test
    void suffixBeforeALowerCaseWordDoesNotEndTheSentence() {
        AnnotatedText a = ANNOTATOR.annotate("Ferdinand Marcos Jr. held talks with the premier. Marcos Jr. He spoke later.");
        assertEquals(List.of("Ferdinand Marcos Jr. held talks with the premier.", "Marcos Jr.", "He spoke later."),
                a.sentences().stream().map(x -> a.text().substring(x.start(), x.end())).toList());
    }

    @Test
    void hyphenatedGivenNamesAreOneToken() {
        List<String> toks = ANNOTATOR.annotate("President Lee Jae-myung met Kim Jong-un in a well-known village.").sentences().get(0)
                .tokens().stream().map(Token::text).toList();
        assertTrue(toks.containsAll(List.of("Jae-myung", "Jong-un")), toks.toString());
        assertFalse(toks.contains("well-known"), toks.toString());
    }

    @Test
    void namesAreFound() {
        AnnotatedText a = ANNOTATOR.annotate("Russian President Vladimir Putin met Emmanuel Macron in Paris on Monday.");
        List<Name> names = a.sentences().get(0).names();
        assertTrue(names.stream().anyMatch(n -> n.type() == NameType.PERSON && n.text().equals("Vladimir Putin")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.type() == NameType.LOCATION && n.text().equals("Paris")), names.toString());
    }

    @Test
    void possessivesAreTokensOfTheirOwnWithExactOffsets() {
        String text = "Kenya’s minister met the workers' union and Trump's envoy.";
        List<String> toks = ANNOTATOR.annotate(text).sentences().get(0).tokens().stream().map(Token::text).toList();
        assertTrue(toks.containsAll(List.of("Kenya", "’s", "workers", "'", "Trump", "'s")), toks.toString());
    }

    @Test
    void wordsEndingInSOrApostropheAloneAreNotSplit() {
        List<String> toks = ANNOTATOR.annotate("The bus's route and 's alone stay as they are.").sentences().get(0)
                .tokens().stream().map(Token::text).toList();
        assertTrue(toks.contains("bus") && toks.contains("route") && !toks.contains("s"), toks.toString());
    }

    @Test
    void abbreviatedFormsOfAddressDoNotEndSentences() {
        AnnotatedText a = ANNOTATOR.annotate("Senator Ma. Teresa Reyes met Governor Smt. Lakshmi Rao on Monday. They spoke later.");
        assertEquals(2, a.sentences().size(), a.sentences().toString());
    }

    @Test
    void upperCaseTitleOfATranscriptLabelDoesNotEndTheSentence() {
        AnnotatedText a = ANNOTATOR.annotate("MS. OKAFOR: Good afternoon, everybody. The bill passed.\nMR. LEE: Thank you.");
        List<String> texts = a.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("MS. OKAFOR: Good afternoon, everybody.", "The bill passed.", "MR. LEE: Thank you."), texts);
    }

    @Test
    void upperCaseWordsEndingASentenceStillEndIt() {
        AnnotatedText a = ANNOTATOR.annotate("The talks were held in the US. Officials left on Monday.");
        assertEquals(2, a.sentences().size(), a.sentences().toString());
    }

    @Test
    void aShortTitleKeepsItsPeriodAfterAQuote() {
        AnnotatedText a = ANNOTATOR.annotate("\"The roads programme is late,\" Mrs. Berg said.");
        List<String> tokens = a.sentences().get(0).tokens().stream().map(Token::text).toList();
        assertTrue(tokens.contains("Mrs."), tokens.toString());
        assertEquals(1, a.sentences().size());
    }
}
