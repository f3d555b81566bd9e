package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class PossessivesTest {
    private static List<String> split(String text, Span... tokens) {
        return Arrays.stream(Possessives.split(tokens, text)).map(s -> s.getCoveredText(text).toString()).toList();
    }

    @Test
    void splitsPossessiveS() {
        assertEquals(List.of("Biden", "'s", "call"), split("Biden's call", new Span(0, 7), new Span(8, 12)));
    }

    @Test
    void splitsPluralPossessiveApostrophe() {
        assertEquals(List.of("leaders", "'", "talks"), split("leaders' talks", new Span(0, 8), new Span(9, 14)));
    }

    @Test
    void leavesOtherTokensAlone() {
        assertEquals(List.of("'s", "Shia", "'", "it"), split("'s Shia ' it",
                new Span(0, 2), new Span(3, 7), new Span(8, 9), new Span(10, 12)));
    }
}
