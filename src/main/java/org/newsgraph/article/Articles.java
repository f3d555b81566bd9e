package org.newsgraph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads files and folders of articles, choosing a reader by file name. Folders are walked in name
 * order, hidden files skipped. Streams: one file is read at a time. Thread-safe.
 */
public final class Articles {
    private final List<ArticleReader> readers;

    public Articles(Clock clock) {
        this.readers = List.of(new JsonLinesArticleReader(clock), new HtmlArticleReader(clock), new TextArticleReader(clock));
    }

    /** Articles with the system clock (used only to refuse dates in the future). */
    public static Articles withSystemClock() {
        return new Articles(Clock.systemDefaultZone());
    }

    /** Reads every article under the paths into the sink; unreadable inputs become problems. */
    public void read(List<Path> paths, ArticleSink sink) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> !f.getFileName().toString().endsWith(".gold.json"))
                            .filter(f -> !f.getFileName().toString().endsWith(".md"))
                            .sorted()
                            .forEach(f -> readFile(f, sink));
                } catch (IOException | UncheckedIOException e) {
                    sink.problem(new ArticleProblem(p.toString(), 0, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                readFile(p, sink);
            } else {
                sink.problem(new ArticleProblem(p.toString(), 0, "no such file or folder"));
            }
        }
    }

    /** Reads one file into the sink. */
    public void readFile(Path file, ArticleSink sink) {
        ArticleReader reader = readers.stream().filter(r -> r.accepts(file)).findFirst().orElse(null);
        if (reader == null) {
            sink.problem(new ArticleProblem(file.getFileName().toString(), 0,
                    "unknown file type (expected .txt, .jsonl, .ndjson, .html or no extension)"));
            return;
        }
        try {
            reader.read(file, sink);
        } catch (IOException e) {
            sink.problem(new ArticleProblem(file.getFileName().toString(), 0, "cannot read: " + e.getMessage()));
        }
    }
}
