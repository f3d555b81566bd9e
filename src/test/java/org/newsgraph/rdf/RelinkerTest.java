package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.link.Link;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Links;
import org.newsgraph.pipeline.ProcessedArticle;

class RelinkerTest {
    private static final String ZELENSKY_QID = "Q3874799";

    /** The seed with Zelensky linked too, so a statement with two topics changes its speaker. */
    private static ProcessedArticle seedAllLinked() {
        ProcessedArticle seed = Fixtures.seed();
        Map<String, Link> links = new HashMap<>(seed.links().byEntity());
        links.put("person/volodymyr-zelensky", new Link(ZELENSKY_QID, "Volodymyr Zelenskyy", 0.9, "gazetteer"));
        return new ProcessedArticle(seed.extraction(), new Links(links), seed.tokens());
    }

    private static ProcessedArticle unlinked(ProcessedArticle p) {
        return new ProcessedArticle(p.extraction(), Links.NONE, p.tokens());
    }

    private static Graph graph(ProcessedArticle p) {
        var dsg = Fixtures.dataset(p);
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(RdfMapper.graphName(p.article())).find().forEach(copy::add);
            return copy;
        });
    }

    private static Graph of(Relinker.Result r) {
        Graph g = GraphFactory.createDefaultGraph();
        r.triples().forEach(g::add);
        return g;
    }

    private static Relinker.Result relink(Graph g, ProcessedArticle p, Linker linker) {
        return new Relinker(linker).relink(RdfMapper.graphName(p.article()), g);
    }

    @Test
    void relinkingAnUnlinkedGraph_givesWhatMappingWithTheLinksGives() {
        for (ProcessedArticle p : List.of(Fixtures.seed(), seedAllLinked(), Fixtures.followUp())) {
            Relinker.Result r = relink(graph(unlinked(p)), p, x -> p.links());
            assertTrue(r.changed());
            assertTrue(of(r).isIsomorphicWith(graph(p)), () -> "differs for " + p.article().id() + ":\n" + r.triples());
            assertEquals(0, r.unverified());
        }
    }

    @Test
    void relinkingWithoutLinks_givesWhatMappingWithoutLinksGives() {
        for (ProcessedArticle p : List.of(Fixtures.seed(), seedAllLinked(), Fixtures.followUp())) {
            Relinker.Result r = relink(graph(p), p, Linker.NONE);
            assertTrue(of(r).isIsomorphicWith(graph(unlinked(p))), () -> "differs for " + p.article().id());
            assertEquals(0, r.linked());
        }
    }

    @Test
    void relinkingWithTheSameLinks_changesNothing() {
        ProcessedArticle p = seedAllLinked();
        Graph g = graph(p);
        Relinker.Result r = relink(g, p, x -> p.links());
        assertFalse(r.changed());
        assertEquals(0, r.changedEntities());
        assertEquals(g.find().toSet(), r.triples());
    }

    @Test
    void countsEntitiesLinkedAndChanged() {
        ProcessedArticle p = seedAllLinked();
        Relinker.Result r = relink(graph(unlinked(p)), p, x -> p.links());
        assertEquals(5, r.entities());
        assertEquals(3, r.linked());
        assertEquals(3, r.changedEntities());
        assertEquals(0, r.kept());
    }

    @Test
    void aChangedConfidenceOnlyRewritesTheLinkTriples() {
        ProcessedArticle p = Fixtures.seed();
        Links lower = new Links(Map.of("person/vladimir-putin", new Link("Q7747", "Vladimir Putin", 0.7, "gazetteer"),
                "place/moscow", new Link("Q649", "Moscow", 0.9, "gazetteer")));
        Relinker.Result r = relink(graph(p), p, x -> lower);
        assertTrue(r.changed());
        assertEquals(1, r.changedEntities());
        assertTrue(of(r).isIsomorphicWith(graph(new ProcessedArticle(p.extraction(), lower, p.tokens()))));
    }

    @Test
    void theLinkerSeesNamesRolesDateAndTheWordsAtTheirOffsets() {
        ProcessedArticle p = Fixtures.seed();
        AtomicReference<Extraction> seen = new AtomicReference<>();
        relink(graph(unlinked(p)), p, x -> {
            seen.set(x);
            return Links.NONE;
        });
        Extraction x = seen.get();
        assertEquals(p.article().id(), x.article().id());
        assertEquals(LocalDate.of(2025, 12, 2), x.article().published());
        assertEquals(p.article().title(), x.article().title());
        Entity putin = x.entity("person/vladimir-putin").orElseThrow();
        assertEquals(EntityType.PERSON, putin.type());
        assertEquals(List.of("president"), putin.roles());
        assertEquals(p.extraction().entity("person/vladimir-putin").orElseThrow().mentions(), putin.mentions());
        assertEquals(5, x.entities().size());
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), x.article().text().substring(m.start(), m.end()));
            }
        }
        // the words before the mention, as the linker reads them for titles
        int at = putin.mentions().get(0).start();
        assertEquals("Russian President ", x.article().text().substring(at - 18, at));
    }

    @Test
    void aNodeSharedByTwoEntities_isKeptWhenNewLinksWouldSplitIt() {
        ProcessedArticle p = Fixtures.followUp();
        // "Putin" and "Jared Kushner" both (wrongly) linked to one item share one node
        Link same = new Link("Q7747", "Vladimir Putin", 0.8, "gazetteer");
        Links merged = new Links(Map.of("person/putin", same, "person/jared-kushner", same));
        ProcessedArticle wrong = new ProcessedArticle(p.extraction(), merged, p.tokens());
        Graph g = graph(wrong);
        Relinker.Result split = relink(g, wrong, x -> p.links());
        assertEquals(2, split.kept());
        assertFalse(split.changed());
        Relinker.Result again = relink(g, wrong, x -> merged);
        assertEquals(0, again.kept());
        assertFalse(again.changed());
    }

    @Test
    void readBack_putsTheKeptWordsAtTheirOffsets() {
        Graph g = GraphFactory.createDefaultGraph();
        Node m = NodeFactory.createURI(NG.ID + "mention/a-4-9-x");
        g.add(Triple.create(m, NG.Nodes.text, NodeFactory.createLiteralString("Putin")));
        g.add(Triple.create(m, NG.Nodes.startOffset, NodeFactory.createLiteralDT("4", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        g.add(Triple.create(m, NG.Nodes.endOffset, NodeFactory.createLiteralDT("9", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        String text = ArticleReadBack.text(g);
        assertNotNull(text);
        assertEquals("\n\n\n\nPutin", text);
    }
}
