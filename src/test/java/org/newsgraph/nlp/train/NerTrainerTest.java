package org.newsgraph.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
    private static final String TINY = """
            -DOCSTART- -X- O O

            Mr NNP I-NP O
            Smith NNP I-NP I-PER
            went VBD I-VP O
            to TO I-PP O
            Paris NNP I-NP I-LOC
            . . O O

            Mrs NNP I-NP O
            Jones NNP I-NP I-PER
            went VBD I-VP O
            to TO I-PP O
            London NNP I-NP I-LOC
            . . O O

            Mr NNP I-NP O
            Brown NNP I-NP I-PER
            went VBD I-VP O
            to TO I-PP O
            Berlin NNP I-NP I-LOC
            . . O O
            """;

    private static List<NameSample> tinyCorpus() throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            samples.addAll(ConllReader.read(new StringReader(TINY), "tiny"));
        }
        return samples;
    }

    private static NerTrainingConfig tinyConfig(NerTrainingConfig.Features features) {
        return NerTrainingConfig.builder().corpusDir(Path.of("unused")).features(features)
                .iterations(20).cutoff(0).threads(1).build();
    }

    @Test
    void tinyModelFindsPersonAndPlace() throws IOException {
        TokenNameFinderModel model = NerTrainer.train(tinyCorpus(), tinyConfig(NerTrainingConfig.Features.NEWS));

        Span[] names = new NameFinderME(model).find(new String[] {"Mr", "Smith", "went", "to", "London", "."});

        assertEquals(List.of(new Span(1, 2, "person"), new Span(4, 5, "location")), List.of(names));
    }

    @Test
    void tinyModelScoresPerfectlyOnItsTrainingData() throws IOException {
        List<NameSample> corpus = tinyCorpus();
        TokenNameFinderModel model = NerTrainer.train(corpus, tinyConfig(NerTrainingConfig.Features.DEFAULT));

        SpanScores scores = NerTrainer.evaluate(model, corpus);

        assertEquals(1.0, scores.overall().f1(), 1e-9);
        assertEquals(30, scores.of("person").gold());
    }

    @Test
    void configRefusesMissingCorpusDir() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> NerTrainingConfig.builder().build());
        assertTrue(e.getMessage().contains("corpusDir"));
    }
}
