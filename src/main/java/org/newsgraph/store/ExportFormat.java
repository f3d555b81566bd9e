package org.newsgraph.store;

import org.apache.jena.riot.RDFFormat;

/** Formats a store can be exported in. */
public enum ExportFormat {
    /** The union of all article graphs as one Turtle graph (named graphs are lost). */
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    /** All named graphs, TriG. */
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    /** All named graphs, N-Quads. */
    NQUADS(RDFFormat.NQUADS, true),
    /** All named graphs, JSON-LD. */
    JSONLD(RDFFormat.JSONLD11, true);

    final RDFFormat format;
    final boolean dataset;

    ExportFormat(RDFFormat format, boolean dataset) {
        this.format = format;
        this.dataset = dataset;
    }
}
