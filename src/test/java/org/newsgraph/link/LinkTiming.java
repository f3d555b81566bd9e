package org.newsgraph.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.RuleExtractor;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/**
 * Measures what linking adds to extraction on the dev articles (real extraction, not gold names) and
 * prints each entity's link or, for entities with candidates, why none was made.
 */
final class LinkTiming {
    private LinkTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args.length > 0 ? args[0] : "eval/dev");
        long g0 = System.nanoTime();
        GazetteerLinker linker = new GazetteerLinker();
        System.out.printf("gazetteer load %d ms%n", (System.nanoTime() - g0) / 1_000_000);
        Annotator annotator = new Annotator(NlpModels.shared());
        RuleExtractor extractor = new RuleExtractor();
        List<Path> texts;
        try (Stream<Path> s = Files.list(dev)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int round = 0; round < 3; round++) {
            long extractNs = 0;
            long linkNs = 0;
            for (Path t : texts) {
                String text = Files.readString(t);
                Article a = new Article(t.getFileName().toString(), null, null, published(t), text, t.toString());
                long t0 = System.nanoTime();
                AnnotatedText at = annotator.annotate(text);
                Extraction x = extractor.extract(a, at);
                long t1 = System.nanoTime();
                Links links = linker.link(x);
                long t2 = System.nanoTime();
                extractNs += t1 - t0;
                linkNs += t2 - t1;
                if (round == 2) {
                    report(linker, x, links);
                }
            }
            System.out.printf("round %d: extraction %d ms, linking %d ms (%.1f%%)%n", round, extractNs / 1_000_000,
                    linkNs / 1_000_000, 100.0 * linkNs / extractNs);
        }
    }

    private static void report(GazetteerLinker linker, Extraction x, Links links) {
        ArticleContext ctx = new ArticleContext(x, linker.gazetteer());
        for (Entity e : x.entities()) {
            Optional<Link> l = links.of(e.key());
            List<GazetteerEntry> c = linker.candidates(e);
            if (l.isPresent()) {
                System.out.println("LINK  " + x.article().id() + "  " + e.key() + " -> " + l.get().qid() + " "
                        + l.get().label() + " " + l.get().confidence());
            } else if (!c.isEmpty()) {
                System.out.println("REFUSE " + x.article().id() + "  " + e.key() + " roles=" + e.roles() + " ("
                        + c.size() + " candidates) best: " + linker.disambiguator().best(e, c, ctx)
                                .map(s -> s.entry().qid() + " " + s.entry().label() + " " + String.format("%.2f", s.score())
                                        + " [" + s.why() + "]").orElse("-"));
            }
        }
    }

    private static LocalDate published(Path txt) throws Exception {
        Path gold = Path.of(txt.toString().replace(".txt", ".gold.json"));
        if (!Files.exists(gold)) {
            return null;
        }
        String s = Files.readString(gold);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"published\":\\s*\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(s);
        return m.find() ? LocalDate.parse(m.group(1)) : null;
    }
}
