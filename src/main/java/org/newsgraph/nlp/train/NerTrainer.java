package org.newsgraph.nlp.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.NewsGraphException;

/**
 * Trains NewsGraph's name finder from CoNLL-2003 train + testa (optionally more corpora) and scores
 * it on CoNLL-2003 testb. The training text is tokenized as NewsGraph tokenizes at run time (UD
 * tokenizer over ASCII-quoted text): possessive {@code 's} and {@code n't} are separate tokens.
 */
public final class NerTrainer {
    private NerTrainer() {
    }

    /**
     * Trains, scores and, when the config names an output file, writes the model.
     *
     * @throws NewsGraphException when a corpus file is missing or unreadable or the model cannot be written
     */
    public static NerTrainingResult train(NerTrainingConfig config) {
        List<NameSample> training = new ArrayList<>();
        for (Path f : config.trainingFiles()) {
            training.addAll(readExisting(f));
        }
        if (config.titleCaseEvery() > 0) {
            training.addAll(TitleCase.copies(training, config.titleCaseEvery()));
        }
        List<NameSample> test = readExisting(config.testFile());
        long t0 = System.nanoTime();
        TokenNameFinderModel model = train(training, config);
        Duration time = Duration.ofNanos(System.nanoTime() - t0);
        if (config.output() != null) {
            write(model, config.output());
        }
        SpanScores scores = evaluate(model, test);
        return new NerTrainingResult(model, scores, training.size(), time);
    }

    /**
     * Trains a model from samples with the config's algorithm, features, iterations, cutoff and threads
     * (its files are not read).
     */
    public static TokenNameFinderModel train(List<NameSample> samples, NerTrainingConfig config) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm().openNlpName);
        params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, config.threads());
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
                    featureDescriptor(config.features()), Collections.emptyMap(), new BioCodec());
            return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
        } catch (IOException e) {
            throw new NewsGraphException("name finder training failed: " + e.getMessage(), e);
        }
    }

    /** Scores a model on samples, resetting its document memory where a sample starts a document. */
    public static SpanScores evaluate(TokenNameFinderModel model, List<NameSample> samples) {
        NameFinderME finder = new NameFinderME(model);
        SpanScores scores = new SpanScores();
        for (NameSample s : samples) {
            if (s.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            scores.add(s.getNames(), finder.find(s.getSentence()));
        }
        return scores;
    }

    private static byte[] featureDescriptor(NerTrainingConfig.Features features) throws IOException {
        if (features.resource == null) {
            return null;
        }
        try (InputStream in = NerTrainer.class.getResourceAsStream(features.resource)) {
            if (in == null) {
                throw new IllegalStateException("feature descriptor " + features.resource + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    private static List<NameSample> readExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new NewsGraphException("corpus file not found: " + file.toAbsolutePath());
        }
        return ConllReader.read(file);
    }

    private static void write(TokenNameFinderModel model, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                model.serialize(out);
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot write model " + file + ": " + e.getMessage(), e);
        }
    }
}
