package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void fold_foldsCaseAccentsAndPunctuation() {
        assertEquals("francois hollande", Names.fold("François  HOLLANDE"));
        assertEquals("mohammed shia al sudani", Names.fold("Mohammed Shia' al-Sudani"));
        assertEquals("lech walesa", Names.fold("Lech Wałęsa"));
        assertEquals("ukraine new negotiator", Names.fold("Ukraine’s new negotiator"));
    }

    @Test
    void loose_mergesTransliterationVariants() {
        assertEquals(Names.loose("Volodymyr Zelenskyy"), Names.loose("Volodymyr Zelensky"));
        assertEquals(Names.loose("Zelenskiy"), Names.loose("Zelensky"));
        assertEquals(Names.loose("Arseniy Yatseniuk"), Names.loose("Arseniy Yatsenyuk"));
        assertNotEquals(Names.loose("Putin"), Names.loose("Patin"));
    }

    @Test
    void coreWords_dropsTitlesInitialsAndSuffixesButKeepsNames() {
        assertEquals(List.of("lloyd", "austin"), Names.coreWords(Names.fold("Lloyd J. Austin III")));
        assertEquals(List.of("keir", "starmer"), Names.coreWords(Names.fold("Sir Keir Starmer")));
        assertEquals(List.of("hun", "sen"), Names.coreWords(Names.fold("Hun Sen")));
    }

    @Test
    void queryKeys_includeNicknamesAndFirstLast() {
        List<String> keys = Names.queryKeys("Michael R. Pompeo");
        assertTrue(keys.contains(Names.loose("mike pompeo")), keys.toString());
    }
}
