package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.train.NerTrainer;
import org.newsgraph.nlp.train.NerTrainingConfig;
import org.newsgraph.nlp.train.NerTrainingConfig.Algorithm;
import org.newsgraph.nlp.train.NerTrainingConfig.Features;
import org.newsgraph.nlp.train.NerTrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph train-ner}: trains the name finder and prints its scores on CoNLL-2003 testb. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train the English name finder on CoNLL-2003 train+testa (and WikiGold) and score it on "
                + "CoNLL-2003 testb.",
            "See models/MODEL.md for the data and its licences."})
final class TrainNerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/ner",
            description = "Folder with conll2003/ (and wikigold/) (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "models/ner-en-news.bin",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "3", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--algorithm", defaultValue = "MAXENT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Algorithm algorithm;

    @Option(names = "--features", defaultValue = "NEWS",
            description = "Feature set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Features features;

    @Option(names = "--threads", defaultValue = "2", description = "Training threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--wikigold", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also train on WikiGold (CC BY 4.0) (default: ${DEFAULT-VALUE}).")
    boolean wikigold;

    @Option(names = "--title-case-every", paramLabel = "N", defaultValue = "0",
            description = "Add a title-cased copy of every N-th training sentence, 0 for none (default: ${DEFAULT-VALUE}).")
    int titleCaseEvery;

    @Override
    public Integer call() throws Exception {
        NerTrainingConfig config = NerTrainingConfig.builder().corpusDir(data).output(output).algorithm(algorithm)
                .features(features).iterations(iterations).cutoff(cutoff).threads(threads).wikigold(wikigold)
                .titleCaseEvery(titleCaseEvery).build();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("training %s on %s ...%n", algorithm, config.trainingFiles());
        out.flush();
        NerTrainingResult result;
        try {
            result = NerTrainer.train(config);
        } catch (NewsGraphException e) {
            spec.commandLine().getErr().println("train-ner: " + e.getMessage());
            return Main.INPUT_FAILED;
        }
        out.printf(Locale.ROOT, "trained on %d sentences in %.1f s; model %s (%d bytes)%n%n",
                result.trainingSentences(), result.trainingTime().toMillis() / 1000.0, output, Files.size(output));
        out.printf("exact-match scores on %s:%n", config.testFile());
        out.print(result.scores().table());
        out.flush();
        return 0;
    }
}
