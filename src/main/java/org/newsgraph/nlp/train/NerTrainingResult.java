package org.newsgraph.nlp.train;

import java.time.Duration;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A trained name finder and how it scored.
 *
 * @param model             the trained model
 * @param scores            its exact-match scores on the test file
 * @param trainingSentences how many sentences it was trained on
 * @param trainingTime      wall-clock time of the training alone (not reading or scoring)
 */
public record NerTrainingResult(TokenNameFinderModel model, SpanScores scores, int trainingSentences,
        Duration trainingTime) {
    public NerTrainingResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(trainingTime, "trainingTime");
    }
}
