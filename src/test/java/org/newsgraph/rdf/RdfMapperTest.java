package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleIds;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Meeting;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.SpeakerType;
import org.newsgraph.extract.Statement;
import org.newsgraph.link.Links;
import org.newsgraph.pipeline.ProcessedArticle;

class RdfMapperTest {
    private static final Node PUTIN = uri(NG.ID_WIKIDATA + Fixtures.PUTIN_QID);
    private static final Node WITKOFF = uri(NG.ID + "person/steve-witkoff");
    private static final Node ZELENSKY = uri(NG.ID + "person/volodymyr-zelensky");
    private static final Node KUSHNER = uri(NG.ID + "person/jared-kushner");

    @Test
    void putsAllFactsOfAnArticleInOneGraphNamedByTheArticle() {
        ProcessedArticle seed = Fixtures.seed();
        DatasetGraph dsg = Fixtures.dataset(seed);
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(List.of(uri(seed.article().iri())), graphs);
        assertTrue(dsg.getDefaultGraph().isEmpty());
        Graph g = dsg.getGraph(uri(seed.article().iri()));
        Node article = uri(seed.article().iri());
        assertTrue(g.contains(article, NG.Nodes.articleId, NodeFactory.createLiteralString(seed.article().id())));
        assertTrue(g.contains(article, Terms.SCHEMA_DATE_PUBLISHED, NodeFactory.createLiteralDT("2025-12-02", XSDDatatype.XSDdate)));
        assertTrue(g.contains(article, Terms.SCHEMA_URL, uri("https://www.example.com/news/world-europe-12345")));
        assertTrue(g.contains(WITKOFF, Terms.SCHEMA_NAME, NodeFactory.createLiteralString("Steve Witkoff")));
        assertTrue(g.contains(WITKOFF, NG.Nodes.mentionedIn, article));
    }

    @Test
    void venueIsAPlaceAndItsTownIsTheMeetingsCity() {
        String text = "Kamau hosted Mfinanga at the State House in Nairobi on Wednesday.";
        Article article = new Article(ArticleIds.of(null, text), null, null, LocalDate.of(2025, 12, 3), text, "venue.txt");
        Entity kamau = Fixtures.entity(text, EntityType.PERSON, "Kamau", List.of(), "Kamau");
        Entity mfinanga = Fixtures.entity(text, EntityType.PERSON, "Mfinanga", List.of(), "Mfinanga");
        Entity house = Fixtures.entity(text, EntityType.ORGANIZATION, "State House", List.of(), "State House");
        Entity nairobi = Fixtures.entity(text, EntityType.PLACE, "Nairobi", List.of(), "Nairobi");
        Meeting m = new Meeting(List.of(kamau.key(), mfinanga.key()), List.of(), house.key(), nairobi.key(), LocalDate.of(2025, 12, 3),
                "on Wednesday", MeetingStatus.OCCURRED, "hosted", List.of(), Fixtures.evidence(text, text), 0.8);
        ProcessedArticle pa = new ProcessedArticle(new Extraction(article, List.of(kamau, mfinanga, house, nairobi), List.of(m), List.of()),
                Links.NONE, 12);
        DatasetGraph dsg = Fixtures.dataset(pa);
        Graph u = dsg.getUnionGraph();
        Node meeting = u.find(Node.ANY, NG.Nodes.place, Node.ANY).next().getSubject();
        Node venue = u.find(meeting, NG.Nodes.place, Node.ANY).next().getObject();
        Node town = u.find(meeting, NG.Nodes.city, Node.ANY).next().getObject();
        assertTrue(u.contains(venue, Terms.SCHEMA_NAME, NodeFactory.createLiteralString("State House")));
        assertTrue(u.contains(venue, RDF.Nodes.type, Terms.SCHEMA_PLACE), "a venue named as an organisation is also a place");
        assertTrue(u.contains(town, Terms.SCHEMA_NAME, NodeFactory.createLiteralString("Nairobi")));
        Shapes.Report report = Shapes.get().validate(dsg);
        assertTrue(report.conforms(), () -> String.join("\n", report.messages()));
    }

    @Test
    void seedArticleConformsToTheShapes() {
        Shapes.Report report = Shapes.get().validate(Fixtures.dataset(Fixtures.seed(), Fixtures.followUp()));
        assertTrue(report.conforms(), () -> String.join("\n", report.messages()));
    }

    @Test
    void eachArticleGraphConformsOnItsOwn() {
        DatasetGraph dsg = Fixtures.dataset(Fixtures.seed(), Fixtures.followUp());
        dsg.listGraphNodes().forEachRemaining(g -> {
            Shapes.Report report = Shapes.get().validate(dsg.getGraph(g));
            assertTrue(report.conforms(), () -> g + "\n" + String.join("\n", report.messages()));
        });
    }

    @Test
    void meetingWithOneParticipantDoesNotConform() {
        DatasetGraph dsg = Fixtures.dataset(Fixtures.seed());
        Node meeting = only(dsg, Node.ANY, NG.Nodes.participant, WITKOFF).getSubject();
        dsg.delete(Quad.create(uri(Fixtures.seed().article().iri()), meeting, NG.Nodes.participant, WITKOFF));
        Shapes.Report report = Shapes.get().validate(dsg);
        assertFalse(report.conforms());
        assertTrue(report.messages().stream().anyMatch(m -> m.contains("ng:participant") && m.contains("two or more")),
                () -> String.join("\n", report.messages()));
    }

    @Test
    void brokenFactsDoNotConform() {
        Node g = uri(Fixtures.seed().article().iri());
        Map<String, Quad> breakages = Map.of(
                "second status", Quad.create(g, meetingOf(Fixtures.dataset(Fixtures.seed())), NG.Nodes.status, NG.Nodes.Occurred),
                "confidence above 1", Quad.create(g, meetingOf(Fixtures.dataset(Fixtures.seed())), NG.Nodes.confidence,
                        NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal)),
                "meetsWith a place", Quad.create(g, PUTIN, NG.Nodes.meetsWith, uri(NG.ID_WIKIDATA + Fixtures.MOSCOW_QID)),
                "date as a string", Quad.create(g, meetingOf(Fixtures.dataset(Fixtures.seed())), NG.Nodes.date,
                        NodeFactory.createLiteralString("Tuesday")));
        breakages.forEach((what, quad) -> {
            DatasetGraph dsg = Fixtures.dataset(Fixtures.seed());
            dsg.add(quad);
            assertFalse(Shapes.get().validate(dsg).conforms(), what);
        });
    }

    @Test
    void personParticipantsMeetEachOtherBothWays() {
        DatasetGraph dsg = Fixtures.dataset(Fixtures.seed(), Fixtures.followUp());
        Graph u = dsg.getUnionGraph();
        assertTrue(u.contains(PUTIN, NG.Nodes.meetsWith, WITKOFF));
        assertTrue(u.contains(WITKOFF, NG.Nodes.meetsWith, PUTIN));
        assertTrue(u.contains(PUTIN, NG.Nodes.meetsWith, KUSHNER));
        assertTrue(u.contains(KUSHNER, NG.Nodes.meetsWith, PUTIN));
        assertEquals(4, u.find(Node.ANY, NG.Nodes.meetsWith, Node.ANY).toList().size(),
                "no edge to places, organisations or unnamed groups, none to oneself");
    }

    @Test
    void unnamedGroupsTakePartAsUnnamedParties() {
        DatasetGraph dsg = Fixtures.dataset(Fixtures.followUp());
        Graph u = dsg.getUnionGraph();
        Node meeting = meetingOf(dsg);
        List<Node> parties = u.find(meeting, NG.Nodes.participant, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(3, parties.size());
        Node group = parties.stream().filter(p -> u.contains(p, RDFS.Nodes.label, NodeFactory.createLiteralString("Ukrainian officials")))
                .findFirst().orElseThrow();
        assertTrue(u.contains(group, org.apache.jena.vocabulary.RDF.Nodes.type, NG.Nodes.UnnamedParty));
    }

    @Test
    void linkedEntityGetsWikidataIriAndSameAs() {
        Graph u = Fixtures.dataset(Fixtures.seed()).getUnionGraph();
        assertTrue(u.contains(PUTIN, OWL.sameAs.asNode(), uri("http://www.wikidata.org/entity/Q7747")));
        assertTrue(u.contains(PUTIN, NG.Nodes.wikidataId, NodeFactory.createLiteralString("Q7747")));
        assertTrue(u.contains(PUTIN, NG.Nodes.linkConfidence, NodeFactory.createLiteralDT("0.95", XSDDatatype.XSDdecimal)));
        assertFalse(u.contains(uri(NG.ID + "person/vladimir-putin"), Node.ANY, Node.ANY));
        assertFalse(u.contains(WITKOFF, OWL.sameAs.asNode(), Node.ANY));
    }

    @Test
    void sameEntityAndTopicAreOneNodeAcrossArticles() {
        ProcessedArticle seed = Fixtures.seed();
        ProcessedArticle followUp = Fixtures.followUp();
        Graph u = Fixtures.dataset(seed, followUp).getUnionGraph();
        assertTrue(u.contains(PUTIN, NG.Nodes.mentionedIn, uri(seed.article().iri())));
        assertTrue(u.contains(PUTIN, NG.Nodes.mentionedIn, uri(followUp.article().iri())));
        Node peaceDeal = uri(NG.ID_TOPIC + "peace-deal");
        assertEquals(4, u.find(Node.ANY, NG.Nodes.topic, peaceDeal).toList().size());
        assertEquals(1, u.find(peaceDeal, Terms.SKOS_PREF_LABEL, Node.ANY).toList().size());
    }

    @Test
    void sameArticleMappedTwiceGivesTheSameGraph() {
        DatasetGraph a = Fixtures.dataset(Fixtures.seed(), Fixtures.followUp());
        DatasetGraph b = Fixtures.dataset(Fixtures.seed(), Fixtures.followUp());
        assertTrue(IsoMatcher.isomorphic(a, b));
        assertEquals(quads(a), quads(b), "IRIs depend only on content");
        DatasetGraph twice = Fixtures.dataset(Fixtures.seed(), Fixtures.seed(), Fixtures.followUp());
        assertEquals(quads(a), quads(twice));
    }

    @Test
    void sendsEachQuadOnce() {
        List<Quad> sent = new ArrayList<>();
        StreamRDF sink = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                sent.add(q);
            }
        };
        new RdfMapper().map(Fixtures.seed(), sink);
        assertEquals(new HashSet<>(sent).size(), sent.size());
        assertTrue(sent.stream().allMatch(q -> q.getGraph().equals(uri(Fixtures.seed().article().iri()))));
    }

    @Test
    void awkwardNamesGiveValidIrisAndExactLiterals() {
        String name = "Jo \"The >Boss}\"\nSmith \\ <x> {y}";
        String topic = "war }> \"peace\"\n";
        String speakerText = "a source close to <\"Jo\">\n";
        String text = name + " met " + name + "'s rival Ann Lee. " + speakerText + " said: \"" + name + "\".";
        Article article = new Article("odd id/with \"quotes\" <and> {braces}", null, "title \"quoted\"\n>", null, text, "odd\n\"file\".txt");
        Entity jo = Fixtures.entity(text, EntityType.PERSON, name, List.of("boss \"}"), name);
        Entity ann = Fixtures.entity(text, EntityType.PERSON, "Ann Lee", List.of(), "Ann Lee");
        Entity place = new Entity("place/x", EntityType.PLACE, "<>{}\"\n", List.of(), List.of(), 0.5);
        Meeting m = new Meeting(List.of(jo.key(), ann.key()), List.of("\"officials\" >}"), place.key(), null, null, "\"soon\"\n",
                MeetingStatus.PROPOSED, "met\n", List.of(topic), Fixtures.evidence(text, text.substring(0, 20)), 0.5);
        Statement s = Fixtures.statement(text, null, SpeakerType.UNNAMED, speakerText, "\"" + name + "\"", true,
                List.of(topic), Fixtures.evidence(text, text), 1.0);
        ProcessedArticle pa = new ProcessedArticle(new Extraction(article, List.of(jo, ann, place), List.of(m), List.of(s)),
                Links.NONE, 10);
        DatasetGraph dsg = Fixtures.dataset(pa);

        dsg.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                if (n.isURI()) {
                    IRIx iri = IRIx.create(n.getURI()); // throws when not a valid IRI
                    assertFalse(iri.isRelative() || iri.hasViolations(), n.getURI());
                }
                assertFalse(n.isBlank(), "no blank nodes");
            }
        });
        Graph u = dsg.getUnionGraph();
        assertTrue(u.contains(Node.ANY, Terms.SCHEMA_NAME, NodeFactory.createLiteralString(name)));
        assertTrue(u.contains(Node.ANY, NG.Nodes.text, NodeFactory.createLiteralString("\"" + name + "\"")));
        assertTrue(u.contains(Node.ANY, RDFS.Nodes.label, NodeFactory.createLiteralString(speakerText)));
        assertTrue(Shapes.get().validate(dsg).conforms(), () -> String.join("\n", Shapes.get().validate(dsg).messages()));

        for (RDFFormat format : List.of(RDFFormat.TRIG_PRETTY, RDFFormat.TRIG_FLAT, RDFFormat.NQUADS)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RDFDataMgr.write(bytes, dsg, format);
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(bytes.toString(StandardCharsets.UTF_8), format.getLang()).parse(back);
            assertTrue(IsoMatcher.isomorphic(dsg, back), format.toString());
        }
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, u, RDFFormat.TURTLE_PRETTY);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(turtle.toString(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(back);
        assertTrue(u.isIsomorphicWith(back));
    }

    @Test
    void urlThatIsNotAnAbsoluteIriStaysALiteral() {
        ProcessedArticle seed = Fixtures.seed();
        Article a = seed.article();
        Article relative = new Article(a.id(), "news/12345", a.title(), a.published(), a.text(), a.source());
        Extraction x = seed.extraction();
        ProcessedArticle pa = new ProcessedArticle(new Extraction(relative, x.entities(), x.meetings(), x.statements()),
                seed.links(), seed.tokens());
        Graph g = Fixtures.dataset(pa).getUnionGraph();
        assertTrue(g.contains(uri(a.iri()), Terms.SCHEMA_URL, NodeFactory.createLiteralDT("news/12345", XSDDatatype.XSDanyURI)));
    }

    @Test
    void meetingCarriesPlaceDateStatusAndEvidence() {
        DatasetGraph dsg = Fixtures.dataset(Fixtures.seed());
        Graph u = dsg.getUnionGraph();
        Node m = meetingOf(dsg);
        assertTrue(m.getURI().startsWith(NG.ID + "meeting/" + Fixtures.seed().article().id() + "-0-"), m.getURI());
        assertTrue(u.contains(m, NG.Nodes.place, uri(NG.ID_WIKIDATA + Fixtures.MOSCOW_QID)));
        assertTrue(u.contains(m, NG.Nodes.date, NodeFactory.createLiteralDT("2025-12-02", XSDDatatype.XSDdate)));
        assertTrue(u.contains(m, NG.Nodes.status, NG.Nodes.Planned));
        assertTrue(u.contains(m, NG.Nodes.trigger, NodeFactory.createLiteralString("will meet")));
        assertTrue(u.contains(m, NG.Nodes.evidenceStart, NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger)));
        assertTrue(u.contains(m, NG.Nodes.sourceArticle, uri(Fixtures.seed().article().iri())));
        assertEquals(LocalDate.of(2025, 12, 2), LocalDate.parse(only(dsg, m, NG.Nodes.date, Node.ANY).getObject().getLiteralLexicalForm()));
    }

    @Test
    void statementBySpeakerWithTopics() {
        Graph u = Fixtures.dataset(Fixtures.seed()).getUnionGraph();
        Node s = u.find(Node.ANY, NG.Nodes.speaker, ZELENSKY).next().getSubject();
        assertTrue(u.contains(s, NG.Nodes.speakerType, NG.Nodes.PersonSpeaker));
        assertTrue(u.contains(s, NG.Nodes.quoted, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertTrue(u.contains(s, NG.Nodes.topic, uri(NG.ID_TOPIC + "territorial-issue")));
        assertTrue(u.contains(uri(NG.ID_TOPIC + "territorial-issue"), Terms.SKOS_PREF_LABEL,
                NodeFactory.createLiteralString("territorial issue")));
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        dsg.find().forEachRemaining(out::add);
        return out;
    }

    private static Node meetingOf(DatasetGraph dsg) {
        return only(dsg, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, NG.Nodes.Meeting).getSubject();
    }

    private static Triple only(DatasetGraph dsg, Node s, Node p, Node o) {
        List<Triple> found = dsg.getUnionGraph().find(s, p, o).toList();
        assertEquals(1, found.size(), () -> "expected one match, got " + found);
        return found.get(0);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
