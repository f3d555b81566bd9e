package org.newsgraph.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Name;
import org.newsgraph.nlp.NameType;
import org.newsgraph.nlp.NlpModels;

/** The committed {@code models/ner-en-news.bin}, loaded from the class path as NewsGraph loads it. */
class ShippedModelTest {
    private static List<String> names(AnnotatedText text, NameType type) {
        return text.sentences().stream().flatMap(s -> s.names().stream())
                .filter(n -> n.type() == type).map(Name::text).toList();
    }

    @Test
    void findsPersonsAndPlaceInNewsSentence() {
        Annotator annotator = new Annotator(NlpModels.shared());

        AnnotatedText text = annotator.annotate(
                "Russian President Vladimir Putin met Emmanuel Macron in Paris on Monday.");

        assertEquals(List.of("Vladimir Putin", "Emmanuel Macron"), names(text, NameType.PERSON));
        assertEquals(List.of("Paris"), names(text, NameType.LOCATION));
    }

    @Test
    void leavesCurlyPossessiveOutOfTheName() {
        Annotator annotator = new Annotator(NlpModels.shared());

        AnnotatedText text = annotator.annotate("Germany\u2019s chancellor Friedrich Merz spoke to Keir Starmer\u2019s aides.");

        List<String> persons = names(text, NameType.PERSON);
        assertTrue(persons.contains("Friedrich Merz"), persons.toString());
        assertTrue(persons.contains("Keir Starmer"), persons.toString());
    }
}
