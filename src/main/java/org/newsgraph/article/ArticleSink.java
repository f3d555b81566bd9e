package org.newsgraph.article;

/** Receives what readers produce: articles, and problems with inputs that are not articles. */
public interface ArticleSink {
    /** Called once per article read. */
    void article(Article article);

    /** Called once per input (file or line) that could not be read. */
    void problem(ArticleProblem problem);
}
