package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;

/**
 * Hostile and broken input through {@code newsgraph ingest} into a real store: each bad input is
 * reported with file, position and reason, the good articles are still ingested, the exit code is 1,
 * {@code --strict} leaves the store as it was, nothing hangs, and the RDF stays valid.
 */
class HostileInputTest {
    private static final String PROSE = "The minister said on Tuesday that the talks with his counterpart were useful and"
            + " that the two sides would meet again in the spring to discuss the trade agreement.";
    private static final String MEETING = "Prime Minister Anna Lindqvist met President Tomas Berg in Oslo on Monday,"
            + " the government said. Lindqvist said the two leaders discussed energy and trade.";

    @TempDir
    Path dir;

    private Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertReported(Cli r, String fileAndPosition, String reason) {
        boolean found = r.err().lines().anyMatch(l -> l.startsWith("problem: " + fileAndPosition + ": ") && l.contains(reason));
        assertTrue(found, "expected 'problem: " + fileAndPosition + ": ..." + reason + "' in:\n" + r.err());
    }

    @Test
    void eachBadInputIsReportedWithFileAndPositionAndTheGoodOnesAreIngested() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in, "a-empty.txt", "");
        Files.write(in.resolve("b-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0, -1, -2});
        Files.write(in.resolve("c-latin1.txt"), ("Caf\u00e9 " + PROSE).getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("d-utf16be.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                ("date 2024-02-01 " + MEETING).getBytes(StandardCharsets.UTF_16BE)));
        write(in, "e-crlf.txt", "Talks in Oslo\r\n\r\n" + MEETING.replace(". ", ".\r\n") + "\r\n" + PROSE + "\r\n");
        write(in, "f-german.txt", "Die Regierung hat am Dienstag beschlossen, dass die Gespräche mit den Nachbarn im"
                + " Frühjahr fortgesetzt werden sollen, und der Minister sagte, er sei zufrieden mit dem Ergebnis.");
        List<byte[]> feed = new ArrayList<>();
        feed.add(line(StoreFixtures.jsonLine("https://news.example.org/g1", "Good", "2024-03-01", MEETING)));
        feed.add(line("{\"url\": \"https://news.example.org/g2\", \"text\": \"unterminated"));
        feed.add(line("{\"url\": \"https://news.example.org/g3\", \"title\": \"no text here\"}"));
        feed.add(line(StoreFixtures.jsonLine("https://news.example.org/g4", "Bad date", "2025-02-30", PROSE)));
        feed.add(line(StoreFixtures.jsonLine("https://news.example.org/g5", "Future", "2999-01-01", PROSE)));
        feed.add(line(StoreFixtures.jsonLine("https://news.example.org/g6", "Control", "2024-03-02",
                MEETING.replace("met", "met\u0000").replace("Oslo", "Oslo\u001b[31m") + "\u0007\u0085 " + PROSE)));
        feed.add(line(StoreFixtures.jsonLine("https://news.example.org/g7", "Html", "2024-03-03",
                "<html><body><article><p>" + MEETING + "</p><script>var secret = 1;</script></article></body></html>")));
        byte[] badUtf8 = line("{\"url\": \"https://news.example.org/g8\", \"text\": \"Caf\u00e9 " + PROSE + "\"}");
        feed.add(badUtf8);
        feed.add(line("[1, 2, 3]"));
        feed.add(line(StoreFixtures.jsonLine("https://news.example.org/g10", "Impossible", "0000-00-00", PROSE)));
        try (OutputStream out = Files.newOutputStream(in.resolve("g-feed.jsonl"))) {
            for (int i = 0; i < feed.size(); i++) {
                byte[] b = feed.get(i);
                if (i == 7) {
                    b = new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
                }
                out.write(b);
            }
        }
        write(in, "h-page.txt", "<!DOCTYPE html><html><head><title>Oslo talks</title></head><body><nav>Home</nav>"
                + "<p>" + MEETING + "</p><p>" + PROSE + "</p><script>var tracking = 'x';</script></body></html>");
        write(in, "i-control.txt", "date 2024-04-01 " + MEETING.replaceFirst(" ", " \u0001") + "\u000b\f " + PROSE);
        write(in, "j-future.txt", "date 2999-01-01 " + PROSE);
        write(in, "k-impossible.txt", "date 2025-02-30 " + PROSE);
        write(in, "l-digits.txt", "12345 67890\n2024 2025\n");
        write(in, "m-spaces.txt", " \n\t\r\n  ");
        Files.write(in.resolve("n-bad.html"), new byte[] {'<', 'p', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'p', '>'});

        Path store = dir.resolve("store");
        Cli r = Cli.run("ingest", "--store", store.toString(), in.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertReported(r, "a-empty.txt", "empty file");
        assertReported(r, "b-binary.txt", "binary data (NUL byte at byte offset 4)");
        assertReported(r, "c-latin1.txt", "invalid UTF-8 at byte offset 3");
        assertReported(r, "f-german.txt:1", "not English prose");
        assertReported(r, "g-feed.jsonl:2", "malformed JSON");
        assertReported(r, "g-feed.jsonl:3", "no \"text\"");
        assertReported(r, "g-feed.jsonl:4", "not a valid date: '2025-02-30'");
        assertReported(r, "g-feed.jsonl:5", "date lies in the future: 2999-01-01");
        assertReported(r, "g-feed.jsonl:8", "invalid UTF-8 at byte offset");
        assertReported(r, "g-feed.jsonl:9", "not a JSON object");
        assertReported(r, "g-feed.jsonl:10", "not a valid date: '0000-00-00'");
        assertReported(r, "j-future.txt:1", "date lies in the future");
        assertReported(r, "k-impossible.txt:1", "not a valid date: '2025-02-30'");
        assertReported(r, "l-digits.txt:1", "no words");
        assertReported(r, "m-spaces.txt:1", "no text");
        assertReported(r, "n-bad.html", "invalid UTF-8 at byte offset 3");
        assertTrue(r.out().contains("articles read 7, ingested 7, failed 16"), r.out());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());

        DatasetGraph stored = StoreFixtures.snapshot(store);
        assertEquals(7, StoreFixtures.graphs(stored).size());
        assertNoLiteralContains(stored, "<p>", "<script", "var secret", "var tracking", "\u0000", "\u001b", "\u0007", "\r",
                "\u0085", "\u0001", "\u000b", "\f");
        assertMentionOffsetsPointIntoTheCleanedText(stored, "e-crlf.txt",
                "Talks in Oslo\n\n" + MEETING.replace(". ", ".\n") + "\n" + PROSE + "\n");
        assertTrue(hasLiteral(stored, "Oslo talks"), "the HTML page's title is kept");
        assertRoundTrips(store, stored);
    }

    @Test
    void strictAbortsTheBatchAndLeavesTheStoreUnchanged() throws IOException {
        Path store = dir.resolve("store");
        Path first = Files.createDirectories(dir.resolve("first"));
        write(first, "a.txt", "date 2024-01-01 " + MEETING);
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), first.toString()).exitCode());
        DatasetGraph before = StoreFixtures.snapshot(store);

        Path in = Files.createDirectories(dir.resolve("in"));
        write(in, "a.txt", "date 2024-01-01 " + MEETING + " It was changed.");
        write(in, "b.txt", "date 2024-01-02 " + PROSE);
        write(in, "c.txt", PROSE + " Another one.");
        write(in, "d-feed.jsonl", StoreFixtures.jsonLine("https://news.example.org/d1", "Good", "2024-03-01", PROSE)
                + "\n{\"text\": 3\n");
        Cli r = Cli.run("ingest", "--strict", "--batch", "1", "--store", store.toString(), in.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertReported(r, "d-feed.jsonl:2", "malformed JSON");
        assertTrue(r.out().contains("strict: aborted, store unchanged"), r.out());
        DatasetGraph after = StoreFixtures.snapshot(store);
        assertTrue(IsoMatcher.isomorphic(before, after), "store changed by an aborted strict run: "
                + StoreFixtures.missing(after, before, 5));
    }

    @Test
    void fiftyMegabyteArticlesAreRefusedBeforeBeingReadWhole() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] chunk = (PROSE + "\n").getBytes(StandardCharsets.US_ASCII);
        long fifty = 50L << 20;
        try (OutputStream txt = Files.newOutputStream(in.resolve("big.txt"));
                OutputStream html = Files.newOutputStream(in.resolve("big.html"));
                OutputStream jsonl = Files.newOutputStream(in.resolve("big.jsonl"))) {
            html.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            jsonl.write("{\"url\": \"https://news.example.org/big\", \"text\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] jsonChunk = (PROSE + "\\n").getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < fifty; n += chunk.length) {
                txt.write(chunk);
                html.write(chunk);
                jsonl.write(jsonChunk);
            }
            jsonl.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
            jsonl.write(line(StoreFixtures.jsonLine("https://news.example.org/small", "Small", "2024-03-01", MEETING)));
        }
        // Over the character limit but under the byte limit checked before reading.
        write(in, "three-million.txt", PROSE.repeat(3_000_000 / PROSE.length() + 1));

        // A small heap: reading any of these files whole would run out of memory.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                ReadOnly.class.getName(), in.resolve("big.txt").toString(), in.resolve("big.html").toString(),
                in.resolve("big.jsonl").toString()).redirectErrorStream(true).start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("problem: big.txt: article too long: 52428" ), out);
        assertTrue(out.contains("problem: big.html: page too large: 52428"), out);
        assertTrue(out.contains("problem: big.jsonl:1: line too long: 5"), out);
        assertTrue(out.contains("article: big.jsonl#2"), out);
        assertFalse(out.contains("OutOfMemoryError"), out);

        long t0 = System.nanoTime();
        Cli r = Cli.run("ingest", "--store", dir.resolve("store").toString(), in.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "hostile: 3 files of 50 MB and one of 3 M characters refused in %.1f s%n", seconds);
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertReported(r, "big.txt", "article too long: 52428");
        assertReported(r, "big.txt", "(limit 1000000 characters)");
        assertReported(r, "big.html", "page too large");
        assertReported(r, "big.jsonl:1", "line too long");
        assertReported(r, "three-million.txt:1", "article too long: 30000");
        assertTrue(r.out().contains("articles read 1, ingested 1, failed 4"), r.out());
    }

    @Test
    void aFolderOfTenThousandSmallFilesIsStreamed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("many"));
        int valid = 0;
        for (int i = 0; i < 10_000; i++) {
            String name = String.format(Locale.ROOT, "%05d.txt", i);
            if (i % 250 == 0) {
                write(in, name, "date 2024-01-01 Minister Karl Nilsen" + i + " met the mayor of Bergen on Friday, the office"
                        + " said in a statement about the " + i + " talks.");
                valid++;
            } else {
                write(in, name, i % 2 == 0 ? "" : Integer.toString(i));
            }
        }
        long t0 = System.nanoTime();
        Cli r = Cli.run("ingest", "--store", dir.resolve("store").toString(), in.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "hostile: 10,000 files (%d articles) in %.1f s%n", valid, seconds);
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().contains("articles read " + valid + ", ingested " + valid + ", failed " + (10_000 - valid)), r.out());
        assertReported(r, "00001.txt:1", "no words in text");
        assertReported(r, "00002.txt", "empty file");
        assertEquals(valid, StoreFixtures.graphs(StoreFixtures.snapshot(dir.resolve("store"))).size());
        assertTrue(seconds < 180, "10,000 small files took " + seconds + " s");
    }

    @Test
    void tenThousandCapitalisedWordsInARowDoNotHang() throws IOException {
        double small = timeCapitalisedRun(2_500);
        double large = timeCapitalisedRun(10_000);
        System.out.printf(Locale.ROOT, "hostile: capitalised run of 2,500 words %.1f s, of 10,000 words %.1f s%n", small, large);
        assertTrue(large < 120, "10,000 capitalised words took " + large + " s");
        assertTrue(large < 8 * small + 10, "not linear: 2,500 words " + small + " s, 10,000 words " + large + " s");
    }

    private double timeCapitalisedRun(int words) throws IOException {
        String[] names = {"Alder", "Birch", "Cedar", "Dover", "Elm", "Fenwick", "Garth", "Holm", "Ivar", "Jarl", "Kemp",
            "Lorne"};
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < words; i++) {
            run.append(names[i % names.length]).append(i % 7 == 0 ? "s" : "").append(' ');
        }
        Path in = Files.createDirectories(dir.resolve("caps-" + words));
        write(in, "caps.txt", "date 2024-01-01 " + (PROSE + " ").repeat(8) + "\n\nOfficials said " + run.toString().strip()
                + " met in Oslo.\n\n" + MEETING);
        long t0 = System.nanoTime();
        Cli r = Cli.run("ingest", "--store", dir.resolve("store-" + words).toString(), in.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.exitCode(), r.out() + r.err());
        return seconds;
    }

    @Test
    void unbalancedAndNestedQuotationMarksGiveSaneStatements() throws IOException {
        String text = "The minister said \"the talks were \"very\" useful and 'constructive' and the sides will meet again.\n\n"
                + "\"We will not accept this,\" said John Smith, \"because \"they\" said 'no' to \"everything.\n\n"
                + "Anna Lopez said \u201Ccurly \u2018nested\u2019 quotes are \u201Chere\u201D too.\u201D\n\n"
                + "\u201DReversed\u201C quotes, Anna Lopez said, are \u00ABodd\u00BB and \u201EGerman\u201C.\n\n"
                + "John Smith said \"\"\"\" and then '''' and \"'\"'\"'.\n\n"
                + "\"Unclosed at the very end, said the president of the republic";
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in, "quotes.txt", "date 2024-05-01 " + text);
        Path store = dir.resolve("store");
        Cli r = Cli.run("ingest", "--store", store.toString(), in.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        DatasetGraph stored = StoreFixtures.snapshot(store);
        Node statement = NodeFactory.createURI(NG.NS + "Statement");
        List<Node> statements = new ArrayList<>();
        stored.find(Node.ANY, Node.ANY, RDF.Nodes.type, statement).forEachRemaining(q -> statements.add(q.getSubject()));
        System.out.println("hostile: " + statements.size() + " statements from unbalanced quotes");
        for (Node s : statements) {
            int start = integer(stored, s, NG.Nodes.startOffset);
            int end = integer(stored, s, NG.Nodes.endOffset);
            assertTrue(0 <= start && start <= end && end <= text.length(), "offsets " + start + ".." + end);
            assertEquals(text.substring(start, end), literal(stored, s, NG.Nodes.text), "statement text at its offsets");
            int evStart = integer(stored, s, NG.Nodes.evidenceStart);
            int evEnd = integer(stored, s, NG.Nodes.evidenceEnd);
            assertTrue(evStart <= start && end <= evEnd, "statement inside its evidence");
        }
        assertRoundTrips(store, stored);
    }

    @Test
    void namesWithQuotesAngleBracketsBracesAndNewlinesKeepTheRdfValid() throws IOException {
        String weird = "Anna \"Nan\" Lopez > Jean}Paul {Dupont}\nO'Brien <script>";
        String text = "Prime Minister John \"Johnny\" Smith met President Anna>Maria Lopez in Paris on Tuesday, officials"
                + " said. Foreign Minister Jean}Paul Dupont said the talks were useful. Jean{Paul said \"we agreed\"."
                + " Minister Pierre\nMartin met Chancellor Olaf Scholz in Berlin on Monday, the government said."
                + " Mayor Zoë <b>Ng</b> said the city \\ welcomed them. Lone surrogates LONE_HIGH here and LONE_LOW there.";
        Path in = Files.createDirectories(dir.resolve("in"));
        // JSON escapes may encode unpaired surrogates, which no UTF-8 file can hold.
        write(in, "names.jsonl", StoreFixtures.jsonLine("https://news.example.org/names?a=1&b=%22x%22#frag", weird,
                "2024-05-01", text).replace("LONE_HIGH", "\\ud800").replace("LONE_LOW", "\\udc00") + "\n");
        String plain = text.replace("LONE_HIGH", "\u00bf").replace("LONE_LOW", "\u00a1");
        write(in, "names.txt", "date 2024-05-01 " + plain);
        write(in, "page.html", "<html><head><title>" + weird.replace("<", "&lt;").replace(">", "&gt;")
                + "</title></head><body><p>" + plain.replace("<", "&lt;").replace(">", "&gt;") + "</p></body></html>");
        Path store = dir.resolve("store");
        Cli r = Cli.run("ingest", "--store", store.toString(), in.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        DatasetGraph stored = StoreFixtures.snapshot(store);
        assertEquals(3, StoreFixtures.graphs(stored).size());
        assertTrue(hasLiteral(stored, weird), "the title with \", >, }, newline is kept as a literal");
        List<String> names = new ArrayList<>();
        stored.find(Node.ANY, Node.ANY, NodeFactory.createURI(NG.SCHEMA + "name"), Node.ANY)
                .forEachRemaining(q -> names.add(q.getObject().getLiteralLexicalForm()));
        System.out.println("hostile: names found " + names.stream().filter(n -> n.matches("(?s).*[\"<>{}\\n].*")).distinct().toList());
        stored.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI()) {
                    assertFalse(IRIx.create(n.getURI()).hasViolations(), "invalid IRI " + n.getURI());
                } else if (n.isLiteral()) {
                    assertFalse(hasLoneSurrogate(n.getLiteralLexicalForm()), "lone surrogate in " + q);
                }
            }
        });
        assertRoundTrips(store, stored);
    }

    // --- helpers

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private static byte[] line(String s) {
        return (s + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLiteral(DatasetGraph dsg, String value) {
        return dsg.find(Node.ANY, Node.ANY, Node.ANY, NodeFactory.createLiteralString(value)).hasNext();
    }

    private static void assertNoLiteralContains(DatasetGraph dsg, String... bad) {
        dsg.find().forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                for (String b : bad) {
                    assertFalse(q.getObject().getLiteralLexicalForm().contains(b), "literal contains " + b.codePoints()
                            .mapToObj(c -> String.format("U+%04X", c)).toList() + ": " + q);
                }
            }
        });
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        assertTrue(it.hasNext(), "no " + p + " on " + s);
        return it.next().getObject().getLiteralLexicalForm();
    }

    private static int integer(DatasetGraph dsg, Node s, Node p) {
        return Integer.parseInt(literal(dsg, s, p));
    }

    private static void assertMentionOffsetsPointIntoTheCleanedText(DatasetGraph dsg, String sourceFile, String text) {
        var it = dsg.find(Node.ANY, Node.ANY, NG.Nodes.sourceFile, NodeFactory.createLiteralString(sourceFile));
        assertTrue(it.hasNext(), "no article from " + sourceFile);
        Node graph = it.next().getGraph();
        List<Quad> mentions = new ArrayList<>();
        dsg.find(graph, Node.ANY, RDF.Nodes.type, NodeFactory.createURI(NG.NS + "Mention")).forEachRemaining(mentions::add);
        assertFalse(mentions.isEmpty(), "names found in " + sourceFile);
        for (Quad m : mentions) {
            Node s = m.getSubject();
            assertEquals(literal(dsg, s, NG.Nodes.text), text.substring(integer(dsg, s, NG.Nodes.startOffset),
                    integer(dsg, s, NG.Nodes.endOffset)), "mention offsets of " + s);
        }
    }

    /** Exports TriG and N-Quads through the CLI and parses them back: the same dataset. */
    private void assertRoundTrips(Path store, DatasetGraph stored) {
        for (String[] f : new String[][] {{"trig", "trig"}, {"nquads", "nq"}}) {
            Path file = dir.resolve("export." + f[1]);
            Cli r = Cli.run("export", "--store", store.toString(), "--format", f[0], "-o", file.toString());
            assertEquals(0, r.exitCode(), r.err());
            Dataset back = DatasetFactory.create();
            RDFDataMgr.read(back, file.toString());
            assertTrue(IsoMatcher.isomorphic(stored, back.asDatasetGraph()), f[0] + " did not round-trip: missing "
                    + StoreFixtures.missing(stored, back.asDatasetGraph(), 3));
        }
        Path ttl = dir.resolve("export.ttl");
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--format", "turtle", "-o", ttl.toString()).exitCode());
        assertTrue(IsoMatcher.isomorphic(stored.getUnionGraph(), RDFDataMgr.loadGraph(ttl.toString(), Lang.TURTLE)),
                "turtle did not round-trip");
    }
}
