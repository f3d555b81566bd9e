package org.newsgraph.eval;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.PredictionWriter;

/**
 * Runs the whole pipeline on each evaluation set under eval/ and scores it with eval/score.py. The
 * floors are the figures measured for the current rules, a little below to absorb ties; raise them as
 * quality rises. eval/dev and eval/composed to eval/composed18 are the sets the rules are developed on;
 * eval/heldout, eval/composed19 and eval/composed20 are never used for tuning, only measured.
 */
@Tag("eval")
@Tag("slow")
class EvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());

    /** Measured floors per set: figure name to minimum. */
    private static final Map<String, Map<String, Double>> FLOORS = Map.ofEntries(
            Map.entry("dev", Map.of(
                    "persons.f1", 0.99,
                    "meeting_pairs.f1", 0.95,
                    "statements_all.f1", 0.92,
                    "statement_extras.attribution_acc", 0.91,
                    "meeting_attributes.status_acc", 0.89,
                    "meeting_attributes.date_acc", 0.99,
                    "meeting_attributes.place_acc", 0.89)),
            Map.entry("composed", Map.of(
                    "persons.f1", 0.99,
                    "meeting_pairs.f1", 0.92,
                    "statements_all.f1", 0.89,
                    "statement_extras.attribution_acc", 0.97,
                    "meeting_attributes.status_acc", 0.94,
                    "meeting_attributes.date_acc", 0.87,
                    "meeting_attributes.place_acc", 0.83)),
            Map.entry("composed2", Map.of(
                    "persons.f1", 0.99,
                    "meeting_pairs.f1", 0.86,
                    "statements_all.f1", 0.89,
                    "statement_extras.attribution_acc", 0.93,
                    "meeting_attributes.status_acc", 0.82,
                    "meeting_attributes.date_acc", 0.88,
                    "meeting_attributes.place_acc", 0.71)),
            Map.entry("composed3", Map.of(
                    "persons.f1", 0.99,
                    "meeting_pairs.f1", 0.93,
                    "statements_all.f1", 0.87,
                    "statement_extras.attribution_acc", 0.94,
                    "meeting_attributes.status_acc", 0.87,
                    "meeting_attributes.date_acc", 0.94,
                    "meeting_attributes.place_acc", 0.8)),
            Map.entry("composed4", Map.of(
                    "persons.f1", 0.98,
                    "meeting_pairs.f1", 0.96,
                    "statements_all.f1", 0.87,
                    "statement_extras.attribution_acc", 0.92,
                    "meeting_attributes.status_acc", 0.79,
                    "meeting_attributes.date_acc", 0.88,
                    "meeting_attributes.place_acc", 0.6)),
            Map.entry("composed5", Map.of(
                    "persons.f1", 0.98,
                    "meeting_pairs.f1", 0.95,
                    "statements_all.f1", 0.8,
                    "statement_extras.attribution_acc", 0.82,
                    "meeting_attributes.status_acc", 0.86,
                    "meeting_attributes.date_acc", 0.88,
                    "meeting_attributes.place_acc", 0.71)),
            Map.entry("composed6", Map.of(
                    "persons.f1", 0.99,
                    "meeting_pairs.f1", 0.89,
                    "statements_all.f1", 0.84,
                    "statement_extras.attribution_acc", 0.89,
                    "meeting_attributes.status_acc", 0.79,
                    "meeting_attributes.date_acc", 0.87,
                    "meeting_attributes.place_acc", 0.69)),
            Map.entry("composed7", Map.of(
                    "persons.f1", 0.98,
                    "meeting_pairs.f1", 0.88,
                    "statements_all.f1", 0.78,
                    "statement_extras.attribution_acc", 0.87,
                    "meeting_attributes.status_acc", 0.82,
                    "meeting_attributes.date_acc", 0.85,
                    "meeting_attributes.place_acc", 0.71)),
            Map.entry("composed8", Map.of(
                    "persons.f1", 0.97,
                    "meeting_pairs.f1", 0.91,
                    "statements_all.f1", 0.8,
                    "statement_extras.attribution_acc", 0.91,
                    "meeting_attributes.status_acc", 0.89,
                    "meeting_attributes.date_acc", 0.84,
                    "meeting_attributes.place_acc", 0.85)),
            Map.entry("heldout", Map.of(
                    "persons.f1", 0.97,
                    "meeting_pairs.f1", 0.78,
                    "statements_all.f1", 0.83,
                    "statement_extras.attribution_acc", 0.91,
                    "meeting_attributes.status_acc", 0.82,
                    "meeting_attributes.date_acc", 0.79,
                    "meeting_attributes.place_acc", 0.7)),
            Map.entry("composed9", Map.of(
                    "persons.f1", 0.97,
                    "meeting_pairs.f1", 0.91,
                    "statements_all.f1", 0.83,
                    "statement_extras.attribution_acc", 0.89,
                    "meeting_attributes.status_acc", 0.79,
                    "meeting_attributes.date_acc", 0.83,
                    "meeting_attributes.place_acc", 0.84)),
            Map.entry("composed10", Map.of(
                    "persons.f1", 0.97,
                    "meeting_pairs.f1", 0.91,
                    "statements_all.f1", 0.83,
                    "statement_extras.attribution_acc", 0.89,
                    "meeting_attributes.status_acc", 0.84,
                    "meeting_attributes.date_acc", 0.85,
                    "meeting_attributes.place_acc", 0.7)),
            Map.entry("composed11", Map.of(
                    "persons.f1", 0.97,
                    "meeting_pairs.f1", 0.87,
                    "statements_all.f1", 0.86,
                    "statement_extras.attribution_acc", 0.93,
                    "meeting_attributes.status_acc", 0.76,
                    "meeting_attributes.date_acc", 0.73,
                    "meeting_attributes.place_acc", 0.62)),
            Map.entry("composed12", Map.of(
                    "persons.f1", 0.98,
                    "meeting_pairs.f1", 0.86,
                    "statements_all.f1", 0.85,
                    "statement_extras.attribution_acc", 0.94,
                    "meeting_attributes.status_acc", 0.73,
                    "meeting_attributes.date_acc", 0.76,
                    "meeting_attributes.place_acc", 0.7)),
            Map.entry("composed13", Map.of(
                    "persons.f1", 0.97,
                    "meeting_pairs.f1", 0.83,
                    "statements_all.f1", 0.82,
                    "statement_extras.attribution_acc", 0.93,
                    "meeting_attributes.status_acc", 0.79,
                    "meeting_attributes.date_acc", 0.81,
                    "meeting_attributes.place_acc", 0.7)),
            Map.entry("composed14", Map.of(
                    "persons.f1", 0.98,
                    "meeting_pairs.f1", 0.81,
                    "statements_all.f1", 0.81,
                    "statement_extras.attribution_acc", 0.92,
                    "meeting_attributes.status_acc", 0.78,
                    "meeting_attributes.date_acc", 0.83,
                    "meeting_attributes.place_acc", 0.71)),
            Map.entry("composed15", Map.of(
                    "persons.f1", 0.96,
                    "meeting_pairs.f1", 0.84,
                    "statements_all.f1", 0.77,
                    "statement_extras.attribution_acc", 0.89,
                    "meeting_attributes.status_acc", 0.89,
                    "meeting_attributes.date_acc", 0.87,
                    "meeting_attributes.place_acc", 0.83)),
            Map.entry("composed16", Map.of(
                    "persons.f1", 0.96,
                    "meeting_pairs.f1", 0.82,
                    "statements_all.f1", 0.79,
                    "statement_extras.attribution_acc", 0.87,
                    "meeting_attributes.status_acc", 0.82,
                    "meeting_attributes.date_acc", 0.82,
                    "meeting_attributes.place_acc", 0.71)),
            Map.entry("composed17", Map.of(
                    "persons.f1", 0.94,
                    "meeting_pairs.f1", 0.82,
                    "statements_all.f1", 0.83,
                    "statement_extras.attribution_acc", 0.9,
                    "meeting_attributes.status_acc", 0.83,
                    "meeting_attributes.date_acc", 0.82,
                    "meeting_attributes.place_acc", 0.66)),
            Map.entry("composed18", Map.of(
                    "persons.f1", 0.96,
                    "meeting_pairs.f1", 0.85,
                    "statements_all.f1", 0.74,
                    "statement_extras.attribution_acc", 0.89,
                    "meeting_attributes.status_acc", 0.78,
                    "meeting_attributes.date_acc", 0.77,
                    "meeting_attributes.place_acc", 0.66)),
            Map.entry("composed19", Map.of(
                    "persons.f1", 0.91,
                    "meeting_pairs.f1", 0.8,
                    "statements_all.f1", 0.69,
                    "statement_extras.attribution_acc", 0.79,
                    "meeting_attributes.status_acc", 0.81,
                    "meeting_attributes.date_acc", 0.77,
                    "meeting_attributes.place_acc", 0.64)),
            Map.entry("composed20", Map.of(
                    "persons.f1", 0.94,
                    "meeting_pairs.f1", 0.68,
                    "statements_all.f1", 0.77,
                    "statement_extras.attribution_acc", 0.83,
                    "meeting_attributes.status_acc", 0.78,
                    "meeting_attributes.date_acc", 0.67,
                    "meeting_attributes.place_acc", 0.59)));

    @TestFactory
    Stream<DynamicTest> everySetStaysAtOrAboveItsFloors() {
        return FLOORS.keySet().stream().sorted().map(set -> DynamicTest.dynamicTest(set, () -> check(set)));
    }

    private static void check(String set) throws Exception {
        Path gold = Path.of("eval", set);
        Path pred = Path.of("target", set + "-pred.jsonl");
        Path scoreFile = Path.of("target", set + "-score.json");
        predict(gold, pred);
        Process p = new ProcessBuilder("python3", "eval/score.py", "--gold", gold.toString(), "--pred", pred.toString(),
                "--json", scoreFile.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score.py did not finish");
        assertEquals(0, p.exitValue(), report);
        System.out.println("== " + set + "\n" + report);
        JsonNode score = JSON.readTree(scoreFile.toFile());
        assertEquals(0, score.path("articles").path("missing_predictions").asInt(), report);
        List<String> below = new ArrayList<>();
        FLOORS.get(set).forEach((figure, floor) -> {
            String[] path = figure.split("\\.");
            double value = score.path(path[0]).path(path[1]).asDouble(Double.NaN);
            if (!(value >= floor)) {
                below.add(figure + " = " + value + " < floor " + floor);
            }
        });
        assertEquals(List.of(), below, set + ":\n" + report);
    }

    private static void predict(Path gold, Path pred) throws IOException {
        Files.createDirectories(pred.getParent());
        Pipeline pipeline = Pipelines.standard();
        List<String> problems = new ArrayList<>();
        try (Writer out = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            PredictionWriter writer = new PredictionWriter(out);
            Articles.withSystemClock().read(List.of(gold), new ArticleSink() {
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
    }
}
