package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.store.NewsStore;

/** The main job end to end: seeds/ ingested through the command line into TDB2, then every shipped query. */
class SeedStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void ingestSeeds() {
        store = tmp.resolve("store");
        Cli r = Cli.run("ingest", "--store", store.toString(), "seeds");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("articles read 1, ingested 1, failed 0"), r.out());
    }

    static List<JsonNode> rows(Path query) throws IOException {
        Cli r = Cli.run("query", "--store", store.toString(), "--format", "json", query.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree(r.out()).path("results").path("bindings").forEach(rows::add);
        return rows;
    }

    static String value(JsonNode row, String var) {
        return row.path(var).path("value").asText("");
    }

    @Test
    void storeConformsToTheShapes() {
        try (NewsStore s = NewsStore.open(store)) {
            Shapes.Report report = Shapes.get().validate(s.dataset());
            assertTrue(report.conforms(), String.join("\n", report.messages()));
        }
    }

    @Test
    void plannedPutinWitkoffKushnerMeetingInMoscow() throws IOException {
        List<JsonNode> rows = rows(Path.of("queries/01-meetings.rq"));
        JsonNode m = rows.stream().filter(r -> value(r, "participants").contains("Putin")
                && value(r, "participants").contains("Witkoff")).findFirst().orElseThrow(
                        () -> new AssertionError("no Putin-Witkoff meeting in " + rows));
        assertTrue(value(m, "participants").contains("Kushner"), m.toString());
        assertEquals("Moscow", value(m, "place"), m.toString());
        assertEquals("2025-12-02", value(m, "date"), m.toString());
        assertEquals("planned", value(m, "status"), m.toString());
    }

    @Test
    void zelenskyOnTheTerritorialIssue() throws IOException {
        List<JsonNode> rows = rows(Path.of("queries/04-topic-statements.rq"));
        assertTrue(rows.stream().anyMatch(r -> value(r, "speakerName").contains("Zelensky")
                && value(r, "text").contains("territorial issue is the most difficult")), rows.toString());
    }

    @Test
    void putinsMeetingsNameWitkoff() throws IOException {
        List<JsonNode> rows = rows(Path.of("queries/02-person-meetings.rq"));
        assertTrue(rows.stream().anyMatch(r -> value(r, "withName").equals("Steve Witkoff")), rows.toString());
    }

    @Test
    void zelenskysStatements() throws IOException {
        List<JsonNode> rows = rows(Path.of("queries/03-person-statements.rq"));
        assertTrue(rows.size() >= 2, rows.toString());
        assertTrue(rows.stream().allMatch(r -> value(r, "speakerName").contains("Zelensky")), rows.toString());
    }

    @Test
    void reingestingTheSeedsChangesNothing() {
        long before;
        try (NewsStore s = NewsStore.open(store)) {
            before = s.quadCount();
        }
        Cli r = Cli.run("ingest", "--store", store.toString(), "seeds");
        assertEquals(0, r.exitCode(), r.err());
        try (NewsStore s = NewsStore.open(store)) {
            assertEquals(before, s.quadCount());
            assertEquals(1, s.graphCount());
        }
    }

    /** Every shipped query that needs no outside service runs and answers. */
    @TestFactory
    Stream<DynamicTest> everyQueryAnswers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertTrue(queries.size() >= 7, queries.toString());
            return queries.stream().filter(SeedStoreTest::local).map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
                String text = Files.readString(q);
                assertTrue(text.startsWith("#"), q + " must start with a comment saying what it answers");
                assertTrue(!rows(q).isEmpty(), q + " gave no rows on the seed store");
            }));
        }
    }

    private static boolean local(Path q) {
        try {
            return !Files.readString(q).contains("SERVICE");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
