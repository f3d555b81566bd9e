package org.newsgraph.article;

import java.util.Objects;

/**
 * An input that could not be read as an article, with where it is and why.
 *
 * @param file   the file
 * @param line   1-based line (JSON Lines) or 0 when the whole file is concerned
 * @param reason what is wrong, in words a user can act on
 */
public record ArticleProblem(String file, long line, String reason) {
    public ArticleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
