package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine;

/** {@code ingest --store DIR} or {@code ingest --server URL}: exactly one, and the server's answers made plain. */
class IngestCommandServerTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run ingest(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 1];
        all[0] = "ingest";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Run(cl.execute(all), err.toString());
    }

    @Test
    void storeAndServerTogetherIsAUsageError() {
        Run r = ingest("--store", dir.toString(), "--server", "http://127.0.0.1:1/newsgraph", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void neitherStoreNorServerIsAUsageError() {
        Run r = ingest(dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--store") && r.err().contains("--server"), r.err());
    }

    @Test
    void userWithStoreIsAUsageError() {
        Run r = ingest("--store", dir.resolve("s").toString(), "--user", "editor", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("go with --server"), r.err());
    }

    @Test
    void strictWithServerIsAUsageError() {
        Run r = ingest("--server", "http://127.0.0.1:1/newsgraph", "--strict", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--strict needs --store"), r.err());
    }

    @Test
    void wrongPasswordIsReportedBeforeAnyArticleIsRead() throws Exception {
        Path users = Files.writeString(dir.resolve("users"), "editor: right, admin\n");
        Path wrong = Files.writeString(dir.resolve("wrong"), "not-right\n");
        try (NewsStore store = NewsStore.open(dir.resolve("tdb2"));
                NewsGraphServer server = NewsGraphServer.builder().dataset(store.dataset()).port(0).allowUpdate(true)
                        .passwordFile(users).build().start()) {
            Run r = ingest("--server", server.datasetUrl(), "--user", "editor", "--password-file", wrong.toString(),
                    dir.resolve("no-articles-here").toString());
            assertEquals(Main.INPUT_FAILED, r.exit(), r.err());
            assertTrue(r.err().contains("HTTP 401") && r.err().contains("user 'editor'"), r.err());
        }
    }
}
