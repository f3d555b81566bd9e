/**
 * Reading articles: the seed text format, plain text, JSON Lines and HTML. Readers turn files into
 * immutable {@link org.newsgraph.article.Article}s and report each unreadable input as an
 * {@link org.newsgraph.article.ArticleProblem} with its file and position instead of aborting the batch.
 */
package org.newsgraph.article;
