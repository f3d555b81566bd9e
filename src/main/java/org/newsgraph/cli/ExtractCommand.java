package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.newsgraph.pipeline.PredictionWriter;
import org.newsgraph.pipeline.ProcessedArticle;
import org.newsgraph.rdf.NG;
import picocli.CommandLine.Mixin;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph extract}: runs the pipeline without a store and prints the facts. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract people, meetings and statements from articles without a store.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, turtle }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "jsonl")
    Format format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    Path output;

    @Mixin
    LinkOptions link;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipelines.create(link);
        PrintWriter err = spec.commandLine().getErr();
        int[] failed = {0};
        try (Writer out = output == null ? new BufferedWriter(spec.commandLine().getOut())
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            StreamRDF turtle = format == Format.turtle ? turtle(out) : null;
            PredictionWriter jsonl = new PredictionWriter(out);
            var mapper = Pipelines.mapper();
            Articles.withSystemClock().read(paths, new ArticleSink() {
                @Override
                public void article(Article article) {
                    try {
                        ProcessedArticle p = pipeline.process(article);
                        if (turtle != null) {
                            mapper.apply(p).quads().forEach(q -> turtle.triple(q.asTriple()));
                        } else {
                            jsonl.write(p);
                        }
                    } catch (RuntimeException e) {
                        failed[0]++;
                        err.println(article.source() + ": extraction failed: " + e);
                    }
                }

                @Override
                public void problem(ArticleProblem problem) {
                    failed[0]++;
                    err.println(problem);
                }
            });
            if (turtle != null) {
                turtle.finish();
            }
        }
        err.flush();
        return failed[0] == 0 ? 0 : Main.INPUT_FAILED;
    }

    /** A streaming Turtle writer: the article graphs merge into one graph. */
    private static StreamRDF turtle(Writer out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(new WriterOutputStream(new PrintWriter(out)), RDFFormat.TURTLE_BLOCKS);
        stream.start();
        NG.prefixes().getNsPrefixMap().forEach(stream::prefix);
        return stream;
    }
}
