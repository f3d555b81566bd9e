package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCommandHasHelp() {
        return Main.commandLine().getSubcommands().keySet().stream().filter(n -> !n.equals("help"))
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Cli r = Cli.run(name, "--help");
                    assertEquals(0, r.exitCode(), r.err());
                    assertTrue(r.out().contains("Usage: newsgraph " + name), r.out());
                }));
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, Cli.run("ingest", "seeds").exitCode());
        assertEquals(2, Cli.run("no-such-command").exitCode());
        assertEquals(2, Cli.run("export", "--store", dir.toString(), "--format", "rdfxml").exitCode());
        Cli both = Cli.run("extract", "--no-link", "--online", "seeds");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--no-link and --online exclude each other"), both.err());
    }

    @Test
    void badInputIsReportedAndTheRestIngested() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("seeds").resolve(Files.list(Path.of("seeds")).findFirst().orElseThrow().getFileName()),
                in.resolve("a.txt"));
        Files.write(in.resolve("b.txt"), new byte[] {0, 1, 2});
        Files.writeString(in.resolve("c.jsonl"), "{\"text\": 3\n");
        Cli r = Cli.run("ingest", "--store", dir.resolve("store").toString(), in.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("b.txt: binary data"), r.err());
        assertTrue(r.err().contains("c.jsonl:1: malformed JSON"), r.err());
        assertTrue(r.out().contains("articles read 1, ingested 1, failed 2"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void strictAbortsAndLeavesTheStoreUnchanged() throws IOException {
        Path store = dir.resolve("store");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Files.list(Path.of("seeds")).findFirst().orElseThrow(), in.resolve("a.txt"));
        Files.writeString(in.resolve("b.txt"), "");
        Cli r = Cli.run("ingest", "--strict", "--store", store.toString(), in.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("aborted"), r.out());
        try (NewsStore s = NewsStore.open(store)) {
            assertEquals(0, s.quadCount());
        }
    }

    @Test
    void extractWritesThePredictionFormat() throws IOException {
        Path out = dir.resolve("pred.jsonl");
        Cli r = Cli.run("extract", "--format", "jsonl", "-o", out.toString(), "seeds");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1, lines.size());
        JsonNode a = JSON.readTree(lines.get(0));
        assertEquals("000_e4f8b4f994bda660.txt", a.path("file").asText());
        assertEquals("2025-12-02", a.path("published").asText());
        List<String> persons = new ArrayList<>();
        a.path("persons").forEach(p -> persons.add(p.path("name").asText()));
        for (String name : List.of("Putin", "Witkoff", "Kushner", "Zelensky", "Macron", "Starmer", "Umerov", "Leavitt")) {
            assertTrue(persons.stream().anyMatch(p -> p.contains(name)), name + " not in " + persons);
        }
    }

    @Test
    void exportRoundTripsInEveryFormat() throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "seeds").exitCode());
        DatasetGraph original;
        try (NewsStore s = NewsStore.open(store)) {
            original = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            org.apache.jena.system.Txn.executeRead(s.dataset(), () -> s.dataset().find().forEachRemaining(original::add));
        }
        for (String[] f : new String[][] {{"trig", "trig"}, {"nquads", "nq"}, {"jsonld", "jsonld"}}) {
            Path file = dir.resolve("export." + f[1]);
            Cli r = Cli.run("export", "--store", store.toString(), "--format", f[0], "-o", file.toString());
            assertEquals(0, r.exitCode(), r.err());
            Dataset back = DatasetFactory.create();
            RDFDataMgr.read(back, file.toString());
            assertTrue(IsoMatcher.isomorphic(original, back.asDatasetGraph()), f[0] + " did not round-trip");
        }
        Path ttl = dir.resolve("export.ttl");
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--format", "turtle", "-o", ttl.toString()).exitCode());
        var g = RDFDataMgr.loadGraph(ttl.toString(), Lang.TURTLE);
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(original.getUnionGraph(), g), "turtle did not round-trip");
    }

    @Test
    void storeInUseIsExplainedWithoutAStackTrace() throws Exception {
        Path store = dir.resolve("store");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                org.newsgraph.store.StoreHolder.class.getName(), store.toString()).redirectErrorStream(true).start();
        try {
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("holding")) {
                // start-up output
            }
            Cli r = Cli.run("ingest", "--store", store.toString(), "seeds");
            assertEquals(1, r.exitCode());
            assertTrue(r.err().contains("is in use by process " + p.pid()), r.err());
            assertTrue(r.err().contains("stop that process"), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        } finally {
            p.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
