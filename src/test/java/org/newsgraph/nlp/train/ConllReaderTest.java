package org.newsgraph.nlp.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;

class ConllReaderTest {
    static final String CORPUS = """
            -DOCSTART- -X- O O

            EU NNP I-NP I-ORG
            rejects VBZ I-VP O
            German JJ I-NP I-MISC
            call NN I-NP O
            . . O O

            Peter NNP I-NP I-PER
            Blackburn NNP I-NP I-PER

            BRUSSELS NNP I-NP I-LOC
            1996-08-22 CD I-NP O

            -DOCSTART- -X- O O

            Clinton NNP I-NP I-PER
            met VBD I-VP O
            Yeltsin NNP I-NP I-PER
            's POS B-NP O
            aide NN I-NP O
            . . O O

            In IN I-PP O
            Germany NNP I-NP I-LOC
            Bonn NNP I-NP B-LOC
            lies VBZ I-VP O
            . . O O
            """;

    @Test
    void readsSentencesNamesAndDocuments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("eng.tiny");
        Files.writeString(file, CORPUS, StandardCharsets.UTF_8);

        List<NameSample> samples = ConllReader.read(file);

        assertEquals(5, samples.size());
        assertArrayEquals(new String[] {"EU", "rejects", "German", "call", "."}, samples.get(0).getSentence());
        assertArrayEquals(new Span[] {new Span(0, 1, "organization"), new Span(2, 3, "misc")},
                samples.get(0).getNames());
        assertArrayEquals(new Span[] {new Span(0, 2, "person")}, samples.get(1).getNames());
        assertArrayEquals(new Span[] {new Span(0, 1, "location")}, samples.get(2).getNames());
        assertTrue(samples.get(0).isClearAdaptiveDataSet());
        assertFalse(samples.get(1).isClearAdaptiveDataSet());
        assertTrue(samples.get(3).isClearAdaptiveDataSet());
        assertFalse(samples.get(4).isClearAdaptiveDataSet());
    }

    @Test
    void keepsPossessiveAsOwnTokenOutsideTheName() throws IOException {
        NameSample s = ConllReader.read(new StringReader(CORPUS), "corpus").get(3);

        assertEquals("'s", s.getSentence()[3]);
        assertArrayEquals(new Span[] {new Span(0, 1, "person"), new Span(2, 3, "person")}, s.getNames());
    }

    @Test
    void beginTagSplitsTouchingNamesOfOneType() throws IOException {
        NameSample s = ConllReader.read(new StringReader(CORPUS), "corpus").get(4);

        assertArrayEquals(new Span[] {new Span(1, 2, "location"), new Span(2, 3, "location")}, s.getNames());
    }

    @Test
    void readsTwoColumnIob2Files() throws IOException {
        List<NameSample> samples = ConllReader.read(new StringReader("""
                New B-LOC
                York I-LOC
                Times B-ORG
                """), "two-columns");

        assertArrayEquals(new Span[] {new Span(0, 2, "location"), new Span(2, 3, "organization")},
                samples.get(0).getNames());
    }

    @Test
    void reportsBadTagWithSourceAndLine() {
        NewsGraphException e = assertThrows(NewsGraphException.class,
                () -> ConllReader.read(new StringReader("Bob NNP I-NP I-PER\nx NN I-NP X-FOO\n"), "bad.conll"));

        assertTrue(e.getMessage().startsWith("bad.conll:2:"), e.getMessage());
    }
}
