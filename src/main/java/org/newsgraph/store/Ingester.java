package org.newsgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.ProcessedArticle;

/**
 * Reads articles, runs the pipeline on them in parallel and writes their graphs to the store in
 * batches, one transaction per batch: a crash loses at most the batch in flight and never leaves half
 * an article. A bad article is recorded as a problem and the rest go on; in strict mode the first
 * problem aborts the whole run and the store is left as it was. Holds at most one batch in memory.
 * The graphs go to a {@link GraphSink}: a local {@link NewsStore}, or a {@link RemoteStore} when a
 * running server holds the store; strict mode needs a local store.
 * Not thread-safe; build one per run with {@link #builder()}.
 */
public final class Ingester {
    private final GraphSink sink;
    private final NewsStore store;
    private final Pipeline pipeline;
    private final Function<ProcessedArticle, ArticleGraph> mapper;
    private final Articles articles;
    private final int batchSize;
    private final int threads;
    private final boolean strict;
    private final IngestListener listener;

    private Ingester(Builder b) {
        this.sink = b.sink;
        this.store = b.store;
        this.pipeline = b.pipeline;
        this.mapper = b.mapper;
        this.articles = b.articles;
        this.batchSize = b.batchSize;
        this.threads = b.threads;
        this.strict = b.strict;
        this.listener = b.listener;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Ingests every article under the paths. */
    public IngestSummary run(List<Path> paths) {
        long t0 = System.nanoTime();
        Run run = new Run();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try (NewsStore.Batch strictBatch = strict ? store.batch() : null) {
            run.pool = pool;
            run.strictBatch = strictBatch;
            try {
                articles.read(paths, run);
                run.flush();
                if (strictBatch != null) {
                    strictBatch.commit();
                }
            } catch (StrictAbort e) {
                run.aborted = true;
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long ingested = run.aborted ? 0 : run.ingested;
        long quads = run.aborted ? 0 : run.quads;
        return new IngestSummary(run.read, ingested, run.problems, quads, run.tokens, seconds, run.aborted);
    }

    private static final class StrictAbort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StrictAbort() {
            super(null, null, false, false);
        }
    }

    private final class Run implements ArticleSink {
        ExecutorService pool;
        NewsStore.Batch strictBatch;
        final List<Article> pending = new ArrayList<>();
        final List<ArticleProblem> problems = new ArrayList<>();
        long read;
        long ingested;
        long quads;
        long tokens;
        boolean aborted;

        @Override
        public void article(Article article) {
            read++;
            pending.add(article);
            if (pending.size() >= batchSize) {
                flush();
            }
        }

        @Override
        public void problem(ArticleProblem problem) {
            problems.add(problem);
            listener.problem(problem);
            if (strict) {
                throw new StrictAbort();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Future<ArticleGraph>> futures = new ArrayList<>(pending.size());
            for (Article a : pending) {
                futures.add(pool.submit(() -> {
                    ProcessedArticle p = pipeline.process(a);
                    synchronized (this) {
                        tokens += p.tokens();
                    }
                    return mapper.apply(p);
                }));
            }
            List<ArticleGraph> graphs = new ArrayList<>(pending.size());
            for (int i = 0; i < futures.size(); i++) {
                Article a = pending.get(i);
                try {
                    graphs.add(futures.get(i).get());
                    listener.processed(a.source());
                } catch (ExecutionException e) {
                    problem(new ArticleProblem(a.fileName(), line(a), "extraction failed: " + e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while extracting " + a.source(), e);
                }
            }
            pending.clear();
            write(graphs);
        }

        private void write(List<ArticleGraph> graphs) {
            long n = 0;
            if (strictBatch != null) {
                for (ArticleGraph g : graphs) {
                    n += strictBatch.replace(g);
                }
            } else {
                n = sink.replace(graphs);
            }
            ingested += graphs.size();
            quads += n;
            listener.committed(graphs.size(), n);
        }

        private long line(Article a) {
            int hash = a.source().indexOf('#');
            return hash < 0 ? 0 : Long.parseLong(a.source().substring(hash + 1));
        }
    }

    /** Builds an {@link Ingester}; a store or sink, the pipeline and the mapper are required. */
    public static final class Builder {
        private GraphSink sink;
        private NewsStore store;
        private Pipeline pipeline;
        private Function<ProcessedArticle, ArticleGraph> mapper;
        private Articles articles = Articles.withSystemClock();
        private int batchSize = 200;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean strict;
        private IngestListener listener = IngestListener.NONE;

        private Builder() {
        }

        /** Writes to a local store; same as {@link #sink(GraphSink)} with the store. */
        public Builder store(NewsStore store) {
            return sink(store);
        }

        /** Where the graphs go: a {@link NewsStore} or a {@link RemoteStore}. */
        public Builder sink(GraphSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            this.store = sink instanceof NewsStore local ? local : null;
            return this;
        }

        public Builder pipeline(Pipeline pipeline) {
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
            return this;
        }

        /** How a processed article becomes its graph. */
        public Builder mapper(Function<ProcessedArticle, ArticleGraph> mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        public Builder articles(Articles articles) {
            this.articles = Objects.requireNonNull(articles, "articles");
            return this;
        }

        /** Articles per transaction (default 200). */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** Extraction threads (default: the number of cores). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Whether the first problem aborts the whole run, leaving the store unchanged. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder listener(IngestListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The ingester; refuses a missing store, pipeline or mapper, and strict mode without a local store. */
        public Ingester build() {
            List<String> missing = new ArrayList<>();
            if (sink == null) {
                missing.add("store");
            }
            if (pipeline == null) {
                missing.add("pipeline");
            }
            if (mapper == null) {
                missing.add("mapper");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Ingester needs " + String.join(", ", missing));
            }
            if (strict && store == null) {
                throw new IllegalStateException("strict needs a local store, not " + sink.describe()
                        + ": a server cannot hold one transaction across the requests of a whole run");
            }
            return new Ingester(this);
        }
    }
}
