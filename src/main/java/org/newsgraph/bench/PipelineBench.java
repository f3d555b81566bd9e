package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.dboe.base.file.Location;
import org.newsgraph.NewsGraphException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Links;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.ProcessedArticle;
import org.newsgraph.store.ArticleGraph;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.NewsStore;

/**
 * Measures one corpus in one JVM: each stage of the pipeline on one thread (reading, NLP, extraction,
 * linking, RDF mapping, loading through the store's batch path), bare OpenNLP on the same texts, Jena's
 * bulk loaders on the same quads, the whole ingest with each thread count, the latency of the shipped
 * queries on the loaded store, and peak memory. Stages are timed article by article inside one
 * streaming pass, so nothing proportional to the corpus is held. Not thread-safe; one run per JVM gives
 * clean memory figures.
 */
public final class PipelineBench {
    /** Articles run through the NLP (ours and bare) before timing, so the JIT has compiled the hot code. */
    static final int WARMUP_ARTICLES = 30;
    /** Query runs timed per query, after warm-up runs. */
    static final int QUERY_RUNS = 20;
    /** Time allowed for the runs of one query, milliseconds. */
    static final long QUERY_BUDGET_MS = 15_000;
    /** A single run is cancelled after this long, milliseconds. */
    static final long QUERY_TIMEOUT_MS = 30_000;

    private final Setup setup;

    public PipelineBench(Setup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /**
     * What to run on: the corpus, the pipeline's parts and where to work.
     *
     * @param corpus          a JSON Lines corpus
     * @param work            a scratch folder for stores and the N-Quads file (emptied of them afterwards)
     * @param queries         folder of {@code *.rq} queries to time (those using SERVICE are skipped), or null
     * @param models          the NLP models
     * @param extractor       the extractor
     * @param linker          the linker
     * @param mapper          processed article to its graph (as the ingest uses)
     * @param threads         thread counts for the whole-ingest runs
     * @param scalingArticles at most this many articles for the whole-ingest runs
     * @param batchSize       articles per transaction
     */
    public record Setup(Path corpus, Path work, Path queries, NlpModels models, Extractor extractor, Linker linker,
            Function<ProcessedArticle, ArticleGraph> mapper, List<Integer> threads, int scalingArticles, int batchSize) {
        public Setup {
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(models, "models");
            Objects.requireNonNull(extractor, "extractor");
            Objects.requireNonNull(linker, "linker");
            Objects.requireNonNull(mapper, "mapper");
            threads = List.copyOf(threads);
            if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("thread counts must be at least 1: " + threads);
            }
            if (scalingArticles < 1 || batchSize < 1) {
                throw new IllegalArgumentException("scalingArticles and batchSize must be at least 1: "
                        + scalingArticles + ", " + batchSize);
            }
        }
    }

    /** Runs everything; the result is plain data, ready for a report. */
    public BenchResult run() throws IOException {
        Files.createDirectories(setup.work());
        try (MemoryMeter memory = new MemoryMeter()) {
            warmUp();
            Map<String, Stage> stages = new LinkedHashMap<>();
            stages.put("reading", readingPass());
            stages.putAll(pipelinePass());
            Stage baseline = baselinePass();
            BenchResult.Memory streaming = memory.snapshot();
            // Jena's bulk loaders are measured apart: they are the yardstick, not part of the ingest.
            memory.newPhase();
            Map<String, Stage> loaders = bulkLoaderPasses();
            Files.deleteIfExists(nquads());
            BenchResult.Memory bulkLoaderMemory = memory.snapshot();
            memory.newPhase();
            Map<Integer, Stage> ingest = ingestPasses();
            BenchResult.Memory ingestMemory = streaming.max(memory.snapshot());
            memory.newPhase();
            Map<String, BenchResult.Latency> queries = queryPass();
            deleteTree(setup.work().resolve("store-batch"));
            BenchResult.Memory all = ingestMemory.max(bulkLoaderMemory).max(memory.snapshot());
            return new BenchResult(stages.get("reading").articles(), stages.get("nlp").tokens(), stages.get("loading").quads(),
                    stages, baseline, loaders, ingest, queries, ingestMemory, all, bulkLoaderMemory);
        }
    }

    /** Time for one stage over the corpus. */
    public record Stage(long articles, long tokens, long quads, double seconds) {
    }

    /** Runs the first articles through every stage, the store and the bulk loader, untimed. */
    private void warmUp() throws IOException {
        Annotator annotator = new Annotator(setup.models());
        BareOpenNlp bare = BareOpenNlp.load(null);
        List<ArticleGraph> graphs = new ArrayList<>();
        try {
            read(a -> {
                var text = annotator.annotate(a.text());
                var x = setup.extractor().extract(a, text);
                graphs.add(setup.mapper().apply(new ProcessedArticle(x, setup.linker().link(x), text.tokenCount())));
                bare.annotate(a.text());
                if (graphs.size() >= WARMUP_ARTICLES) {
                    throw new StopReading();
                }
            });
        } catch (StopReading e) {
            // warm enough
        }
        Path dir = setup.work().resolve("store-warmup");
        for (int round = 0; round < 3; round++) {
            deleteTree(dir);
            try (NewsStore store = NewsStore.open(dir)) {
                graphs.forEach(g -> store.replace(List.of(g)));
            }
            deleteTree(dir);
            try (NewsStore store = NewsStore.open(dir); var bulk = org.newsgraph.store.BulkLoader.start(store)) {
                graphs.forEach(bulk::add);
                bulk.finish();
            }
        }
        deleteTree(dir);
    }

    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    private Stage readingPass() {
        long[] n = {0};
        long t0 = System.nanoTime();
        read(a -> n[0]++);
        return new Stage(n[0], 0, 0, (System.nanoTime() - t0) / 1e9);
    }

    private Map<String, Stage> pipelinePass() throws IOException {
        Annotator annotator = new Annotator(setup.models());
        long[] nanos = new long[5];
        long[] counts = new long[3]; // articles, tokens, quads
        Path storeDir = setup.work().resolve("store-batch");
        deleteTree(storeDir);
        try (NewsStore store = NewsStore.open(storeDir);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads()), 1 << 16)) {
            StreamRDF nq = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            nq.start();
            List<ArticleGraph> batch = new ArrayList<>(setup.batchSize());
            read(a -> {
                long t0 = System.nanoTime();
                AnnotatedText text = annotator.annotate(a.text());
                long t1 = System.nanoTime();
                Extraction x = setup.extractor().extract(a, text);
                long t2 = System.nanoTime();
                Links links = setup.linker().link(x);
                long t3 = System.nanoTime();
                ArticleGraph g = setup.mapper().apply(new ProcessedArticle(x, links, text.tokenCount()));
                long t4 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                counts[0]++;
                counts[1] += text.tokenCount();
                g.quads().forEach(nq::quad);
                batch.add(g);
                if (batch.size() >= setup.batchSize()) {
                    counts[2] += load(store, batch, nanos);
                }
            });
            counts[2] += load(store, batch, nanos);
            nq.finish();
        }
        Map<String, Stage> m = new LinkedHashMap<>();
        m.put("nlp", new Stage(counts[0], counts[1], 0, nanos[0] / 1e9));
        m.put("extraction", new Stage(counts[0], counts[1], 0, nanos[1] / 1e9));
        m.put("linking", new Stage(counts[0], counts[1], 0, nanos[2] / 1e9));
        m.put("mapping", new Stage(counts[0], counts[1], counts[2], nanos[3] / 1e9));
        m.put("loading", new Stage(counts[0], counts[1], counts[2], nanos[4] / 1e9));
        return m;
    }

    /** Writes a batch the way the ingest does (one transaction); returns its quads. */
    private static long load(NewsStore store, List<ArticleGraph> batch, long[] nanos) {
        if (batch.isEmpty()) {
            return 0;
        }
        long t0 = System.nanoTime();
        long n = store.replace(batch);
        nanos[4] += System.nanoTime() - t0;
        batch.clear();
        return n;
    }

    private Stage baselinePass() {
        BareOpenNlp bare = BareOpenNlp.load(null);
        long[] n = new long[3];
        read(a -> {
            long t0 = System.nanoTime();
            n[1] += bare.annotate(a.text());
            n[2] += System.nanoTime() - t0;
            n[0]++;
        });
        return new Stage(n[0], n[1], 0, n[2] / 1e9);
    }

    private Map<String, Stage> bulkLoaderPasses() throws IOException {
        Map<String, Stage> m = new LinkedHashMap<>();
        for (String kind : List.of("phased", "parallel")) {
            Path dir = setup.work().resolve("store-" + kind);
            deleteTree(dir);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
            try {
                DataLoader loader = kind.equals("phased")
                        ? LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput())
                        : LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
                long t0 = System.nanoTime();
                loader.startBulk();
                loader.load(nquads().toString());
                loader.finishBulk();
                double s = (System.nanoTime() - t0) / 1e9;
                m.put(kind, new Stage(0, 0, loader.countQuads() + loader.countTriples(), s));
            } finally {
                org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
                deleteTree(dir);
            }
        }
        return m;
    }

    private Map<String, BenchResult.Latency> queryPass() throws IOException {
        Map<String, BenchResult.Latency> m = new LinkedHashMap<>();
        if (setup.queries() == null || !Files.isDirectory(setup.queries())) {
            return m;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(setup.queries())) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        try (NewsStore store = NewsStore.open(setup.work().resolve("store-batch"))) {
            for (Path f : files) {
                String sparql = Files.readString(f, StandardCharsets.UTF_8);
                if (sparql.contains("SERVICE")) {
                    continue;
                }
                m.put(f.getFileName().toString(), latency(store.dataset(), sparql));
            }
        }
        return m;
    }

    /**
     * Times a query: one warm-up run, then up to {@link #QUERY_RUNS} runs within {@link #QUERY_BUDGET_MS};
     * a run longer than {@link #QUERY_TIMEOUT_MS} is cancelled and the query reported as timed out.
     */
    private static BenchResult.Latency latency(DatasetGraph dsg, String sparql) {
        var query = QueryFactory.create(sparql);
        List<Double> ms = new ArrayList<>();
        long rows = 0;
        long start = System.nanoTime();
        for (int i = -1; i < QUERY_RUNS; i++) {
            long t0 = System.nanoTime();
            long n;
            try {
                n = Txn.calculateRead(dsg, () -> {
                    try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg))
                            .timeout(QUERY_TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                        long c = 0;
                        for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                            c++;
                        }
                        return c;
                    }
                });
            } catch (org.apache.jena.query.QueryCancelledException e) {
                return new BenchResult.Latency(Double.NaN, Double.NaN, -1, ms.size(), true);
            }
            if (i >= 0) {
                ms.add((System.nanoTime() - t0) / 1e6);
                rows = n;
            }
            if ((System.nanoTime() - start) / 1e6 > QUERY_BUDGET_MS && ms.size() >= 1) {
                break;
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new BenchResult.Latency(percentile(sorted, 0.50), percentile(sorted, 0.95), rows, sorted.length, false);
    }

    static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private Map<Integer, Stage> ingestPasses() throws IOException {
        Path subset = setup.work().resolve("subset.jsonl");
        long n = head(setup.corpus(), subset, setup.scalingArticles());
        Pipeline pipeline = new Pipeline(setup.models(), setup.extractor(), setup.linker());
        Map<Integer, Stage> m = new LinkedHashMap<>();
        try {
            for (int t : setup.threads()) {
                Path dir = setup.work().resolve("store-ingest-" + t);
                deleteTree(dir);
                try (NewsStore store = NewsStore.open(dir)) {
                    IngestSummary s = Ingester.builder().store(store).pipeline(pipeline).mapper(setup.mapper())
                            .threads(t).batchSize(setup.batchSize()).compactAfter(0).build().run(List.of(subset));
                    if (s.ingested() != n) {
                        throw new NewsGraphException("ingest with " + t + " threads wrote " + s.ingested() + " of " + n
                                + " articles: " + s.problems());
                    }
                    m.put(t, new Stage(s.ingested(), s.tokens(), s.quads(), s.seconds()));
                } finally {
                    deleteTree(dir);
                }
            }
        } finally {
            Files.deleteIfExists(subset);
        }
        return m;
    }

    /** Copies the first {@code n} lines; returns how many were copied. */
    private static long head(Path from, Path to, long n) throws IOException {
        long copied = 0;
        try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            String line;
            while (copied < n && (line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
                copied++;
            }
        }
        return copied;
    }

    private Path nquads() {
        return setup.work().resolve("corpus.nq");
    }

    private void read(Consumer<Article> each) {
        List<ArticleProblem> problems = new ArrayList<>();
        Articles.withSystemClock().readFile(setup.corpus(), new ArticleSink() {
            @Override
            public void article(Article article) {
                each.accept(article);
            }

            @Override
            public void problem(ArticleProblem problem) {
                problems.add(problem);
            }
        });
        if (!problems.isEmpty()) {
            throw new NewsGraphException("the corpus " + setup.corpus() + " has " + problems.size()
                    + " bad articles, first: " + problems.get(0));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
