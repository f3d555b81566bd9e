package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;

/**
 * NewsGraph's SHACL shapes ({@value #RESOURCE} on the class path) and validation of output graphs
 * against them. The shapes are parsed once; an instance is immutable and thread-safe, and may validate
 * several graphs at once.
 */
public final class Shapes {
    /** Class-path location of the shapes. */
    public static final String RESOURCE = "/ontology/shapes.ttl";

    private final Graph graph;
    private final org.apache.jena.shacl.Shapes shapes;

    private Shapes(Graph graph) {
        this.graph = graph;
        this.shapes = org.apache.jena.shacl.Shapes.parse(graph);
    }

    /** The bundled shapes, loaded and parsed on first use. */
    public static Shapes get() {
        return Bundled.SHAPES;
    }

    /**
     * Shapes from a graph other than the bundled one (for tests and extensions).
     *
     * @throws org.apache.jena.shacl.parser.ShaclParseException when the graph is not valid SHACL
     */
    public static Shapes of(Graph shapesGraph) {
        return new Shapes(Objects.requireNonNull(shapesGraph, "shapesGraph"));
    }

    /** The shapes graph (do not change it). */
    public Graph graph() {
        return graph;
    }

    /** Validates one graph, for example one article's named graph. */
    public Report validate(Graph data) {
        Objects.requireNonNull(data, "data");
        return Report.of(ShaclValidator.get().validate(shapes, data));
    }

    /**
     * Validates the union of the named graphs of a dataset, that is, the whole knowledge graph. Runs in
     * a read transaction of its own when the dataset supports transactions and none is active.
     */
    public Report validate(DatasetGraph data) {
        Objects.requireNonNull(data, "data");
        if (data.supportsTransactions() && !data.isInTransaction()) {
            return Txn.calculateRead(data, () -> validate(data.getUnionGraph()));
        }
        return validate(data.getUnionGraph());
    }

    /**
     * The outcome of a validation.
     *
     * @param conforms whether the data conforms (no results of any severity)
     * @param messages one line per result: severity, focus node, path, message and value
     * @param report   Jena's full report, for writing as RDF
     */
    public record Report(boolean conforms, List<String> messages, ValidationReport report) {
        public Report {
            messages = List.copyOf(messages);
            Objects.requireNonNull(report, "report");
        }

        static Report of(ValidationReport r) {
            return new Report(r.conforms(), r.getEntries().stream().map(Report::line).toList(), r);
        }

        private static String line(ReportEntry e) {
            StringBuilder b = new StringBuilder();
            b.append('[').append(e.severity().level().getLocalName()).append("] ").append(str(e.focusNode()));
            if (e.resultPath() != null) {
                b.append(' ').append(e.resultPath().toString(new Prologue(NG.prefixes())));
            }
            b.append(": ").append(e.message());
            if (e.value() != null) {
                b.append(" (value ").append(str(e.value())).append(')');
            }
            return b.toString();
        }

        private static String str(Node n) {
            return n.toString(NG.prefixes());
        }
    }

    private static final class Bundled {
        static final Shapes SHAPES = load();

        private static Shapes load() {
            try (InputStream in = Shapes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new NewsGraphException("SHACL shapes " + RESOURCE + " are not on the class path");
                }
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                return new Shapes(g);
            } catch (IOException | RiotException e) {
                throw new NewsGraphException("cannot read SHACL shapes " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
