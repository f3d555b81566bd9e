package org.newsgraph.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SpanScoresTest {
    @Test
    void countsOnlyExactSpansOfTheRightType() {
        SpanScores scores = new SpanScores();
        scores.add(new Span[] {new Span(0, 2, "person"), new Span(3, 4, "location")},
                new Span[] {new Span(0, 2, "person"), new Span(3, 4, "organization"), new Span(5, 6, "person")});

        assertEquals(new SpanScores.Score("person", 1, 2, 1), scores.of("person"));
        assertEquals(0.5, scores.of("person").precision(), 1e-9);
        assertEquals(1.0, scores.of("person").recall(), 1e-9);
        assertEquals(0.0, scores.of("location").f1(), 1e-9);
        assertEquals(new SpanScores.Score(SpanScores.OVERALL, 2, 3, 1), scores.overall());
        assertEquals(2.0 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), scores.overall().f1(), 1e-9);
    }
}
