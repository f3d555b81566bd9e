package org.newsgraph.article;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source. Immutable.
 *
 * @param id        stable identifier: derived from the URL when there is one, else from the text,
 *                  so the same article read twice gets the same id
 * @param url       the article's URL, or {@code null}
 * @param title     the title, or {@code null}
 * @param published the publication date, or {@code null} when unknown
 * @param text      the body text; all character offsets elsewhere in NewsGraph point into it
 * @param source    where it was read from: the file name (for JSON Lines, {@code name.jsonl#line})
 */
public record Article(String id, String url, String title, LocalDate published, String text, String source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank (source=" + source + ")");
        }
        if (url != null) {
            URI.create(url); // throws IllegalArgumentException naming the bad URL
        }
    }

    /** The article's IRI in the NewsGraph namespace. */
    public String iri() {
        return ArticleIds.ARTICLE_NS + id;
    }

    /** The file name part of {@link #source()}, without any {@code #line} suffix. */
    public String fileName() {
        int hash = source.indexOf('#');
        return hash < 0 ? source : source.substring(0, hash);
    }
}
