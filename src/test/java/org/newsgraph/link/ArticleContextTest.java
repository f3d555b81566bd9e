package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleContextTest {
    private static String before(String text, String name) {
        return ArticleContext.titleBefore(text, text.indexOf(name));
    }

    @Test
    void titleBefore_readsTitlesUpToOrdinaryWords() {
        assertEquals("Russian President", before("Russian President Vladimir Putin will meet", "Vladimir"));
        assertEquals("US special envoy", before("Putin will meet US special envoy Steve Witkoff in", "Steve"));
        assertEquals("French President", before("after a meeting with French President Emmanuel Macron", "Emmanuel"));
        assertEquals("Zimbabwean Information Minister",
                before("said Zimbabwean Information Minister Tichaona Jokonya.", "Tichaona"));
    }

    @Test
    void titleBefore_stopsAtPunctuationAndSentenceStart() {
        assertEquals("", before("The talks ended. Putin said", "Putin"));
        assertEquals("", before("Putin said", "Putin"));
        assertEquals("", before("talks with Putin", "Putin"));
    }
}
