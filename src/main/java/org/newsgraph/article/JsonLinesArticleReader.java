package org.newsgraph.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.io.InputStreamReader;

/**
 * Reads JSON Lines: one article per line, {@code {"id","url","title","published","text"}}; only
 * {@code text} is required. Streams the file line by line; a bad line is reported with its number and
 * the next line is read. Thread-safe.
 */
public final class JsonLinesArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Clock clock;

    public JsonLinesArticleReader(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String name = file.getFileName().toString();
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.article(parseLine(line, name + "#" + n, latest));
                } catch (IllegalArgumentException e) {
                    sink.problem(new ArticleProblem(name, n, e.getMessage()));
                }
            }
        }
    }

    static Article parseLine(String line, String source, LocalDate latest) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String text = str(node, "text");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no \"text\"");
        }
        text = TextDecoder.clean(text);
        ArticleChecks.tooLong(text).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
        String url = str(node, "url");
        if (url != null && !validUrl(url)) {
            throw new IllegalArgumentException("not a valid URL: '" + url + "'");
        }
        String published = str(node, "published");
        LocalDate date = published == null || published.isBlank() ? null : ArticleChecks.parseDate(published, latest);
        if (HtmlArticleReader.looksLikeHtml(text)) {
            Article html = HtmlArticleReader.parse(text, url, source, latest);
            return new Article(html.id(), url, firstNonNull(str(node, "title"), html.title()),
                    date != null ? date : html.published(), html.text(), source);
        }
        ArticleChecks.notEnglish(text).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
        String key = str(node, "id");
        String id = url != null ? ArticleIds.of(url, text)
                : key != null && !key.isBlank() ? "i-" + ArticleIds.sha256(key).substring(0, 20) : ArticleIds.of(null, text);
        return new Article(id, url, str(node, "title"), date, text, source);
    }

    private static boolean validUrl(String url) {
        try {
            var uri = java.net.URI.create(url.strip());
            return uri.getScheme() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
