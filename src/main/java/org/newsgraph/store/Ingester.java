package org.newsgraph.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.newsgraph.NewsGraphException;
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
 * problem aborts the whole run and the store is left as it was. The graphs go to a {@link GraphSink}:
 * a local {@link NewsStore}, or a {@link RemoteStore} when a running server holds the store; strict,
 * bulk and compaction need a local store.
 *
 * <p>Streams in flat memory: the reading thread keeps at most one batch plus a look-ahead of
 * articles in flight, and the extraction threads go on with the look-ahead while a batch is written,
 * so writing does not stall the pipeline. A {@linkplain Builder#bulk(boolean) bulk} run fills a new or
 * empty store with Jena's bulk loader instead of transactions; an incremental run that wrote many quads
 * {@linkplain Builder#compactAfter(long) compacts} the store at the end. Not thread-safe; build one per
 * run with {@link #builder()}.
 */
public final class Ingester {
    /** Default articles per transaction. */
    public static final int DEFAULT_BATCH_SIZE = 200;
    /** Default number of quads written by an incremental run above which the store is compacted. */
    public static final long DEFAULT_COMPACT_AFTER = 1_000_000;

    private final GraphSink sink;
    private final NewsStore store;
    private final Pipeline pipeline;
    private final Function<ProcessedArticle, ArticleGraph> mapper;
    private final Articles articles;
    private final int batchSize;
    private final int threads;
    private final boolean strict;
    private final boolean bulk;
    private final long compactAfter;
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
        this.bulk = b.bulk;
        this.compactAfter = b.compactAfter;
        this.listener = b.listener;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Ingests every article under the paths.
     *
     * @throws NewsGraphException in bulk mode, when the store is not empty (nothing is written)
     */
    public IngestSummary run(List<Path> paths) {
        long t0 = System.nanoTime();
        Run run = new Run();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try (BulkLoader bulkLoader = bulk ? BulkLoader.start(store) : null;
                NewsStore.Batch strictBatch = strict ? store.batch() : null) {
            run.pool = pool;
            run.strictBatch = strictBatch;
            run.bulkLoader = bulkLoader;
            try {
                articles.read(paths, run);
                run.flush();
                if (strictBatch != null) {
                    strictBatch.commit();
                }
                if (bulkLoader != null) {
                    bulkLoader.finish();
                }
            } catch (StrictAbort e) {
                run.aborted = true;
            }
        } finally {
            pool.shutdownNow();
        }
        if (store != null && !bulk && !run.aborted && compactAfter > 0 && run.quads >= compactAfter) {
            listener.compacting(run.quads);
            store.compact();
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

    /** An article's graph and token count, made on an extraction thread. */
    private record Processed(ArticleGraph graph, int tokens) {
    }

    /** An article in flight and its result to come. */
    private record InFlight(Article article, Future<Processed> result) {
    }

    private final class Run implements ArticleSink {
        ExecutorService pool;
        NewsStore.Batch strictBatch;
        BulkLoader bulkLoader;
        final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
        final int window = batchSize + Math.min(batchSize, 32 * threads);
        final List<ArticleProblem> problems = new ArrayList<>();
        long read;
        long ingested;
        long quads;
        long tokens;
        boolean aborted;

        @Override
        public void article(Article article) {
            read++;
            inFlight.add(new InFlight(article, pool.submit(() -> {
                ProcessedArticle p = pipeline.process(article);
                return new Processed(mapper.apply(p), p.tokens());
            })));
            if (inFlight.size() >= window) {
                writeNext(batchSize);
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
            while (!inFlight.isEmpty()) {
                writeNext(batchSize);
            }
        }

        /** Waits for the oldest {@code n} articles in flight, in order, and writes them as one batch. */
        private void writeNext(int n) {
            List<ArticleGraph> graphs = new ArrayList<>(n);
            for (int i = 0; i < n && !inFlight.isEmpty(); i++) {
                InFlight f = inFlight.poll();
                try {
                    Processed p = f.result().get();
                    graphs.add(p.graph());
                    tokens += p.tokens();
                    listener.processed(f.article().source());
                } catch (ExecutionException e) {
                    problem(new ArticleProblem(f.article().fileName(), line(f.article()), "extraction failed: " + e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while extracting " + f.article().source(), e);
                }
            }
            write(graphs);
        }

        private void write(List<ArticleGraph> graphs) {
            if (graphs.isEmpty()) {
                return;
            }
            long n = 0;
            if (bulkLoader != null) {
                for (ArticleGraph g : graphs) {
                    n += bulkLoader.add(g);
                }
            } else if (strictBatch != null) {
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
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean strict;
        private boolean bulk;
        private long compactAfter = DEFAULT_COMPACT_AFTER;
        private IngestListener listener = IngestListener.NONE;

        private Builder() {
        }

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

        /**
         * Whether to fill a new or empty store with Jena's bulk loader instead of transactions (default
         * false): much faster for a first load of a large archive. The run refuses a store that holds
         * data; an article read twice is merged, not replaced. Cannot be combined with strict mode.
         */
        public Builder bulk(boolean bulk) {
            this.bulk = bulk;
            return this;
        }

        /**
         * Compacts the store after an incremental run that wrote at least this many quads, reclaiming
         * the space of old copy-on-write blocks (default {@value Ingester#DEFAULT_COMPACT_AFTER}); 0 never
         * compacts.
         */
        public Builder compactAfter(long quads) {
            if (quads < 0) {
                throw new IllegalArgumentException("compactAfter must not be negative: " + quads);
            }
            this.compactAfter = quads;
            return this;
        }

        public Builder listener(IngestListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The ingester; refuses a missing store, pipeline or mapper. */
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
            if ((strict || bulk) && store == null) {
                throw new IllegalStateException((strict ? "strict" : "bulk") + " needs a local store, not " + sink.describe()
                        + ": a server cannot hold one transaction across the requests of a whole run");
            }
            if (bulk && strict) {
                throw new IllegalStateException("Ingester cannot combine bulk and strict: a bulk load cannot be"
                        + " rolled back; check the articles with a strict run into a scratch store first");
            }
            return new Ingester(this);
        }
    }
}
