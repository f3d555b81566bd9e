package org.newsgraph.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page as one article: the title, the published date from the usual meta tags, and the
 * paragraphs of the article body, without scripts, styles, navigation, figure captions, share
 * buttons and comment sections. Thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {
    private static final Pattern HTML_START = Pattern.compile("(?is)\\A\\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])");
    private static final String NOISE = "script,style,noscript,nav,header,footer,aside,form,figure,figcaption,iframe,"
            + "[class*=share],[class*=comment],[id*=comment],[class*=advert],[class*=promo],[class*=related],"
            + "[class*=caption],[class*=newsletter],[class*=cookie]";
    /** Largest page read: markup around an article at the size limit, checked before reading the file. */
    static final long MAX_BYTES = 10L * ArticleChecks.MAX_CHARS;
    private final Clock clock;

    public HtmlArticleReader(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            sink.problem(new ArticleProblem(name, 0, "page too large: " + size + " bytes (limit " + MAX_BYTES
                    + " bytes; an article may have at most " + ArticleChecks.MAX_CHARS + " characters)"));
            return;
        }
        String html;
        try {
            html = TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.BadTextException e) {
            sink.problem(new ArticleProblem(name, 0, e.getMessage()));
            return;
        }
        try {
            sink.article(parse(html, null, name, LocalDate.now(clock).plusDays(1)));
        } catch (IllegalArgumentException e) {
            sink.problem(new ArticleProblem(name, 0, e.getMessage()));
        }
    }

    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text).lookingAt();
    }

    static Article parse(String html, String url, String source, LocalDate latest) {
        Document doc = Jsoup.parse(html);
        String title = meta(doc, "og:title");
        if (title == null && !doc.title().isBlank()) {
            title = doc.title().strip();
        }
        if (url == null) {
            url = meta(doc, "og:url");
        }
        LocalDate published = null;
        String date = meta(doc, "article:published_time");
        if (date == null) {
            Element time = doc.selectFirst("time[datetime]");
            date = time == null ? null : time.attr("datetime");
        }
        if (date != null && !date.isBlank()) {
            try {
                published = ArticleChecks.parseDate(date, latest);
            } catch (IllegalArgumentException e) {
                published = null;
            }
        }
        doc.select(NOISE).remove();
        Element found = doc.selectFirst("article");
        Element root = found != null ? found : doc.body();
        StringBuilder text = new StringBuilder();
        Elements blocks = root.select("h1,h2,h3,p,li,blockquote");
        for (Element e : blocks) {
            if (e.parents().stream().anyMatch(p -> p != root && blocks.contains(p))) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                text.append(t).append("\n\n");
            }
        }
        if (text.length() == 0) {
            text.append(root.text());
        }
        String body = TextDecoder.clean(text.toString().strip());
        if (body.isBlank()) {
            throw new IllegalArgumentException("HTML page without article text");
        }
        ArticleChecks.tooLong(body).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
        ArticleChecks.notEnglish(body).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
        if (url != null && url.isBlank()) {
            url = null;
        }
        return new Article(ArticleIds.of(url, body), url, title, published, body, source);
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null || e.attr("content").isBlank() ? null : e.attr("content").strip();
    }
}
