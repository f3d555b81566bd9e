package org.newsgraph.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article per text file: the seed format ({@code date YYYY-MM-DD} first, possibly after a
 * space and possibly followed by the first paragraph on the same line) or plain text without a date.
 * The first line becomes the title when it looks like a headline. Thread-safe.
 */
public final class TextArticleReader implements ArticleReader {
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date[ \\t]+(\\S+)[ \\t]*\\n?[ \\t]*");
    private final Clock clock;

    public TextArticleReader(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") || !n.contains(".");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > ArticleChecks.MAX_CHARS * 4L) {
            sink.problem(new ArticleProblem(name, 0, "article too long: " + size + " bytes (limit "
                    + ArticleChecks.MAX_CHARS + " characters)"));
            return;
        }
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.BadTextException e) {
            sink.problem(new ArticleProblem(name, 0, e.getMessage()));
            return;
        }
        try {
            sink.article(parse(text, name, LocalDate.now(clock).plusDays(1)));
        } catch (IllegalArgumentException e) {
            sink.problem(new ArticleProblem(name, 1, e.getMessage()));
        }
    }

    /** Parses decoded text; throws {@link IllegalArgumentException} with the reason when it is no article. */
    static Article parse(String text, String source, LocalDate latest) {
        LocalDate published = null;
        Matcher m = DATE_LINE.matcher(text);
        if (m.find()) {
            published = ArticleChecks.parseDate(m.group(1), latest);
            text = text.substring(m.end());
        }
        String body = text.strip().isEmpty() ? "" : text;
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no text");
        }
        ArticleChecks.tooLong(body).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
        if (HtmlArticleReader.looksLikeHtml(body)) {
            return HtmlArticleReader.parse(body, null, source, latest);
        }
        ArticleChecks.notEnglish(body).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
        return new Article(ArticleIds.of(null, body), null, headline(body), published, body, source);
    }

    static String headline(String body) {
        String first = body.strip().lines().findFirst().orElse("").strip();
        boolean headline = first.length() <= 200 && !first.isEmpty() && !first.endsWith(".")
                && body.strip().length() > first.length();
        return headline ? first : null;
    }
}
