package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL at random points in the middle of a batch run, several times: the
 * store must always open, hold only whole articles (each graph present equals the graph a clean
 * ingest gives that article), and after a re-run equal a clean ingest. The kill points (how long after
 * the child's first committed batch, which it logs with {@code --verbose}) come from a seeded generator: the
 * seed is printed, and {@code -Dcrash.seed=N} replays a run.
 */
@Tag("slow")
class CrashSafetyTest {
    private static final int ARTICLES = 300;
    private static final int PARAGRAPHS = 2;
    private static final int BATCH = 10;
    private static final int TRIALS = 4;
    private static final long CORPUS_SEED = 7;

    @TempDir
    static Path dir;
    static Path corpus;
    static DatasetGraph reference;
    static Map<Node, Graph> referenceGraphs;
    static double referenceSeconds;

    @BeforeAll
    static void cleanIngest() throws IOException {
        corpus = StoreFixtures.corpus(dir.resolve("corpus.jsonl"), ARTICLES, PARAGRAPHS, CORPUS_SEED);
        Path store = dir.resolve("reference");
        long t0 = System.nanoTime();
        Cli r = Cli.run("ingest", "--store", store.toString(), "--batch", Integer.toString(BATCH), corpus.toString());
        referenceSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.exitCode(), r.out() + r.err());
        reference = StoreFixtures.snapshot(store);
        referenceGraphs = StoreFixtures.graphs(reference);
        assertEquals(ARTICLES, referenceGraphs.size(), "every article in its own graph");
        System.out.printf(Locale.ROOT, "crash safety: clean ingest of %d articles, %d quads, %.1f s in this JVM%n", ARTICLES,
                StoreFixtures.size(reference), referenceSeconds);
    }

    @Test
    void aKilledIngestLeavesWholeArticlesAndAReRunCompletesIt() throws Exception {
        long seed = Long.getLong("crash.seed", 20260127L);
        System.out.println("crash safety: seed " + seed + " (replay with -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> results = new ArrayList<>();
        int killedMidway = 0;
        long writingMs = timeWriting(dir.resolve("timing"), dir.resolve("timing.log"));
        System.out.println("crash safety: a child JVM writes its batches for " + writingMs + " ms after the first one");
        for (int trial = 1; trial <= TRIALS; trial++) {
            // Kill somewhere between the first committed batch and nine tenths of the writing that follows it, so
            // that a slow start (a loaded machine) does not leave the kill before any write.
            long killAtMs = (long) (random.nextDouble() * writingMs * 0.9);
            Path store = dir.resolve("trial-" + trial);
            Trial t = killAt(store, killAtMs, dir.resolve("trial-" + trial + ".log"));
            int present = checkOnlyWholeArticles(store, trial);
            String result = String.format(Locale.ROOT,
                    "trial %d: SIGKILL %d ms after the first batch%s; %d of %d articles present, all whole",
                    trial, killAtMs, t.finishedBeforeKill ? " (it had already finished)" : "", present, ARTICLES);
            System.out.println("crash safety: " + result);
            results.add(result);
            if (present > 0 && present < ARTICLES && !t.finishedBeforeKill) {
                killedMidway++;
            }
            Cli r = Cli.run("ingest", "--store", store.toString(), "--batch", Integer.toString(BATCH), corpus.toString());
            assertEquals(0, r.exitCode(), "trial " + trial + " re-run: " + r.out() + r.err());
            DatasetGraph after = StoreFixtures.snapshot(store);
            assertEquals(StoreFixtures.size(reference), StoreFixtures.size(after), "trial " + trial + ": quad count after re-run");
            assertTrue(IsoMatcher.isomorphic(reference, after), "trial " + trial + ": after re-run, missing "
                    + StoreFixtures.missing(reference, after, 5) + ", extra " + StoreFixtures.missing(after, reference, 5));
        }
        assertTrue(killedMidway > 0, "no trial killed the ingest in the middle: " + results);
    }

    /** Opens the killed store and checks that every article graph in it is whole; returns how many there are. */
    private static int checkOnlyWholeArticles(Path store, int trial) {
        DatasetGraph killed = StoreFixtures.snapshot(store);
        Map<Node, Graph> graphs = StoreFixtures.graphs(killed);
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            Graph expected = referenceGraphs.get(e.getKey());
            if (expected == null) {
                fail("trial " + trial + ": graph not in a clean ingest: " + e.getKey());
            }
            assertEquals(expected.size(), e.getValue().size(), "trial " + trial + ": size of " + e.getKey());
            assertTrue(IsoMatcher.isomorphic(expected, e.getValue()), "trial " + trial + ": partial article " + e.getKey());
        }
        return graphs.size();
    }

    private record Trial(boolean finishedBeforeKill) {
    }

    private static Process child(Path store, Path log) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--verbose", "--threads", "1", "--store", store.toString(), "--batch",
                Integer.toString(BATCH), corpus.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** How long a whole ingest of the corpus in a child JVM goes on writing after its first committed batch. */
    private static long timeWriting(Path store, Path log) throws Exception {
        Process p = child(store, log);
        try {
            assertTrue(firstBatch(p, log), "the timing run committed no batch: " + Files.readString(log, StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            assertTrue(p.waitFor(150, TimeUnit.SECONDS), "the timing run did not finish in 150 s");
            assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Waits until the child logs its first committed batch ({@code --verbose}); false if it ends or takes more than
     * two minutes first.
     */
    private static boolean firstBatch(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("committed ")) {
                return true;
            }
            if (!p.isAlive()) {
                return false;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /**
     * Starts {@code newsgraph ingest} in a child JVM and kills it with SIGKILL {@code killAtMs} after its first
     * committed batch.
     */
    private static Trial killAt(Path store, long killAtMs, Path log) throws Exception {
        Process p = child(store, log);
        try {
            if (!firstBatch(p, log) || p.waitFor(killAtMs, TimeUnit.MILLISECONDS)) {
                return new Trial(true);
            }
            p.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "child did not die");
            return new Trial(false);
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
