package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.PredictionWriter;

/**
 * Runs the whole pipeline on the development set (eval/dev) and scores it with eval/score.py. The
 * floors are the figures measured for the current rules, a little below to absorb noise from ties;
 * raise them as quality rises.
 */
@Tag("eval")
@Tag("slow")
class DevSetEvaluationTest {
    private static final Path DEV = Path.of("eval/dev");
    private static final Path PRED = Path.of("target/dev-pred.jsonl");
    private static final Path SCORE = Path.of("target/dev-score.json");
    /** Measured floors: figure name to minimum. */
    private static final Map<String, Double> FLOORS = Map.of(
            "persons.f1", 0.95,
            "meeting_pairs.f1", 0.87,
            "statements_all.f1", 0.88,
            "statement_extras.attribution_acc", 0.90,
            "meeting_attributes.status_acc", 0.85,
            "meeting_attributes.date_acc", 0.95,
            "meeting_attributes.place_acc", 0.78,
            "links.accuracy", 0.90);

    static JsonNode score;
    static String report;

    @BeforeAll
    static void runAndScore() throws Exception {
        Files.createDirectories(PRED.getParent());
        Pipeline pipeline = Pipelines.standard();
        List<String> problems = new ArrayList<>();
        try (Writer out = Files.newBufferedWriter(PRED, StandardCharsets.UTF_8)) {
            PredictionWriter writer = new PredictionWriter(out);
            Articles.withSystemClock().read(List.of(DEV), new ArticleSink() {
                @Override
                public void article(Article article) {
                    writer.write(pipeline.process(article));
                }

                @Override
                public void problem(ArticleProblem problem) {
                    problems.add(problem.toString());
                }
            });
        }
        assertEquals(List.of(), problems);
        Process p = new ProcessBuilder("python3", "eval/score.py", "--gold", DEV.toString(), "--pred", PRED.toString(),
                "--json", SCORE.toString()).redirectErrorStream(true).start();
        report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score.py did not finish");
        assertEquals(0, p.exitValue(), report);
        score = new ObjectMapper().readTree(SCORE.toFile());
        System.out.println(report);
    }

    @Test
    void everyArticleIsPredicted() {
        assertEquals(0, score.path("articles").path("missing_predictions").asInt(), report);
    }

    @Test
    void figuresStayAtOrAboveTheirFloors() {
        assertAll(FLOORS.entrySet().stream().map(e -> () -> {
            String[] path = e.getKey().split("\\.");
            double value = score.path(path[0]).path(path[1]).asDouble(Double.NaN);
            assertTrue(value >= e.getValue(), e.getKey() + " = " + value + " fell below its floor " + e.getValue() + "\n" + report);
        }));
    }
}
