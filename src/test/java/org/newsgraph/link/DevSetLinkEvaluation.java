package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;

/**
 * Evaluates a linker on the gold people of the dev set: entities are built from the gold names and
 * mentions (role words are the mention words around the name), so the figures measure linking
 * alone, not extraction.
 */
final class DevSetLinkEvaluation {
    /** Counts over gold people. */
    record Result(int goldWithQid, int right, int wrong, int unlinked, int nullGoldLinked, int nullGold,
            List<String> lines) {
        double precision() {
            return right + wrong == 0 ? 1 : (double) right / (right + wrong);
        }
    }

    private DevSetLinkEvaluation() {
    }

    static Result run(Path devDir, Linker linker) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int withQid = 0;
        int right = 0;
        int wrong = 0;
        int unlinked = 0;
        int nullLinked = 0;
        int nullGold = 0;
        List<String> lines = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(devDir)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonNode gold = json.readTree(g.toFile());
            String file = gold.path("file").asText();
            String text = Files.readString(devDir.resolve(file));
            String published = gold.path("published").asText(null);
            Article article = new Article(file, null, null, published == null ? null : LocalDate.parse(published),
                    text, file);
            List<Entity> entities = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode p : gold.path("persons")) {
                add(entities, keys, person(p, text));
            }
            for (JsonNode o : gold.path("organizations")) {
                add(entities, keys, simple(EntityType.ORGANIZATION, o.path("name").asText(), text));
            }
            for (JsonNode o : gold.path("places")) {
                add(entities, keys, simple(EntityType.PLACE, o.path("name").asText(), text));
            }
            Links links = linker.link(new Extraction(article, entities, List.of(), List.of()));
            for (JsonNode p : gold.path("persons")) {
                String name = p.path("name").asText();
                String goldQid = p.path("wikidata").isTextual() ? p.path("wikidata").asText() : null;
                Link l = links.of(Entity.keyOf(EntityType.PERSON, name)).orElse(null);
                String got = l == null ? "-" : l.qid() + " " + l.label() + " " + l.confidence();
                String verdict;
                if (goldQid != null) {
                    withQid++;
                    verdict = l == null ? "UNLINKED" : l.qid().equals(goldQid) ? "RIGHT" : "WRONG";
                    switch (verdict) {
                        case "RIGHT" -> right++;
                        case "WRONG" -> wrong++;
                        default -> unlinked++;
                    }
                } else {
                    nullGold++;
                    if (l != null) {
                        nullLinked++;
                    }
                    verdict = l == null ? "no-gold,unlinked" : "no-gold,LINKED";
                }
                lines.add(file + "\t" + name + "\tgold=" + goldQid + "\t" + got + "\t" + verdict);
            }
        }
        return new Result(withQid, right, wrong, unlinked, nullLinked, nullGold, lines);
    }

    private static void add(List<Entity> entities, Set<String> keys, Entity e) {
        if (keys.add(e.key())) {
            entities.add(e);
        }
    }

    private static Entity person(JsonNode p, String text) {
        String name = p.path("name").asText();
        Set<String> nameWords = new HashSet<>(Names.coreWords(Names.fold(name)));
        List<Mention> mentions = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (JsonNode m : p.path("mentions")) {
            String t = m.asText();
            int at = Math.max(0, text.indexOf(t));
            mentions.add(new Mention(at, at + t.length(), t));
            List<String> rest = new ArrayList<>();
            for (String w : Names.fold(t).split(" ")) {
                if (!w.isEmpty() && !nameWords.contains(w)) {
                    rest.add(w);
                }
            }
            if (!rest.isEmpty()) {
                roles.add(String.join(" ", rest));
            }
        }
        return new Entity(Entity.keyOf(EntityType.PERSON, name), EntityType.PERSON, name, mentions, roles, 0.9);
    }

    private static Entity simple(EntityType type, String name, String text) {
        int at = Math.max(0, text.indexOf(name));
        return new Entity(Entity.keyOf(type, name), type, name, List.of(new Mention(at, at + name.length(), name)),
                List.of(), 0.9);
    }

    /** Arguments: the dev directory (default eval/dev). */
    public static void main(String[] args) throws IOException {
        Path dev = Path.of(args.length > 0 ? args[0] : "eval/dev");
        Result r = run(dev, new GazetteerLinker());
        PrintStream out = System.out;
        r.lines().forEach(out::println);
        out.printf("gold people with QID: %d, right %d, wrong %d, unlinked %d, precision %.3f; "
                + "people without gold QID: %d, linked %d%n", r.goldWithQid(), r.right(), r.wrong(), r.unlinked(),
                r.precision(), r.nullGold(), r.nullGoldLinked());
    }
}
