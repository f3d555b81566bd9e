package org.newsgraph.store;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsGraphException;

/** Export and query over a store, each inside a read transaction. */
public final class StoreIO {
    /** Result formats for SELECT queries. */
    public enum ResultFormat { CSV, TSV, JSON, TEXT }

    private StoreIO() {
    }

    /** Writes the store in the given format. */
    public static void export(NewsStore store, ExportFormat format, OutputStream out) {
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            if (format.dataset) {
                RDFDataMgr.write(out, dsg, format.format);
            } else {
                // Streamed, so a large store is never held in memory.
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.format);
                stream.start();
                prefixes().forEach(stream::prefix);
                dsg.getUnionGraph().find().forEachRemaining(stream::triple);
                stream.finish();
            }
        });
    }

    /** The prefixes exports use. */
    static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("ng", "https://newsgraph.org/ns#");
        pm.add("schema", "https://schema.org/");
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.add("owl", "http://www.w3.org/2002/07/owl#");
        pm.add("wd", "http://www.wikidata.org/entity/");
        return pm;
    }

    /**
     * Runs a SPARQL query; SELECT results go out in {@code format}, CONSTRUCT/DESCRIBE as Turtle, ASK as
     * {@code true}/{@code false}.
     *
     * @throws NewsGraphException when the query does not parse
     */
    public static void query(NewsStore store, String sparql, ResultFormat format, OutputStream out) {
        query(store, parse(sparql), format, out);
    }

    /**
     * Parses a SPARQL query.
     *
     * @throws NewsGraphException when the query does not parse
     */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new NewsGraphException("the query does not parse: " + e.getMessage(), e);
        }
    }

    /** Runs a parsed SPARQL query, as {@link #query(NewsStore, String, ResultFormat, OutputStream)}. */
    public static void query(NewsStore store, Query q, ResultFormat format, OutputStream out) {
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).build()) {
                if (q.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case CSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_CSV);
                        case TSV -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_TSV);
                        case JSON -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
                        case TEXT -> ResultSetFormatter.out(out, rs, q.getPrefixMapping());
                    }
                } else if (q.isAskType()) {
                    writeUtf8(out, Boolean.toString(qe.execAsk()).toLowerCase(Locale.ROOT) + "\n");
                } else {
                    RDFDataMgr.write(out, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
                }
            }
        });
    }

    private static void writeUtf8(OutputStream out, String s) {
        try {
            out.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
