package org.newsgraph.nlp.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TitleCaseTest {
    @Test
    void capitalisesWordsButNotSmallOnesAndKeepsNames() {
        Span[] names = {new Span(0, 1, "person")};
        NameSample s = new NameSample(new String[] {"Biden", "holds", "a", "call", "with", "leaders", "'s", "aides"},
                names, false);

        NameSample t = TitleCase.titleCased(s);

        assertArrayEquals(new String[] {"Biden", "Holds", "a", "Call", "with", "Leaders", "'s", "Aides"},
                t.getSentence());
        assertArrayEquals(names, t.getNames());
    }
}
