package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.rdf.Relinker;

/**
 * What relinking a store did.
 *
 * @param articles        article graphs relinked
 * @param changedArticles of them, rewritten because something changed
 * @param entities        entities in them
 * @param linked          entities linked to Wikidata afterwards
 * @param changedEntities entities with a new IRI or new link triples
 * @param kept            entities left as they were because they share a node the new links would split
 * @param unverified      meetings and statements that kept their IRI because it could not be recomputed
 * @param problems        articles that could not be relinked and were left as they were
 * @param seconds         wall time
 */
public record RelinkSummary(long articles, long changedArticles, long entities, long linked, long changedEntities,
        long kept, long unverified, List<ArticleProblem> problems, double seconds) {
    public RelinkSummary {
        problems = List.copyOf(problems);
    }

    /** Number of articles that failed. */
    public int failed() {
        return problems.size();
    }

    /** One line for people. */
    public String describe() {
        String extra = (kept > 0 ? ", kept " + kept + " (shared nodes)" : "")
                + (unverified > 0 ? ", facts with unrecoverable IRIs " + unverified : "");
        return String.format(Locale.ROOT, "articles %d (changed %d), entities %d, linked %d, changed %d%s, failed %d, %.1f s",
                articles, changedArticles, entities, linked, changedEntities, extra, failed(), seconds);
    }

    /** Adds up per-article results. */
    static final class Counter {
        private long articles;
        private long changedArticles;
        private long entities;
        private long linked;
        private long changedEntities;
        private long kept;
        private long unverified;
        private final List<ArticleProblem> problems = new ArrayList<>();

        void add(Relinker.Result r) {
            articles++;
            changedArticles += r.changed() ? 1 : 0;
            entities += r.entities();
            linked += r.linked();
            changedEntities += r.changedEntities();
            kept += r.kept();
            unverified += r.unverified();
        }

        void failed(ArticleProblem p) {
            problems.add(p);
        }

        RelinkSummary summary(double seconds) {
            return new RelinkSummary(articles, changedArticles, entities, linked, changedEntities, kept, unverified,
                    problems, seconds);
        }
    }
}
