package org.newsgraph.rdf;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.extract.Entity;
import org.newsgraph.link.Link;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Links;

/**
 * Links the entities of an article graph already in a store again, as {@link RdfMapper} would have
 * linked them had the current linker been used when the article was mapped: for a store ingested
 * without linking, or after the gazetteer changed.
 *
 * <p>The article's text is not in the store, so the linker is given what the graph keeps (see
 * {@link #relink}); a link that needed a sentence which gave no fact may come out differently than
 * in a fresh ingest. Each entity node then takes the IRI {@link RdfMapper#entityIri} gives it, in
 * subject and object position, and its {@code rdfs:label}, {@code owl:sameAs},
 * {@code ng:wikidataId}, {@code ng:linkConfidence} and {@code ng:linkSource} are written anew.
 * Meetings and statements, whose IRIs hash their parties' IRIs, are renamed to match
 * ({@code FactIris}). Relinking with the same links gives the same triples.
 *
 * <p>A node that several entities share (merged by an earlier link to one item) is left as it is
 * when the new links would split it, since references to it (a meeting's participant, say) cannot be
 * told apart; such entities are counted as kept. Thread-safe when the linker is.
 */
public final class Relinker {
    private static final Set<Node> LINK_PREDICATES = Set.of(RDFS.Nodes.label, OWL.sameAs.asNode(), NG.Nodes.wikidataId,
            NG.Nodes.linkConfidence, NG.Nodes.linkSource);

    private final Linker linker;

    /** A relinker with the given linker. */
    public Relinker(Linker linker) {
        this.linker = Objects.requireNonNull(linker, "linker");
    }

    /**
     * What relinking one article graph gives.
     *
     * @param triples         the article graph's triples after relinking
     * @param changed         whether they differ from the graph's triples before
     * @param entities        entities found in the graph
     * @param linked          of them, linked to Wikidata afterwards
     * @param changedEntities of them, with a new IRI or new link triples
     * @param kept            entities sharing a node the new links would split, left as they were
     * @param unverified      meetings and statements whose IRI could not be recomputed and was kept
     */
    public record Result(Set<Triple> triples, boolean changed, int entities, int linked, int changedEntities, int kept,
            int unverified) {
        public Result {
            triples = Set.copyOf(triples);
        }
    }

    /**
     * Relinks one article graph, without changing it. The linker is given an article with the graph's
     * id ({@code ng:articleId}), headline and date ({@code schema:datePublished}), and as text the
     * words the graph keeps at their offsets (mention texts, evidence sentences, statement texts) with
     * line breaks elsewhere; and the entities with their types, names, roles ({@code ng:role}) and
     * mentions, places included.
     *
     * @param article the article's IRI, which names its graph
     * @param graph   the article's graph, as {@link RdfMapper} wrote it
     */
    public Result relink(Node article, Graph graph) {
        Objects.requireNonNull(article, "article");
        Set<Triple> before = new LinkedHashSet<>(graph.find().toList());
        ArticleReadBack read = ArticleReadBack.read(graph, article);
        List<Entity> entities = read.extraction().entities();
        Links links = linker.link(read.extraction());

        Map<Node, Set<Node>> targets = new HashMap<>();
        for (Entity e : entities) {
            targets.computeIfAbsent(read.node(e.key()), n -> new LinkedHashSet<>()).add(RdfMapper.entityIri(e, links));
        }
        Set<Node> relinked = targets.entrySet().stream().filter(t -> t.getValue().size() == 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<Node, Node> rename = new HashMap<>();
        for (Node n : relinked) {
            Node to = targets.get(n).iterator().next();
            if (!to.equals(n)) {
                rename.put(n, to);
            }
        }
        Map<Node, Node> facts = new HashMap<>();
        int unverified = FactIris.rename(graph, rename, facts);
        rename.putAll(facts);

        Set<Triple> after = new LinkedHashSet<>();
        for (Triple t : before) {
            if (relinked.contains(t.getSubject()) && LINK_PREDICATES.contains(t.getPredicate())) {
                continue;
            }
            Node s = rename.getOrDefault(t.getSubject(), t.getSubject());
            Node o = rename.getOrDefault(t.getObject(), t.getObject());
            if (t.getPredicate().equals(NG.Nodes.meetsWith) && s.equals(o)) {
                continue; // two people now one
            }
            after.add(Triple.create(s, t.getPredicate(), o));
        }
        int linked = 0;
        int kept = 0;
        for (Entity e : entities) {
            Node old = read.node(e.key());
            if (!relinked.contains(old)) {
                kept++;
                linked += graph.contains(old, OWL.sameAs.asNode(), Node.ANY) ? 1 : 0;
                continue;
            }
            Node node = rename.getOrDefault(old, old);
            Optional<Link> link = links.of(e.key());
            after.add(Triple.create(node, RDFS.Nodes.label, NodeFactory.createLiteralString(RdfMapper.label(e, link))));
            link.ifPresent(l -> after.addAll(RdfMapper.linkTriples(node, l)));
            linked += link.isPresent() ? 1 : 0;
        }
        int changedEntities = 0;
        for (Entity e : entities) {
            Node old = read.node(e.key());
            Node now = rename.getOrDefault(old, old);
            if (!now.equals(old) || !linkTriples(before, old).equals(linkTriples(after, now))) {
                changedEntities++;
            }
        }
        return new Result(after, !after.equals(before), entities.size(), linked, changedEntities, kept, unverified);
    }

    /** The label and link triples of a node, as predicate and object. */
    private static Set<List<Node>> linkTriples(Set<Triple> triples, Node node) {
        return triples.stream().filter(t -> t.getSubject().equals(node) && LINK_PREDICATES.contains(t.getPredicate()))
                .map(t -> List.of(t.getPredicate(), t.getObject())).collect(Collectors.toSet());
    }
}
