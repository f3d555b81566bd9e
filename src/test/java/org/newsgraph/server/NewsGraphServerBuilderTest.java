package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;

class NewsGraphServerBuilderTest {
    @TempDir
    Path dir;

    private static String message(Class<? extends Throwable> type, org.junit.jupiter.api.function.Executable call) {
        return assertThrows(type, call).getMessage();
    }

    @Test
    void settersRefuseBadValuesNamingTheSetting() {
        NewsGraphServer.Builder b = NewsGraphServer.builder();
        assertTrue(message(IllegalArgumentException.class, () -> b.port(70_000)).startsWith("port"));
        assertTrue(message(IllegalArgumentException.class, () -> b.port(-1)).startsWith("port"));
        assertTrue(message(IllegalArgumentException.class, () -> b.datasetName("a/b")).startsWith("datasetName"));
        assertTrue(message(IllegalArgumentException.class, () -> b.datasetName("$")).startsWith("datasetName"));
        assertTrue(message(IllegalArgumentException.class, () -> b.host(" ")).startsWith("host"));
        assertTrue(message(IllegalArgumentException.class, () -> b.queryTimeout(Duration.ZERO)).startsWith("queryTimeout"));
        assertTrue(message(IllegalArgumentException.class, () -> b.resultLimit(0)).startsWith("resultLimit"));
        assertTrue(message(IllegalArgumentException.class, () -> b.maxRequestBytes(0)).startsWith("maxRequestBytes"));
        assertEquals("dataset", message(NullPointerException.class, () -> b.dataset(null)));
    }

    @Test
    void buildRefusesAMissingDataset() {
        assertEquals("dataset is required", message(IllegalStateException.class, () -> NewsGraphServer.builder().build()));
    }

    @Test
    void buildRefusesADatasetThatIsNotTdb2() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        assertTrue(message(IllegalStateException.class, () -> NewsGraphServer.builder().dataset(mem).build())
                .contains("TDB2"));
    }

    @Test
    void updatesNeedAPasswordFileWithAnAdmin() throws Exception {
        DatasetGraph dsg = ServerFixtures.newsDataset(dir.resolve("tdb2"));
        try {
            assertTrue(message(IllegalStateException.class,
                    () -> NewsGraphServer.builder().dataset(dsg).allowUpdate(true).build()).contains("passwordFile"));
            Path readersOnly = Files.writeString(dir.resolve("pw"), "ann: pw1, reader\n");
            assertTrue(message(IllegalStateException.class, () -> NewsGraphServer.builder().dataset(dsg)
                    .allowUpdate(true).passwordFile(readersOnly).build()).contains("role admin"));
            Path missing = dir.resolve("missing");
            assertTrue(message(NewsGraphException.class, () -> NewsGraphServer.builder().dataset(dsg)
                    .passwordFile(missing).build()).contains(missing.toString()));
        } finally {
            ServerFixtures.release(dsg);
        }
    }

    @Test
    void startTwiceIsRefusedAndStopIsIdempotent() {
        DatasetGraph dsg = ServerFixtures.newsDataset(dir.resolve("tdb2"));
        try {
            NewsGraphServer server = NewsGraphServer.builder().dataset(dsg).port(0).build();
            assertThrows(IllegalStateException.class, server::port, "port before start");
            server.start();
            assertTrue(server.port() > 0);
            assertThrows(IllegalStateException.class, server::start);
            server.stop();
            server.close();
            assertThrows(IllegalStateException.class, server::port, "port after stop");
        } finally {
            ServerFixtures.release(dsg);
        }
    }
}
