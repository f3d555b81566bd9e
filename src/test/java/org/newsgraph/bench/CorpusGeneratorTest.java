package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;

class CorpusGeneratorTest {
    private static final Path DEV = Path.of("eval/dev");

    @TempDir
    Path dir;

    private static String corpus(long seed, int n) {
        StringWriter out = new StringWriter();
        CorpusGenerator.fromFolder(DEV, seed).write(n, out);
        return out.toString();
    }

    @Test
    void sameSeedGivesTheSameCorpus() {
        assertEquals(corpus(7, 30), corpus(7, 30));
    }

    @Test
    void otherSeedGivesAnotherCorpus() {
        assertNotEquals(corpus(7, 30), corpus(8, 30));
    }

    @Test
    void aLongerCorpusStartsWithTheShorterOne() {
        assertTrue(corpus(7, 40).startsWith(corpus(7, 20)));
    }

    @Test
    void writesOneArticleAtATime() {
        List<String> written = new ArrayList<>();
        Writer failsOnSecondArticle = new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    if (buf[i] == '\n') {
                        written.add(line.toString());
                        line.setLength(0);
                    } else {
                        if (written.size() == 1) {
                            throw new IOException("disk full");
                        }
                        line.append(buf[i]);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        CorpusGenerator g = CorpusGenerator.fromFolder(DEV, 1);
        assertThrows(UncheckedIOException.class, () -> g.write(1_000_000_000L, failsOnSecondArticle));
        assertEquals(1, written.size(), "the first article is written before the second is made");
    }

    @Test
    void streamIsEndlessAndLazy() {
        assertEquals(5, CorpusGenerator.fromFolder(DEV, 1).stream().limit(5).count());
    }

    @Test
    void corpusIsReadableAsArticlesWithDistinctIds() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        CorpusGenerator.fromFolder(DEV, 3).write(50, file);
        List<Article> articles = new ArrayList<>();
        List<ArticleProblem> problems = new ArrayList<>();
        Articles.withSystemClock().readFile(file, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void problem(ArticleProblem problem) {
                problems.add(problem);
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(50, articles.size());
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        assertEquals(50, ids.size());
        assertTrue(articles.stream().allMatch(a -> a.published() != null && a.title() != null));
    }

    @Test
    void personNamesAreSwapped() {
        CorpusGenerator g = CorpusGenerator.fromFolder(DEV, 5);
        assertTrue(g.names().contains("Vladimir Putin"), g.names().toString());
        String text = corpus(5, 200);
        Set<String> recombined = new HashSet<>();
        for (String first : List.of("Vladimir", "Antony", "Mike", "Joe")) {
            for (String last : List.of("Blinken", "Pompeo", "Biden", "Putin")) {
                if (text.contains(first + " " + last)) {
                    recombined.add(first + " " + last);
                }
            }
        }
        assertTrue(recombined.size() > 4, "names are recombined: " + recombined);
    }

    @Test
    void splitsSentencesButNotAfterTitles() {
        assertEquals(List.of("Mr. Mugabe met Mr. Obasanjo in Abuja.", "They talked for an hour."),
                CorpusGenerator.sentences("Mr. Mugabe met Mr. Obasanjo in Abuja. They talked for an hour.", null));
        assertFalse(CorpusGenerator.sentences("Headline\nBody text goes on here.", "Headline").contains("Headline"));
    }

    @Test
    void refusesAFolderWithoutArticles() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThrows(org.newsgraph.NewsGraphException.class, () -> CorpusGenerator.fromFolder(dir.resolve("empty"), 1));
    }
}
