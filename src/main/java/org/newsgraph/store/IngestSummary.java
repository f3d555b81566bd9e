package org.newsgraph.store;

import java.util.List;
import org.newsgraph.article.ArticleProblem;

/**
 * What an ingest did.
 *
 * @param read     articles read
 * @param ingested articles written to the store
 * @param problems inputs that failed, with file, position and reason
 * @param quads    quads written
 * @param tokens   tokens processed
 * @param seconds  wall time
 * @param aborted  whether nothing was written because of {@code --strict}
 */
public record IngestSummary(long read, long ingested, List<ArticleProblem> problems, long quads, long tokens,
        double seconds, boolean aborted) {
    public IngestSummary {
        problems = List.copyOf(problems);
    }

    /** Number of failed inputs. */
    public int failed() {
        return problems.size();
    }

    /** One line for people. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "articles read %d, ingested %d, failed %d, triples written %d, %.1f s%s",
                read, ingested, failed(), quads, seconds, aborted ? " (strict: aborted, store unchanged)" : "");
    }
}
