package org.newsgraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article identifiers: a hash of the URL when known, else of the text. */
public final class ArticleIds {
    /** Namespace of article IRIs. */
    public static final String ARTICLE_NS = "https://newsgraph.org/article/";

    private ArticleIds() {
    }

    /** An id for an article: {@code u-} + hash of its URL, or {@code t-} + hash of its text. */
    public static String of(String url, String text) {
        if (url != null && !url.isBlank()) {
            return "u-" + sha256(url.strip()).substring(0, 20);
        }
        return "t-" + sha256(text.strip()).substring(0, 20);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
