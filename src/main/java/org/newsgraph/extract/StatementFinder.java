package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.article.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/** Finds statements: "X said ..." with a person X. Thread-safe. */
final class StatementFinder {

    List<Statement> find(Article article, AnnotatedText text, EntityIndex index) {
        List<Statement> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 1; i < s.tokens().size() - 1; i++) {
                if (!s.tokens().get(i).lemma().equals("say")) {
                    continue;
                }
                var speaker = index.at(s.index(), i - 1).filter(r -> r.type() == EntityType.PERSON);
                if (speaker.isPresent()) {
                    int a = s.tokens().get(i + 1).start();
                    String content = text.text().substring(a, s.end());
                    out.add(new Statement(speaker.get().key(), SpeakerType.PERSON, s.span(speaker.get().tokenStart(), i),
                            content, a, s.end(), content.contains("\"") || content.contains("\u201C"), List.of(),
                            new Evidence(s.start(), s.end(), s.text()), 0.5));
                    break;
                }
            }
        }
        return out;
    }
}
