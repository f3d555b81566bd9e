package org.newsgraph.nlp.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link NerTrainer} trains from and how. Immutable; made with {@link #builder()}.
 *
 * @param corpusDir  folder holding {@code conll2003/eng.train}, {@code eng.testa}, {@code eng.testb}
 *                   (and {@code wikigold/wikigold.conll.txt} when {@code wikigold} is set)
 * @param output     where to write the model, or {@code null} to keep it in memory only
 * @param algorithm  OpenNLP training algorithm
 * @param features   which feature generator descriptor to use
 * @param iterations training iterations, at least 1
 * @param cutoff     minimum count of a feature to be kept, at least 0
 * @param threads    training threads (used by MAXENT only), at least 1
 * @param wikigold   whether to add WikiGold (CC BY 4.0) to the training data
 * @param titleCaseEvery add a title-cased copy of every n-th training sentence (headline style), 0 for none
 */
public record NerTrainingConfig(Path corpusDir, Path output, Algorithm algorithm, Features features, int iterations,
        int cutoff, int threads, boolean wikigold, int titleCaseEvery) {

    /** The OpenNLP trainers that fit a name finder. */
    public enum Algorithm {
        /** Maximum entropy (GIS): calibrated span probabilities. */
        MAXENT("MAXENT"),
        /** Averaged perceptron: often a little more accurate, probabilities not calibrated. */
        PERCEPTRON("PERCEPTRON");

        final String openNlpName;

        Algorithm(String openNlpName) {
            this.openNlpName = openNlpName;
        }
    }

    /** Feature generator descriptors. */
    public enum Features {
        /** OpenNLP's default name finder features. */
        DEFAULT(null),
        /** The defaults plus prefixes, suffixes, word shape in a wider window and document start. */
        NEWS("ner-news-features.xml");

        final String resource;

        Features(String resource) {
            this.resource = resource;
        }
    }

    public NerTrainingConfig {
        Objects.requireNonNull(corpusDir, "corpusDir");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(features, "features");
        check(iterations >= 1, "iterations must be at least 1: " + iterations);
        check(cutoff >= 0, "cutoff must not be negative: " + cutoff);
        check(threads >= 1, "threads must be at least 1: " + threads);
        check(titleCaseEvery >= 0, "titleCaseEvery must not be negative: " + titleCaseEvery);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The CoNLL-2003 training file. */
    public Path trainFile() {
        return corpusDir.resolve("conll2003/eng.train");
    }

    /** The CoNLL-2003 development file, also used for training. */
    public Path devFile() {
        return corpusDir.resolve("conll2003/eng.testa");
    }

    /** The CoNLL-2003 test file the model is scored on. */
    public Path testFile() {
        return corpusDir.resolve("conll2003/eng.testb");
    }

    /** The files trained on, in order. */
    public List<Path> trainingFiles() {
        List<Path> files = new ArrayList<>(List.of(trainFile(), devFile()));
        if (wikigold) {
            files.add(corpusDir.resolve("wikigold/wikigold.conll.txt"));
        }
        return files;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NerTrainingConfig}; defaults are the settings that built the shipped model. */
    public static final class Builder {
        private Path corpusDir;
        private Path output;
        private Algorithm algorithm = Algorithm.MAXENT;
        private Features features = Features.NEWS;
        private int iterations = 100;
        private int cutoff = 3;
        private int threads = 2;
        private boolean wikigold = true;
        private int titleCaseEvery;

        private Builder() {
        }

        public Builder corpusDir(Path dir) {
            this.corpusDir = Objects.requireNonNull(dir, "corpusDir");
            return this;
        }

        public Builder output(Path file) {
            this.output = file;
            return this;
        }

        public Builder algorithm(Algorithm a) {
            this.algorithm = Objects.requireNonNull(a, "algorithm");
            return this;
        }

        public Builder features(Features f) {
            this.features = Objects.requireNonNull(f, "features");
            return this;
        }

        public Builder iterations(int n) {
            check(n >= 1, "iterations must be at least 1: " + n);
            this.iterations = n;
            return this;
        }

        public Builder cutoff(int n) {
            check(n >= 0, "cutoff must not be negative: " + n);
            this.cutoff = n;
            return this;
        }

        public Builder threads(int n) {
            check(n >= 1, "threads must be at least 1: " + n);
            this.threads = n;
            return this;
        }

        public Builder wikigold(boolean add) {
            this.wikigold = add;
            return this;
        }

        public Builder titleCaseEvery(int n) {
            check(n >= 0, "titleCaseEvery must not be negative: " + n);
            this.titleCaseEvery = n;
            return this;
        }

        /** @throws IllegalStateException when the corpus folder was not set */
        public NerTrainingConfig build() {
            if (corpusDir == null) {
                throw new IllegalStateException("corpusDir is required");
            }
            return new NerTrainingConfig(corpusDir, output, algorithm, features, iterations, cutoff, threads, wikigold,
                    titleCaseEvery);
        }
    }
}
