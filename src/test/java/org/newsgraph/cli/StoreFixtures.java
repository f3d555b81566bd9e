package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.store.NewsStore;

/** Test inputs made from the dev-set articles, and in-memory snapshots of stores to compare. */
final class StoreFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path DEV = Path.of("eval", "dev");

    private StoreFixtures() {
    }

    /** A copy of everything in the store, taken inside a read transaction; the store is closed after. */
    static DatasetGraph snapshot(Path store) {
        try (NewsStore s = NewsStore.open(store)) {
            DatasetGraph copy = DatasetGraphFactory.create();
            Txn.executeRead(s.dataset(), () -> s.dataset().find().forEachRemaining(copy::add));
            return copy;
        }
    }

    /** The named graphs of a dataset by name. */
    static Map<Node, Graph> graphs(DatasetGraph dsg) {
        Map<Node, Graph> out = new HashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> out.put(g, dsg.getGraph(g)));
        return out;
    }

    /** The quads in {@code a} and not in {@code b}, for messages (at most {@code max}). */
    static List<Quad> missing(DatasetGraph a, DatasetGraph b, int max) {
        List<Quad> out = new ArrayList<>();
        a.find().forEachRemaining(q -> {
            if (out.size() < max && !b.contains(q)) {
                out.add(q);
            }
        });
        return out;
    }

    static long size(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    /** A dev-set article's text without its {@code date} line. */
    static String devText(String fileStart) {
        try (Stream<Path> files = Files.list(DEV)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(fileStart) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no dev article " + fileStart));
            return Files.readString(f, StandardCharsets.UTF_8).replaceFirst("\\A\\s*date\\s+\\S+\\s*", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs of all dev-set articles that are long enough to be prose, in file order. */
    static List<String> devParagraphs() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEV)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replaceFirst("\\A\\s*date\\s+\\S+\\s*", "");
                for (String p : text.split("\\n\\s*\\n")) {
                    String flat = p.strip().replaceAll("\\s+", " ");
                    if (flat.length() >= 80) {
                        out.add(flat);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One JSON Lines record; null fields are left out. */
    static String jsonLine(String url, String title, String published, String text) {
        ObjectNode n = JSON.createObjectNode();
        if (url != null) {
            n.put("url", url);
        }
        if (title != null) {
            n.put("title", title);
        }
        if (published != null) {
            n.put("published", published);
        }
        if (text != null) {
            n.put("text", text);
        }
        return n.toString();
    }

    /**
     * A JSON Lines corpus of {@code n} distinct articles, each {@code paragraphs} dev-set paragraphs
     * picked by a seeded random generator, with its own URL, title and date.
     */
    static Path corpus(Path file, int n, int paragraphs, long seed) throws IOException {
        List<String> all = devParagraphs();
        Random r = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text;
            do {
                List<String> picked = new ArrayList<>();
                for (int k = 0; k < paragraphs; k++) {
                    picked.add(all.get(r.nextInt(all.size())));
                }
                text = String.join("\n\n", picked);
            } while (!seen.add(text));
            lines.add(jsonLine("https://news.example.org/" + seed + "/" + i, "Story " + i,
                    String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28), text));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
