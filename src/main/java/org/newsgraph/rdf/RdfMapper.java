package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleIds;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Meeting;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.NameKeys;
import org.newsgraph.extract.SpeakerType;
import org.newsgraph.extract.Statement;
import org.newsgraph.link.Link;
import org.newsgraph.link.Links;
import org.newsgraph.pipeline.ProcessedArticle;

/**
 * Maps one processed article to quads on a {@link StreamRDF}, in the vocabulary of {@link NG}.
 *
 * <p>All quads of an article are in one named graph, {@link #graphName(Article)}: the article's
 * metadata (a {@code schema:NewsArticle}), the types, names, mentions and Wikidata links of the
 * entities it mentions, its meetings (with {@code ng:meetsWith} between each two person participants,
 * both ways) and its statements. IRIs depend only on the content, so mapping the same article twice
 * gives the same quads, and an entity or topic has the same IRI in every article:
 * {@code https://newsgraph.org/id/wd/{QID}} for an entity linked to Wikidata, else
 * {@code https://newsgraph.org/id/{person|organization|place}/{slug of its name}}. Text from the
 * article only ever becomes literals or slugged, percent-encoded IRI segments.
 *
 * <p>The mapper sends each quad once per article and never calls {@link StreamRDF#start()} or
 * {@link StreamRDF#finish()}: the caller brackets a run of articles, as with any Jena stream.
 * Stateless and thread-safe.
 */
public final class RdfMapper {
    private static final Node TYPE = RDF.Nodes.type;
    private static final Node LABEL = RDFS.Nodes.label;
    private static final String UNNAMED_SOURCE = "unnamed source";

    /** A mapper. */
    public RdfMapper() {
    }

    /** Sends {@link NG#prefixes()} to the stream; call once before mapping articles to a writer. */
    public static void writePrefixes(StreamRDF out) {
        NG.prefixes().getNsPrefixMap().forEach(out::prefix);
    }

    /**
     * Sends the quads of one article to {@code out}.
     *
     * @param article the article with its facts and links
     * @param out     where the quads go; all in the graph {@link #graphName(Article)}
     */
    public void map(ProcessedArticle article, StreamRDF out) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(out, "out");
        Node graph = graphName(article.article());
        for (Triple t : new ArticleMapping(article).triples()) {
            out.quad(Quad.create(graph, t));
        }
    }

    /**
     * The IRI of an article and of the graph that holds its facts: {@link Article#iri()}, with the id
     * percent-encoded where it holds characters that are not allowed in IRIs (ids made by
     * {@link ArticleIds} never do).
     */
    public static Node graphName(Article article) {
        return NodeFactory.createURI(ArticleIds.ARTICLE_NS + Iris.segment(article.id()));
    }

    /** The IRI of an entity: by its Wikidata item when linked, else by its type and normalised name. */
    public static Node entityIri(Entity entity, Links links) {
        Optional<Link> link = links.of(entity.key());
        if (link.isPresent()) {
            return NodeFactory.createURI(NG.ID_WIKIDATA + link.get().qid());
        }
        return NodeFactory.createURI(NG.ID + entity.type().slug() + "/" + NameKeys.slug(entity.name()));
    }

    /** The IRI of a topic: {@code https://newsgraph.org/id/topic/{slug}}. */
    public static Node topicIri(String topic) {
        return NodeFactory.createURI(NG.ID_TOPIC + NameKeys.slug(topic));
    }

    /** The {@code rdfs:label} of an entity: its Wikidata label when linked and labelled, else its name. */
    static String label(Entity e, Optional<Link> link) {
        return link.map(Link::label).filter(l -> !l.isBlank()).orElse(e.name());
    }

    /** The triples that record an entity node's link: owl:sameAs, ng:wikidataId, ng:linkConfidence, ng:linkSource. */
    static List<Triple> linkTriples(Node node, Link l) {
        return List.of(Triple.create(node, OWL.sameAs.asNode(), NodeFactory.createURI(l.iri())),
                Triple.create(node, NG.Nodes.wikidataId, NodeFactory.createLiteralString(l.qid())),
                Triple.create(node, NG.Nodes.linkConfidence, decimal(l.confidence())),
                Triple.create(node, NG.Nodes.linkSource, NodeFactory.createLiteralString(l.source())));
    }

    /** The hash that ends a mention's IRI. */
    static String mentionHash(String entityKey, String text) {
        return Iris.hash(entityKey, text);
    }

    /** The content hash that ends a meeting's IRI; parties and topics in the meeting's order. */
    static String meetingHash(List<String> partyIris, String placeIri, LocalDate date, String dateText,
            MeetingStatus status, String trigger, List<String> topics) {
        return Iris.hash(partyIris, placeIri, date, dateText, status, trigger, topics);
    }

    /** The content hash that ends a statement's IRI; topics in the statement's order. */
    static String statementHash(String speakerIri, SpeakerType type, String speakerText, String content, boolean quoted,
            List<String> topics, int evidenceStart, int evidenceEnd) {
        return Iris.hash(speakerIri, type, speakerText, content, quoted, topics, evidenceStart, evidenceEnd);
    }

    /** The quads of one article, built once, in a stable order, without repeats. */
    private static final class ArticleMapping {
        private final ProcessedArticle processed;
        private final Extraction extraction;
        private final Article article;
        private final Node articleNode;
        private final String articleSegment;
        private final Set<Triple> triples = new LinkedHashSet<>();

        ArticleMapping(ProcessedArticle processed) {
            this.processed = processed;
            this.extraction = processed.extraction();
            this.article = processed.article();
            this.articleNode = graphName(article);
            this.articleSegment = Iris.segment(article.id());
        }

        Set<Triple> triples() {
            article();
            extraction.entities().forEach(this::entity);
            extraction.meetings().forEach(this::meeting);
            extraction.statements().forEach(this::statement);
            return triples;
        }

        private void add(Node s, Node p, Node o) {
            triples.add(Triple.create(s, p, o));
        }

        private void addString(Node s, Node p, String value) {
            if (value != null) {
                add(s, p, NodeFactory.createLiteralString(value));
            }
        }

        private void article() {
            add(articleNode, TYPE, Terms.SCHEMA_NEWS_ARTICLE);
            addString(articleNode, NG.Nodes.articleId, article.id());
            addString(articleNode, NG.Nodes.sourceFile, article.source());
            addString(articleNode, Terms.SCHEMA_HEADLINE, article.title());
            if (article.published() != null) {
                add(articleNode, Terms.SCHEMA_DATE_PUBLISHED, date(article.published()));
            }
            if (article.url() != null) {
                add(articleNode, Terms.SCHEMA_URL, url(article.url()));
            }
            add(articleNode, NG.Nodes.tokenCount, integer(processed.tokens()));
        }

        private void entity(Entity e) {
            Node node = entityIri(e, processed.links());
            switch (e.type()) {
                case PERSON -> {
                    add(node, TYPE, Terms.SCHEMA_PERSON);
                    add(node, TYPE, Terms.FOAF_PERSON);
                }
                case ORGANIZATION -> {
                    add(node, TYPE, Terms.SCHEMA_ORGANIZATION);
                    add(node, TYPE, Terms.FOAF_ORGANIZATION);
                }
                case PLACE -> add(node, TYPE, Terms.SCHEMA_PLACE);
            }
            addString(node, Terms.SCHEMA_NAME, e.name());
            Optional<Link> link = processed.links().of(e.key());
            addString(node, LABEL, label(e, link));
            e.roles().forEach(r -> addString(node, NG.Nodes.role, r));
            add(node, NG.Nodes.mentionedIn, articleNode);
            link.ifPresent(l -> linkTriples(node, l).forEach(triples::add));
            for (Mention m : e.mentions()) {
                mention(e, node, m);
            }
        }

        private void mention(Entity e, Node entity, Mention m) {
            Node node = iri("mention", m.start(), m.end(), mentionHash(e.key(), m.text()));
            add(entity, NG.Nodes.mention, node);
            add(node, TYPE, NG.Nodes.Mention);
            add(node, NG.Nodes.mentionOf, entity);
            addString(node, NG.Nodes.text, m.text());
            add(node, NG.Nodes.startOffset, integer(m.start()));
            add(node, NG.Nodes.endOffset, integer(m.end()));
            add(node, NG.Nodes.sourceArticle, articleNode);
            add(node, NG.Nodes.confidence, decimal(e.confidence()));
        }

        private void meeting(Meeting m) {
            List<Node> people = new ArrayList<>();
            List<Node> parties = new ArrayList<>();
            for (String key : m.participants()) {
                Entity e = entity(key);
                Node n = entityIri(e, processed.links());
                parties.add(n);
                if (e.type() == EntityType.PERSON && !people.contains(n)) {
                    people.add(n);
                }
            }
            for (String group : m.groups()) {
                parties.add(unnamedParty(group));
            }
            Node place = m.place() == null ? null : entityIri(entity(m.place()), processed.links());
            Node node = iri("meeting", m.evidence().start(), m.evidence().end(),
                    meetingHash(parties.stream().map(Node::getURI).toList(), place == null ? "" : place.getURI(), m.date(),
                            m.dateText(), m.status(), m.trigger(), m.topics()));
            add(node, TYPE, NG.Nodes.Meeting);
            parties.forEach(p -> add(node, NG.Nodes.participant, p));
            if (place != null) {
                add(node, NG.Nodes.place, place);
                add(place, TYPE, Terms.SCHEMA_PLACE); // a venue named as an organisation ("the Chancellery") is also a place
            }
            if (m.city() != null) {
                Node city = entityIri(entity(m.city()), processed.links());
                add(node, NG.Nodes.city, city);
                add(city, TYPE, Terms.SCHEMA_PLACE);
            }
            if (m.date() != null) {
                add(node, NG.Nodes.date, date(m.date()));
            }
            addString(node, NG.Nodes.dateText, m.dateText());
            add(node, NG.Nodes.status, status(m));
            addString(node, NG.Nodes.trigger, m.trigger());
            topics(node, m.topics());
            evidence(node, m.evidence());
            add(node, NG.Nodes.confidence, decimal(m.confidence()));
            add(node, NG.Nodes.sourceArticle, articleNode);
            for (Node a : people) {
                for (Node b : people) {
                    if (!a.equals(b)) {
                        add(a, NG.Nodes.meetsWith, b);
                    }
                }
            }
        }

        private void statement(Statement s) {
            Node speaker = s.speaker() != null
                    ? entityIri(entity(s.speaker()), processed.links())
                    : unnamedParty(s.speakerText() == null || s.speakerText().isBlank() ? UNNAMED_SOURCE : s.speakerText());
            Node node = iri("statement", s.contentStart(), s.contentEnd(),
                    statementHash(speaker.getURI(), s.speakerType(), s.speakerText(), s.content(), s.quoted(), s.topics(),
                            s.evidence().start(), s.evidence().end()));
            add(node, TYPE, NG.Nodes.Statement);
            add(node, NG.Nodes.speaker, speaker);
            add(node, NG.Nodes.speakerType, switch (s.speakerType()) {
                case PERSON -> NG.Nodes.PersonSpeaker;
                case ORGANIZATION -> NG.Nodes.OrganizationSpeaker;
                case UNNAMED -> NG.Nodes.UnnamedSpeaker;
            });
            addString(node, NG.Nodes.speakerText, s.speakerText());
            addString(node, NG.Nodes.text, s.content());
            add(node, NG.Nodes.quoted, NodeFactory.createLiteralDT(Boolean.toString(s.quoted()), XSDDatatype.XSDboolean));
            add(node, NG.Nodes.startOffset, integer(s.contentStart()));
            add(node, NG.Nodes.endOffset, integer(s.contentEnd()));
            topics(node, s.topics());
            evidence(node, s.evidence());
            add(node, NG.Nodes.confidence, decimal(s.confidence()));
            add(node, NG.Nodes.sourceArticle, articleNode);
        }

        private Node unnamedParty(String label) {
            Node node = NodeFactory.createURI(NG.ID + "unnamed/" + articleSegment + "/" + NameKeys.slug(label));
            add(node, TYPE, NG.Nodes.UnnamedParty);
            addString(node, LABEL, label);
            add(node, NG.Nodes.sourceArticle, articleNode);
            return node;
        }

        private void topics(Node subject, List<String> topics) {
            for (String t : topics) {
                Node topic = topicIri(t);
                add(subject, NG.Nodes.topic, topic);
                add(topic, TYPE, NG.Nodes.Topic);
                addString(topic, Terms.SKOS_PREF_LABEL, t);
                addString(topic, LABEL, t);
            }
        }

        private void evidence(Node subject, org.newsgraph.extract.Evidence e) {
            addString(subject, NG.Nodes.evidence, e.text());
            add(subject, NG.Nodes.evidenceStart, integer(e.start()));
            add(subject, NG.Nodes.evidenceEnd, integer(e.end()));
        }

        private Entity entity(String key) {
            return extraction.entity(key).orElseThrow(() -> new IllegalStateException("no entity with key " + key));
        }

        private Node iri(String kind, int start, int end, String hash) {
            return NodeFactory.createURI(NG.ID + kind + "/" + articleSegment + "-" + start + "-" + end + "-" + hash);
        }

        private static Node status(Meeting m) {
            return switch (m.status()) {
                case OCCURRED -> NG.Nodes.Occurred;
                case PLANNED -> NG.Nodes.Planned;
                case PROPOSED -> NG.Nodes.Proposed;
                case CANCELLED -> NG.Nodes.Cancelled;
            };
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    /** An absolute URL as an IRI; anything else (relative, or not a valid IRI) as an xsd:anyURI literal. */
    private static Node url(String url) {
        try {
            IRIx iri = IRIx.create(url);
            if (!iri.isRelative() && !iri.hasViolations()) {
                return NodeFactory.createURI(iri.str());
            }
        } catch (IRIException e) {
            // kept as a literal below
        }
        return NodeFactory.createLiteralDT(url, XSDDatatype.XSDanyURI);
    }
}
