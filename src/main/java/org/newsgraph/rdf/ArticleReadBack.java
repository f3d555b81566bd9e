package org.newsgraph.rdf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;

/**
 * What a linker needs, read back from one article's named graph as {@link RdfMapper} wrote it: the
 * entities (type, name, roles, mentions with offsets), the article's id, headline and date, and as its
 * text the words the graph keeps at their original offsets (mentions, evidence sentences, statement
 * texts) with line breaks in the gaps, so that what the linker reads before a mention or scans for
 * countries is text the article really had. Sentences that gave no fact are not in the store and so
 * not in that text. Immutable.
 */
final class ArticleReadBack {
    /** The longest text rebuilt; offsets beyond it are ignored. */
    private static final int MAX_TEXT = 5_000_000;

    private final Extraction extraction;
    private final Map<String, Node> nodes;
    private final List<String> shared;

    private ArticleReadBack(Extraction extraction, Map<String, Node> nodes, List<String> shared) {
        this.extraction = extraction;
        this.nodes = nodes;
        this.shared = shared;
    }

    /** The article and its entities, without meetings or statements. */
    Extraction extraction() {
        return extraction;
    }

    /** The node an entity has in the graph now. */
    Node node(String entityKey) {
        return nodes.get(entityKey);
    }

    /** Keys of entities whose node holds more than one type or name (entities merged by an earlier link). */
    List<String> shared() {
        return shared;
    }

    /** Reads the article whose graph, named by the article's IRI, is {@code g}. */
    static ArticleReadBack read(Graph g, Node article) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Node> nodes = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (Node node : subjects(g, NG.Nodes.mentionedIn, article)) {
            List<Entity> found = entities(g, node);
            for (Entity e : found) {
                Entity before = entities.putIfAbsent(e.key(), e);
                if (before != null) {
                    continue; // a second node for one key cannot come from the mapper; the first wins
                }
                nodes.put(e.key(), node);
                if (found.size() > 1) {
                    shared.add(e.key());
                }
            }
        }
        Article a = article(g, article);
        return new ArticleReadBack(new Extraction(a, List.copyOf(entities.values()), List.of(), List.of()),
                Map.copyOf(nodes), List.copyOf(shared));
    }

    /**
     * The entities behind one node: one per type and name it carries. When there are several, each
     * mention goes to the entity whose key gives the mention's IRI, as the mapper made it.
     */
    private static List<Entity> entities(Graph g, Node node) {
        List<EntityType> types = types(g, node);
        List<String> names = strings(g, node, Terms.SCHEMA_NAME);
        List<String> roles = strings(g, node, NG.Nodes.role);
        if (types.isEmpty() || names.isEmpty()) {
            return List.of();
        }
        Map<String, EntityType> typeOf = new LinkedHashMap<>();
        Map<String, String> nameOf = new LinkedHashMap<>();
        for (EntityType t : types) {
            for (String n : names) {
                String key = Entity.keyOf(t, n);
                typeOf.putIfAbsent(key, t);
                nameOf.putIfAbsent(key, n);
            }
        }
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        typeOf.keySet().forEach(k -> mentions.put(k, new ArrayList<>()));
        double confidence = 0;
        String first = typeOf.keySet().iterator().next();
        for (Node m : objects(g, node, NG.Nodes.mention)) {
            Optional<Mention> mention = mention(g, m);
            if (mention.isEmpty()) {
                continue;
            }
            confidence = Math.max(confidence, decimal(g, m, NG.Nodes.confidence).orElse(0.0));
            String owner = mentions.size() == 1 ? first : owner(m, mention.get(), mentions.keySet()).orElse(first);
            mentions.get(owner).add(mention.get());
        }
        double c = confidence > 0 ? Math.min(1, confidence) : 1.0;
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
            if (e.getValue().isEmpty() && mentions.size() > 1) {
                continue;
            }
            e.getValue().sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            out.add(new Entity(e.getKey(), typeOf.get(e.getKey()), nameOf.get(e.getKey()), e.getValue(), roles, c));
        }
        return out;
    }

    private static Optional<String> owner(Node mentionNode, Mention m, Iterable<String> keys) {
        if (!mentionNode.isURI()) {
            return Optional.empty();
        }
        for (String key : keys) {
            if (mentionNode.getURI().endsWith("-" + RdfMapper.mentionHash(key, m.text()))) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> mention(Graph g, Node m) {
        Optional<String> text = string(g, m, NG.Nodes.text);
        Optional<Long> start = integer(g, m, NG.Nodes.startOffset);
        Optional<Long> end = integer(g, m, NG.Nodes.endOffset);
        if (text.isEmpty() || start.isEmpty() || end.isEmpty() || start.get() < 0 || end.get() < start.get()
                || end.get() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new Mention(start.get().intValue(), end.get().intValue(), text.get()));
    }

    private static List<EntityType> types(Graph g, Node node) {
        List<EntityType> types = new ArrayList<>();
        if (g.contains(node, RDF.Nodes.type, Terms.SCHEMA_PERSON)) {
            types.add(EntityType.PERSON);
        }
        if (g.contains(node, RDF.Nodes.type, Terms.SCHEMA_ORGANIZATION)) {
            types.add(EntityType.ORGANIZATION);
        }
        if (g.contains(node, RDF.Nodes.type, Terms.SCHEMA_PLACE)) {
            types.add(EntityType.PLACE);
        }
        return types;
    }

    private static Article article(Graph g, Node article) {
        String iri = article.getURI();
        String id = string(g, article, NG.Nodes.articleId).filter(s -> !s.isBlank())
                .orElse(iri.substring(iri.lastIndexOf('/') + 1));
        String title = string(g, article, Terms.SCHEMA_HEADLINE).orElse(null);
        LocalDate published = string(g, article, Terms.SCHEMA_DATE_PUBLISHED).flatMap(ArticleReadBack::date).orElse(null);
        String source = string(g, article, NG.Nodes.sourceFile).orElse(iri);
        return new Article(id, null, title, published, text(g), source);
    }

    /** The words the graph keeps at their offsets, line breaks elsewhere. */
    static String text(Graph g) {
        List<Span> spans = new ArrayList<>();
        spans(g, NG.Nodes.text, NG.Nodes.startOffset, NG.Nodes.endOffset, spans);
        spans(g, NG.Nodes.evidence, NG.Nodes.evidenceStart, NG.Nodes.evidenceEnd, spans);
        int length = 0;
        for (Span s : spans) {
            length = Math.max(length, s.end());
        }
        char[] text = new char[length];
        java.util.Arrays.fill(text, '\n');
        for (Span s : spans) {
            s.words().getChars(0, s.words().length(), text, s.start());
        }
        return new String(text);
    }

    private static void spans(Graph g, Node textProperty, Node startProperty, Node endProperty, List<Span> out) {
        for (Triple t : g.find(Node.ANY, textProperty, Node.ANY).toList()) {
            if (!t.getObject().isLiteral()) {
                continue;
            }
            String words = t.getObject().getLiteralLexicalForm();
            Optional<Long> start = integer(g, t.getSubject(), startProperty);
            Optional<Long> end = integer(g, t.getSubject(), endProperty);
            if (start.isPresent() && end.isPresent() && start.get() >= 0 && end.get() <= MAX_TEXT
                    && end.get() - start.get() == words.length()) {
                out.add(new Span(start.get().intValue(), end.get().intValue(), words));
            }
        }
    }

    private record Span(int start, int end, String words) {
    }

    private static Optional<LocalDate> date(String lexical) {
        try {
            return Optional.of(LocalDate.parse(lexical));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static List<Node> subjects(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList().stream().distinct().toList();
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The string values of a property, sorted, so that the result does not depend on the store's order. */
    static List<String> strings(Graph g, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        for (Node o : objects(g, s, p)) {
            if (o.isLiteral()) {
                out.add(o.getLiteralLexicalForm());
            }
        }
        return List.copyOf(out);
    }

    static Optional<String> string(Graph g, Node s, Node p) {
        List<String> all = strings(g, s, p);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static Optional<Long> integer(Graph g, Node s, Node p) {
        try {
            return string(g, s, p).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> decimal(Graph g, Node s, Node p) {
        try {
            return string(g, s, p).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
