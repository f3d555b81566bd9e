package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String PROSE = "The minister said on Tuesday that the talks with his counterpart were useful and"
            + " that the two sides would meet again in the spring to discuss the trade agreement.";

    @TempDir
    Path dir;

    record Collected(List<Article> articles, List<ArticleProblem> problems) implements ArticleSink {
        Collected() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void problem(ArticleProblem problem) {
            problems.add(problem);
        }
    }

    private Collected read(Path... paths) {
        Collected c = new Collected();
        new Articles(CLOCK).read(List.of(paths), c);
        return c;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsSeedFormatWithDateAndFirstParagraphOnOneLine() throws IOException {
        Path f = write("seed.txt", " date 2025-12-02 " + PROSE + "\n\nSecond paragraph is here and it is fine.");
        Collected c = read(f);
        assertEquals(List.of(), c.problems());
        Article a = c.articles().get(0);
        assertEquals(LocalDate.of(2025, 12, 2), a.published());
        assertTrue(a.text().startsWith("The minister said"), a.text());
        assertEquals("seed.txt", a.fileName());
    }

    @Test
    void readsDateOnItsOwnLine() throws IOException {
        Collected c = read(write("a.txt", "date 2024-03-01\n" + PROSE));
        assertEquals(LocalDate.of(2024, 3, 1), c.articles().get(0).published());
        assertTrue(c.articles().get(0).text().startsWith("The minister"));
    }

    @Test
    void plainTextHasNoDate() throws IOException {
        Collected c = read(write("a.txt", "Headline of the day\n\n" + PROSE));
        Article a = c.articles().get(0);
        assertNull(a.published());
        assertEquals("Headline of the day", a.title());
    }

    @Test
    void sameTextGivesSameIdAndDifferentTextDifferentId() throws IOException {
        Article a = read(write("a.txt", PROSE)).articles().get(0);
        Article b = read(write("b.txt", PROSE)).articles().get(0);
        Article c = read(write("c.txt", PROSE + " More.")).articles().get(0);
        assertEquals(a.id(), b.id());
        assertNotEquals(a.id(), c.id());
    }

    @Test
    void windowsLineEndingsAndControlCharactersAreCleaned() throws IOException {
        Collected c = read(write("w.txt", "date 2024-03-01\r\n" + PROSE.replace("said", "said\u0007") + "\r\nNext line."));
        Article a = c.articles().get(0);
        assertTrue(!a.text().contains("\r") && !a.text().contains("\u0007"), a.text());
    }

    @Test
    void utf16WithBomIsDecoded() throws IOException {
        Path f = dir.resolve("u16.txt");
        byte[] body = PROSE.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(f, all);
        assertEquals(PROSE, read(f).articles().get(0).text());
    }

    @Test
    void badFilesAreProblemsAndTheRestIsRead() throws IOException {
        write("1-empty.txt", "");
        Files.write(dir.resolve("2-binary.txt"), new byte[] {1, 2, 0, 3, 0, 0, 7});
        Files.write(dir.resolve("3-latin1.txt"), ("Caf\u00e9 " + PROSE).getBytes(StandardCharsets.ISO_8859_1));
        write("4-baddate.txt", "date 2025-13-45 " + PROSE);
        write("5-future.txt", "date 2031-01-01 " + PROSE);
        write("6-german.txt", "Die Regierung hat am Dienstag beschlossen, dass die Gespräche mit den Nachbarn im Frühjahr"
                + " fortgesetzt werden sollen, und der Minister sagte, er sei zufrieden mit dem Ergebnis der Verhandlungen.");
        write("7-good.txt", PROSE);
        Collected c = read(dir);
        assertEquals(1, c.articles().size(), c.problems().toString());
        assertEquals(6, c.problems().size(), c.problems().toString());
        assertTrue(c.problems().get(0).reason().contains("empty"));
        assertTrue(c.problems().get(1).reason().contains("binary"));
        assertTrue(c.problems().get(2).reason().contains("invalid UTF-8 at byte offset 3"), c.problems().get(2).reason());
        assertTrue(c.problems().get(3).reason().contains("not a valid date"));
        assertTrue(c.problems().get(4).reason().contains("future"));
        assertTrue(c.problems().get(5).reason().contains("not English"));
    }

    @Test
    void jsonLinesReportsBadLinesByNumberAndReadsTheRest() throws IOException {
        String good = "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"title\":\"T\",\"published\":\"2025-01-02T10:00:00Z\","
                + "\"text\":\"" + PROSE + "\"}";
        Path f = write("feed.jsonl", good + "\n{not json\n{\"id\":\"x\"}\n\n" + good.replace("a1", "a2") + "\n");
        Collected c = read(f);
        assertEquals(2, c.articles().size());
        assertEquals(2, c.problems().size());
        assertEquals(2, c.problems().get(0).line());
        assertTrue(c.problems().get(0).reason().startsWith("malformed JSON"));
        assertEquals(3, c.problems().get(1).line());
        assertTrue(c.problems().get(1).reason().contains("text"));
        Article a = c.articles().get(0);
        assertEquals(LocalDate.of(2025, 1, 2), a.published());
        assertEquals("https://example.org/a1", a.url());
        assertEquals("feed.jsonl#1", a.source());
        assertEquals("feed.jsonl", a.fileName());
    }

    @Test
    void htmlKeepsArticleTextAndDropsNoise() throws IOException {
        String html = "<!doctype html><html><head><title>Talks</title>"
                + "<meta property=\"article:published_time\" content=\"2025-06-01T08:00:00Z\"></head><body>"
                + "<nav>Home | World</nav><article><h1>Talks resume</h1><p>" + PROSE + "</p>"
                + "<figure><figcaption>The minister in 2019. Photo: Agency</figcaption></figure>"
                + "<div class=\"share-tools\">Share this article</div><p>Both sides agreed.</p></article>"
                + "<section id=\"comments\">Great article!</section><script>var x = 1;</script></body></html>";
        Collected c = read(write("page.html", html));
        Article a = c.articles().get(0);
        assertEquals(LocalDate.of(2025, 6, 1), a.published());
        assertEquals("Talks", a.title());
        assertTrue(a.text().contains("Both sides agreed."));
        for (String noise : List.of("Home", "Photo", "Share this", "Great article", "var x")) {
            assertTrue(!a.text().contains(noise), noise + " in " + a.text());
        }
    }

    @Test
    void missingPathIsAProblem() {
        Collected c = read(dir.resolve("nope"));
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).reason().contains("no such file"));
    }
}
