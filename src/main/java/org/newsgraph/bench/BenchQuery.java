package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.newsgraph.NewsGraphException;

/**
 * A query the benchmark runs.
 *
 * @param name   the file name, e.g. {@code 01-meetings.rq}
 * @param sparql the query text
 */
public record BenchQuery(String name, String sparql) {
    public BenchQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sparql, "sparql");
    }

    /** The queries of a folder ({@code *.rq}, by name), and the names of those left out. */
    public record Selection(List<BenchQuery> queries, List<String> skipped) {
        public Selection {
            queries = List.copyOf(queries);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Reads the {@code *.rq} files of a folder. Queries with a {@code SERVICE} clause are left out:
     * they would leave the machine, and their time would be the remote service's.
     *
     * @throws NewsGraphException when the folder cannot be read, holds no usable query, or a query
     *     does not parse
     */
    public static Selection fromFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new NewsGraphException("cannot read the query folder " + folder + ": " + e, e);
        }
        List<BenchQuery> queries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path f : files) {
            BenchQuery q = read(f);
            if (usesService(q)) {
                skipped.add(q.name());
            } else {
                queries.add(q);
            }
        }
        if (queries.isEmpty()) {
            throw new NewsGraphException("no query to run in " + folder + " (files: " + files.size()
                    + ", left out for SERVICE: " + skipped + ")");
        }
        return new Selection(queries, skipped);
    }

    private static BenchQuery read(Path file) {
        try {
            return new BenchQuery(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NewsGraphException("cannot read query " + file + ": " + e, e);
        }
    }

    static boolean usesService(BenchQuery q) {
        Query parsed;
        try {
            parsed = QueryFactory.create(q.sparql());
        } catch (QueryParseException e) {
            throw new NewsGraphException("query " + q.name() + " does not parse: " + e.getMessage(), e);
        }
        AtomicBoolean service = new AtomicBoolean();
        ElementWalker.walk(parsed.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                service.set(true);
            }
        });
        return service.get();
    }
}
