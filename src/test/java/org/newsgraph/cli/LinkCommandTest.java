package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.store.NewsStore;

/** {@code link --store}: a store ingested without links, relinked, equals one ingested with links. */
class LinkCommandTest {
    private static final Node PUTIN = NodeFactory.createURI(NG.ID_WIKIDATA + "Q7747");

    @TempDir
    static Path tmp;
    static Path linked;

    @BeforeAll
    static void ingestWithLinks() {
        linked = tmp.resolve("linked");
        Cli r = run("ingest", "--store", linked.toString(), "seeds");
        assertEquals(0, r.exitCode(), r.err());
    }

    /** Runs the command line in-process, with {@code link} registered whether or not Main lists it yet. */
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Main.commandLine();
        if (!cmd.getSubcommands().containsKey("link")) {
            cmd.addSubcommand("link", new LinkCommand());
        }
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    private static Path unlinkedStore(String name) {
        Path store = tmp.resolve(name);
        Cli r = run("ingest", "--no-link", "--store", store.toString(), "seeds");
        assertEquals(0, r.exitCode(), r.err());
        return store;
    }

    @Test
    void linkingAStoreIngestedWithoutLinks_givesTheStoreIngestedWithLinks() {
        Path store = unlinkedStore("relinked");
        try (NewsStore s = NewsStore.open(store)) {
            assertFalse(Txn.calculateRead(s.dataset(), () -> s.dataset().getUnionGraph().contains(PUTIN, Node.ANY, Node.ANY)));
        }
        Cli r = run("link", "--store", store.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("articles 1 (changed 1), entities "), r.out());
        assertTrue(r.out().contains("failed 0"), r.out());

        try (NewsStore s = NewsStore.open(store); NewsStore expected = NewsStore.open(linked)) {
            DatasetGraph got = s.dataset();
            Txn.executeRead(got, () -> {
                assertTrue(got.getUnionGraph().contains(PUTIN, OWL.sameAs.asNode(),
                        NodeFactory.createURI(NG.WIKIDATA_ENTITY + "Q7747")));
                assertFalse(got.getUnionGraph().contains(NodeFactory.createURI(NG.ID + "person/vladimir-putin"),
                        Node.ANY, Node.ANY));
            });
            Shapes.Report report = Shapes.get().validate(got);
            assertTrue(report.conforms(), String.join("\n", report.messages()));
            Txn.executeRead(got, () -> Txn.executeRead(expected.dataset(),
                    () -> assertTrue(IsoMatcher.isomorphic(expected.dataset(), got),
                            "the relinked store differs from the store ingested with links")));
        }
    }

    @Test
    void linkingTwice_changesNothing() {
        Path store = unlinkedStore("twice");
        assertEquals(0, run("link", "--store", store.toString()).exitCode());
        long quads;
        try (NewsStore s = NewsStore.open(store)) {
            quads = s.quadCount();
        }
        Cli r = run("link", "--store", store.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("articles 1 (changed 0), "), r.out());
        assertTrue(r.out().contains(", changed 0, failed 0"), r.out());
        try (NewsStore s = NewsStore.open(store); NewsStore expected = NewsStore.open(linked)) {
            assertEquals(quads, s.quadCount());
            Txn.executeRead(s.dataset(), () -> Txn.executeRead(expected.dataset(),
                    () -> assertTrue(IsoMatcher.isomorphic(expected.dataset(), s.dataset()))));
        }
    }

    @Test
    void aMissingStoreIsAnInputFailure() {
        Path missing = tmp.resolve("missing");
        Cli r = run("link", "--store", missing.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("no store at"), r.err());
        assertFalse(java.nio.file.Files.exists(missing));
    }

    @Test
    void badBatchSizeIsAUsageError() {
        Cli r = run("link", "--store", tmp.resolve("unused").toString(), "--batch", "0");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--batch"), r.err());
    }
}
