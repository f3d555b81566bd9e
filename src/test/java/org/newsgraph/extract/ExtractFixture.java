package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleIds;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/** Runs the real annotator and the rule extractor on a composed text. */
final class ExtractFixture {
    private static final Annotator ANNOTATOR = new Annotator(NlpModels.shared());

    final String text;
    final AnnotatedText annotated;
    final Extraction x;

    private ExtractFixture(String text) {
        this.text = text;
        this.annotated = ANNOTATOR.annotate(text);
        Article article = new Article(ArticleIds.of(null, text), null, null, LocalDate.of(2025, 12, 2), text, "test.txt");
        this.x = new RuleExtractor().extract(article, annotated);
    }

    static ExtractFixture of(String text) {
        return new ExtractFixture(text);
    }

    List<String> persons() {
        return x.entities(EntityType.PERSON).stream().map(Entity::name).toList();
    }

    List<String> names(EntityType type) {
        return x.entities(type).stream().map(Entity::name).toList();
    }

    Optional<Entity> person(String name) {
        return x.entities(EntityType.PERSON).stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Speaker names of the statements, in order ("unnamed:..." for unnamed sources). */
    List<String> speakers() {
        return x.statements().stream().map(this::speakerName).toList();
    }

    String speakerName(Statement s) {
        return s.speaker() == null ? "unnamed:" + s.speakerText() : x.entity(s.speaker()).map(Entity::name).orElse("?");
    }

    Optional<Statement> statementBy(String name) {
        return x.statements().stream().filter(s -> speakerName(s).equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return "persons=" + persons() + " statements=" + x.statements().stream()
                .map(s -> speakerName(s) + ": " + s.content()).toList();
    }
}
