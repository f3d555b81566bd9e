package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vocabulary file and the shapes file, and their agreement with NG, the mapper and the queries. */
class OntologyTest {
    private static final Pattern NG_TERM = Pattern.compile("\\bng:([A-Za-z]+)");
    private static Graph ontology;

    @BeforeAll
    static void parse() throws IOException {
        ontology = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyTest.class.getResourceAsStream("/ontology/newsgraph.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
        }
    }

    @Test
    void ontologyHasAVersionedHeader() {
        Node header = NodeFactory.createURI("https://newsgraph.org/ns");
        assertTrue(ontology.contains(header, RDF.Nodes.type, OWL.Ontology.asNode()));
        assertTrue(ontology.contains(header, OWL.versionInfo.asNode(), Node.ANY));
    }

    @Test
    void everyConstantOfNGIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        int checked = 0;
        for (Field f : NG.Nodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node term = (Node) f.get(null);
                assertTrue(term.getURI().equals(NG.NS + f.getName()), f.getName());
                assertDeclared(term);
                checked++;
            }
        }
        assertTrue(checked > 40, "checked " + checked);
    }

    @Test
    void everyNgTermInTheMappedDataIsDeclared() {
        DatasetGraph dsg = Fixtures.dataset(Fixtures.seed(), Fixtures.followUp());
        dsg.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getPredicate(), q.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(NG.NS)) {
                    assertDeclared(n);
                }
            }
        });
    }

    @Test
    void everyNgTermInShapesAndQueriesIsDeclared() throws IOException, URISyntaxException {
        Set<String> used = new TreeSet<>();
        used.addAll(ngTerms(Files.readString(resource("/ontology/shapes.ttl"), StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.list(resource("/queries"))) {
            for (Path p : files.toList()) {
                used.addAll(ngTerms(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        assertFalse(used.isEmpty());
        used.forEach(local -> assertDeclared(NodeFactory.createURI(NG.NS + local)));
    }

    @Test
    void shapesParseAsShacl() {
        Shapes shapes = Shapes.get();
        assertTrue(org.apache.jena.shacl.Shapes.parse(shapes.graph()).numShapes() >= 10);
        assertEquals(shapes, Shapes.get(), "loaded once");
    }

    @Test
    void ontologyLoadedWithTheDataRaisesNoViolations() {
        DatasetGraph dsg = Fixtures.dataset(Fixtures.seed(), Fixtures.followUp());
        Node vocabulary = NodeFactory.createURI("https://newsgraph.org/ns");
        ontology.find().forEachRemaining(t -> dsg.add(vocabulary, t.getSubject(), t.getPredicate(), t.getObject()));
        Shapes.Report report = Shapes.get().validate(dsg);
        assertTrue(report.conforms(), () -> String.join("\n", report.messages()));
    }

    private static Set<String> ngTerms(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = NG_TERM.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void assertDeclared(Node term) {
        assertTrue(ontology.contains(term, RDF.Nodes.type, Node.ANY), () -> term + " is declared");
        assertTrue(ontology.contains(term, RDFS.Nodes.label, Node.ANY), () -> term + " has a label");
        assertTrue(ontology.contains(term, RDFS.Nodes.comment, Node.ANY), () -> term + " has a comment");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(OntologyTest.class.getResource(name).toURI());
    }
}
