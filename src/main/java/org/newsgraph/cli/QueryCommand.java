package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.link.WikidataServiceCalls;
import org.newsgraph.link.WikidataSparqlClient;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.ServiceEndpoints;
import org.newsgraph.store.StoreIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph query}: runs a SPARQL file against a store. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query file against a store.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "text",
            description = "Result format for SELECT: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    StoreIO.ResultFormat format;

    @Option(names = "--service-endpoint", paramLabel = "FROM=TO",
            description = "Send SERVICE calls to endpoint FROM to endpoint TO instead (a mirror, a local copy);"
                    + " repeatable.")
    List<String> serviceEndpoints = List.of();

    @Parameters(paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        ServiceEndpoints endpoints = serviceEndpoints(spec, serviceEndpoints);
        WikidataServiceCalls.identify(endpoints.targetsOf(WikidataSparqlClient.WIKIDATA_SPARQL));
        String sparql = Files.readString(file, StandardCharsets.UTF_8);
        try (NewsStore s = NewsStore.open(store.store)) {
            OutputStream out = new WriterOutputStream(spec.commandLine().getOut());
            StoreIO.query(s, endpoints.rewrite(StoreIO.parse(sparql)), format, out);
            out.flush();
        }
        return 0;
    }

    /** The {@code --service-endpoint} overrides; a usage error names a bad one. */
    static ServiceEndpoints serviceEndpoints(CommandSpec spec, List<String> overrides) {
        try {
            return ServiceEndpoints.parse(overrides);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--service-endpoint: " + e.getMessage());
        }
    }
}
