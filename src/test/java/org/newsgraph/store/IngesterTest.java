package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;
import org.newsgraph.extract.RuleExtractor;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.ProcessedArticle;
import org.newsgraph.rdf.RdfMapper;

/** The ingest paths on the dev articles, with the real models: transactions, bulk, compaction. */
class IngesterTest {
    private static final List<Path> DEV = List.of(Path.of("eval/dev"));
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void models() {
        pipeline = new Pipeline(NlpModels.shared(), new RuleExtractor(), Linker.NONE);
    }

    private static Ingester.Builder ingester(NewsStore store) {
        return Ingester.builder().store(store).pipeline(pipeline).mapper(ArticleGraph.rdf()).threads(2).batchSize(4);
    }

    @Test
    void bulkIngestGivesTheSameStoreAsIncrementalIngest() {
        try (NewsStore inc = NewsStore.open(dir.resolve("inc")); NewsStore bulk = NewsStore.open(dir.resolve("bulk"))) {
            IngestSummary a = ingester(inc).build().run(DEV);
            IngestSummary b = ingester(bulk).bulk(true).build().run(DEV);
            assertEquals(15, a.ingested());
            assertEquals(a.ingested(), b.ingested());
            assertEquals(a.quads(), b.quads());
            assertEquals(inc.quadCount(), bulk.quadCount());
            BulkLoaderTest.assertSameContent(inc, bulk);
        }
    }

    @Test
    void bulkIngestRefusesANonEmptyStoreAndLeavesItAlone() {
        try (NewsStore s = NewsStore.open(dir)) {
            ingester(s).build().run(List.of(Path.of("eval/dev/104-state-pompeo-abiy-meeting.txt")));
            long before = s.quadCount();
            NewsGraphException e = assertThrows(NewsGraphException.class, () -> ingester(s).bulk(true).build().run(DEV));
            assertTrue(e.getMessage().contains("not empty"), e.getMessage());
            assertEquals(before, s.quadCount());
        }
    }

    @Test
    void bulkAndStrictCannotBeCombined() {
        try (NewsStore s = NewsStore.open(dir)) {
            assertThrows(IllegalStateException.class, () -> ingester(s).bulk(true).strict(true).build());
        }
    }

    @Test
    void compactionAfterALargeRunKeepsTheContent() {
        try (NewsStore compacted = NewsStore.open(dir.resolve("c")); NewsStore plain = NewsStore.open(dir.resolve("p"))) {
            List<Long> compactions = new ArrayList<>();
            IngestListener listener = new IngestListener() {
                @Override
                public void compacting(long quads) {
                    compactions.add(quads);
                }
            };
            IngestSummary s = ingester(compacted).batchSize(1).compactAfter(1).listener(listener).build().run(DEV);
            ingester(plain).compactAfter(0).build().run(DEV);
            assertEquals(List.of(s.quads()), compactions);
            BulkLoaderTest.assertSameContent(plain, compacted);
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameStore() {
        try (NewsStore one = NewsStore.open(dir.resolve("1")); NewsStore two = NewsStore.open(dir.resolve("2"))) {
            ingester(one).threads(1).build().run(DEV);
            ingester(two).threads(2).batchSize(3).build().run(DEV);
            BulkLoaderTest.assertSameContent(one, two);
        }
    }
}
