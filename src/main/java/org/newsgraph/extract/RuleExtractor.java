package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.article.Article;
import org.newsgraph.nlp.AnnotatedText;

/**
 * The rule-based extractor: finds entities and their mentions first, then meetings and statements
 * over them. Thread-safe.
 */
public final class RuleExtractor implements Extractor {
    private final EntityFinder entities;
    private final MeetingFinder meetings;
    private final StatementFinder statements;

    public RuleExtractor() {
        this.entities = new EntityFinder();
        this.meetings = new MeetingFinder();
        this.statements = new StatementFinder();
    }

    @Override
    public Extraction extract(Article article, AnnotatedText text) {
        EntityIndex index = entities.find(text);
        List<Entity> all = new ArrayList<>(index.entities());
        MeetingFinder.Result found = meetings.find(article, text, FirstPerson.resolve(text, index));
        all.addAll(found.places());
        List<Meeting> ms = found.meetings();
        StatementFinder.Found said = statements.find(article, text, index);
        all.addAll(said.bodies());
        List<Statement> ss = said.statements();
        Map<String, Entity> unique = new LinkedHashMap<>();
        all.forEach(e -> unique.putIfAbsent(e.key(), e));
        return new Extraction(article, new ArrayList<>(unique.values()), ms, ss);
    }
}
