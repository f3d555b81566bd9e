package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.Sentence;

class TopicFinderTest {
    private static final Annotator ANNOTATOR = new Annotator(NlpModels.shared());

    private static List<String> topics(String text) {
        Sentence s = ANNOTATOR.annotate(text).sentences().get(0);
        return new TopicFinder().topics(s, 0, s.tokens().size());
    }

    @Test
    void keepsCompoundNounsAsLemmas() {
        assertTrue(topics("They discussed the peace deal and the trade talks.").contains("peace deal"));
        assertTrue(topics("They discussed the peace deal and the trade talks.").contains("trade talks"));
    }

    @Test
    void keepsAdjectiveNoun() {
        assertTrue(topics("The territorial issue is the most difficult one.").contains("territorial issue"));
    }

    @Test
    void dropsLoneGeneralNouns() {
        List<String> t = topics("That is the thing, and there is no other way.");
        assertFalse(t.contains("thing"), t.toString());
        assertFalse(t.contains("way"), t.toString());
    }

    @Test
    void headNounKeepsItsNumberAndModifiersAreLemmas() {
        List<String> t = topics("The ministers discussed security guarantees and the border trade corridor.");
        assertTrue(t.contains("security guarantees"), t.toString());
        assertTrue(t.contains("border trade corridor"), t.toString());
    }
}
