package org.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;

/**
 * Makes synthetic news articles from a few real ones: each is a headline and paragraphs of sentences
 * drawn from all source articles, with person names swapped for names recombined from the sources'
 * first names and surnames, so a large corpus has many people and meetings as an archive would.
 * Person names come from the sources' {@code *.gold.json} files ({@code persons[].name}) when present.
 *
 * <p>Deterministic: the same sources and seed give the same articles, byte for byte. Streams: only
 * the (small) source sentences are held; articles are made one at a time. Immutable and thread-safe;
 * each {@link #stream()} starts again from the seed.
 */
public final class CorpusGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|No|Prof|[A-Z])\\.)"
            + "(?<=[.!?][\"”’)]?)\\s+(?=[\"“A-Z])");
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private final List<String> sentences;
    private final List<String> titles;
    private final List<String> names;
    private final Pattern namePattern;
    private final long seed;

    private CorpusGenerator(List<String> sentences, List<String> titles, List<String> names, long seed) {
        this.sentences = List.copyOf(sentences);
        this.titles = List.copyOf(titles);
        this.names = List.copyOf(names);
        this.namePattern = alternation(names);
        this.seed = seed;
    }

    /**
     * A generator over the articles in a folder (read as {@code newsgraph ingest} reads them).
     *
     * @throws NewsGraphException when the folder holds no readable article
     */
    public static CorpusGenerator fromFolder(Path folder, long seed) {
        List<Article> sources = new ArrayList<>();
        Articles.withSystemClock().read(List.of(folder), new ArticleSink() {
            @Override
            public void article(Article article) {
                sources.add(article);
            }

            @Override
            public void problem(ArticleProblem problem) {
                // a source that is no article is simply not used
            }
        });
        if (sources.isEmpty()) {
            throw new NewsGraphException("no articles to generate a corpus from in " + folder);
        }
        sources.sort(Comparator.comparing(Article::source));
        List<String> sentences = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Article a : sources) {
            sentences.addAll(sentences(a.text(), a.title()));
            titles.add(a.title() != null ? a.title() : firstWords(a.text()));
        }
        return new CorpusGenerator(sentences, titles, personNames(folder), seed);
    }

    /** Number of source sentences drawn from. */
    public int sentenceCount() {
        return sentences.size();
    }

    /** The person names that are swapped. */
    public List<String> names() {
        return names;
    }

    /** The endless, lazy sequence of articles for this seed. */
    public Stream<SyntheticArticle> stream() {
        Random random = new Random(seed);
        long[] next = {0};
        return Stream.generate(() -> article(random, next[0]++)).sequential();
    }

    /** Writes the first {@code n} articles as JSON Lines, one at a time; returns the characters of text written. */
    public long write(long n, Writer out) {
        if (n < 0) {
            throw new IllegalArgumentException("number of articles must not be negative: " + n);
        }
        long[] chars = {0};
        stream().limit(n).forEach(a -> {
            try {
                out.write(JSON.writeValueAsString(a.toJson()));
                out.write('\n');
                chars[0] += a.text().length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return chars[0];
    }

    /** Writes the first {@code n} articles to a JSON Lines file, replacing it. */
    public void write(long n, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(n, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private SyntheticArticle article(Random random, long index) {
        Map<String, String> swap = swapping(random);
        String title = swapNames(titles.get(random.nextInt(titles.size())), swap);
        int count = 10 + random.nextInt(21);
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        int paragraphLength = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            if (inParagraph == paragraphLength) {
                text.append("\n\n");
                inParagraph = 0;
                paragraphLength = 1 + random.nextInt(3);
            } else if (inParagraph > 0) {
                text.append(' ');
            }
            text.append(swapNames(sentences.get(random.nextInt(sentences.size())), swap));
            inParagraph++;
        }
        text.append('\n');
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(3650));
        String id = "gen-" + seed + "-" + index;
        return new SyntheticArticle(id, "https://news.example.org/" + seed + "/" + index, title, published, text.toString());
    }

    /** For one article, each source full name and surname to a recombined first name and surname. */
    private Map<String, String> swapping(Random random) {
        Map<String, String> swap = new LinkedHashMap<>();
        for (String name : names) {
            String first = firstName(names.get(random.nextInt(names.size())));
            String last = surname(names.get(random.nextInt(names.size())));
            swap.put(name, first + " " + last);
            swap.putIfAbsent(surname(name), last);
        }
        return swap;
    }

    private String swapNames(String s, Map<String, String> swap) {
        if (namePattern == null) {
            return s;
        }
        Matcher m = namePattern.matcher(s);
        return m.replaceAll(r -> Matcher.quoteReplacement(swap.getOrDefault(r.group(), r.group())));
    }

    private static Pattern alternation(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            keys.add(n);
            keys.add(surname(n));
        }
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        if (sorted.isEmpty()) {
            return null;
        }
        StringBuilder re = new StringBuilder("\\b(?:");
        for (int i = 0; i < sorted.size(); i++) {
            re.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(re.append(")\\b").toString());
    }

    private static String firstName(String name) {
        return name.substring(0, name.indexOf(' '));
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Two-word-or-longer person names from the gold files, simple enough to recombine. */
    static List<String> personNames(Path folder) {
        Set<String> names = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode persons = JSON.readTree(f.toFile()).path("persons");
                for (JsonNode p : persons) {
                    String name = p.isTextual() ? p.asText() : p.path("name").asText("");
                    if (name.matches("\\p{Lu}[\\p{L}-]+( \\p{Lu}[\\p{L}-]+)+")) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new NewsGraphException("cannot read person names in " + folder + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(names);
    }

    /** The sentences of a text, headline left out, one line of whitespace each. */
    static List<String> sentences(String text, String title) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.equals(title)) {
                continue;
            }
            for (String s : SENTENCE_END.split(l)) {
                String t = s.strip().replaceAll("\\s+", " ");
                if (t.length() >= 20) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static String firstWords(String text) {
        String s = text.strip().lines().findFirst().orElse("News");
        return s.length() <= 80 ? s : s.substring(0, 80);
    }

    /**
     * One synthetic article, in the fields the JSON Lines reader takes.
     *
     * @param id        the article's key
     * @param url       its (made-up) URL
     * @param title     headline
     * @param published publication date
     * @param text      body, paragraphs separated by blank lines
     */
    public record SyntheticArticle(String id, String url, String title, LocalDate published, String text) {
        public SyntheticArticle {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }

        /** The JSON Lines object. */
        public ObjectNode toJson() {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", id);
            o.put("url", url);
            o.put("title", title);
            o.put("published", published == null ? null : published.toString());
            o.put("text", text);
            return o;
        }
    }
}
