package org.newsgraph.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Reads JSON Lines: one article per line, {@code {"id","url","title","published","text"}}; only
 * {@code text} is required. Streams the file line by line; a bad line is reported with its number and
 * the next line is read. A line that is not UTF-8, or longer than {@value #MAX_LINE_BYTES} bytes, is
 * reported without being held in memory whole. Thread-safe.
 */
public final class JsonLinesArticleReader implements ArticleReader {
    /** Longest line read: room for an article at the size limit with every character escaped. */
    static final int MAX_LINE_BYTES = 8 * ArticleChecks.MAX_CHARS;
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
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            long n = 1;
            long length = 0;
            int read;
            while ((read = in.read(buf)) != -1) {
                int from = 0;
                for (int i = 0; i < read; i++) {
                    if (buf[i] == '\n') {
                        length += keep(line, length, buf, from, i);
                        endOfLine(line, length, n++, name, latest, sink);
                        line.reset();
                        length = 0;
                        from = i + 1;
                    }
                }
                length += keep(line, length, buf, from, read);
            }
            if (length > 0) {
                endOfLine(line, length, n, name, latest, sink);
            }
        }
    }

    /** Keeps bytes {@code from..to} of the buffer while the line is within the limit; returns how many there were. */
    private static int keep(ByteArrayOutputStream line, long length, byte[] buf, int from, int to) {
        if (length + (to - from) <= MAX_LINE_BYTES) {
            line.write(buf, from, to - from);
        }
        return to - from;
    }

    private static void endOfLine(ByteArrayOutputStream line, long length, long n, String name, LocalDate latest,
            ArticleSink sink) {
        if (length > MAX_LINE_BYTES) {
            sink.problem(new ArticleProblem(name, n, "line too long: " + length + " bytes (limit " + MAX_LINE_BYTES
                    + " bytes; an article may have at most " + ArticleChecks.MAX_CHARS + " characters)"));
        } else {
            readLine(line.toByteArray(), n, name, latest, sink);
        }
    }

    private static void readLine(byte[] bytes, long n, String name, LocalDate latest, ArticleSink sink) {
        int skip = n == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            sink.problem(new ArticleProblem(name, n, "invalid UTF-8 at byte offset " + buf.position() + " of the line"));
            return;
        }
        if (line.isBlank()) {
            return;
        }
        try {
            sink.article(parseLine(line, name + "#" + n, latest));
        } catch (IllegalArgumentException e) {
            sink.problem(new ArticleProblem(name, n, e.getMessage()));
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
