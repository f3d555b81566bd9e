package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs a query in the Fuseki UI in headless Chromium. */
@Tag("browser")
@Tag("slow")
class NewsGraphServerBrowserTest {
    @TempDir
    Path dir;
    private DatasetGraph dataset;
    private NewsGraphServer server;
    private UiBrowser browser;

    @BeforeEach
    void start() {
        dataset = ServerFixtures.newsDataset(dir.resolve("tdb2"));
        server = NewsGraphServer.builder().dataset(dataset).port(0).build().start();
        browser = UiBrowser.start(dir.resolve("chrome-profile"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        ServerFixtures.release(dataset);
    }

    @Test
    void queryInTheUiShowsWitkoff() {
        List<String> texts = browser.runQuery(server.url(), server.datasetName(), ServerFixtures.ATTENDEES_QUERY,
                "Witkoff", "queryInTheUiShowsWitkoff");
        assertTrue(texts.stream().anyMatch(t -> t.contains("Steve Witkoff")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Vladimir Putin")), texts::toString);
    }
}
