package org.newsgraph.article;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one file into articles. Implementations are stateless and thread-safe. A reader reports
 * each bad article to the sink and carries on with the rest of the file; it throws only when the
 * file itself cannot be opened.
 */
public interface ArticleReader {
    /** Whether this reader handles the file (by its name). */
    boolean accepts(Path file);

    /** Reads the file, sending each article and each problem to the sink. */
    void read(Path file, ArticleSink sink) throws IOException;
}
