package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.link.WikidataServiceCalls;
import org.newsgraph.link.WikidataSparqlClient;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.ServiceEndpoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: Fuseki with its UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store with Fuseki and its web UI until Ctrl-C.",
            "Read-only by default: SPARQL query at /newsgraph/query and /newsgraph/sparql; no update, upload or admin"
                + " endpoints. --allow-update opens /newsgraph/update and /newsgraph/data to users in role admin of"
                + " --password-file (HTTP basic: put a TLS reverse proxy in front when not on localhost)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        QueryCommand.serviceEndpoints(spec, server.serviceEndpoints);
        try (NewsStore s = NewsStore.open(store.store)) {
            serve(s, server, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Serves the store until the JVM is asked to stop. */
    static void serve(NewsStore s, ServerOptions o, PrintWriter out) {
        serviceCalls(s, o.serviceEndpoints);
        NewsGraphServer.Builder b = NewsGraphServer.builder().dataset(s.dataset()).port(o.port).host(o.host)
                .allowUpdate(o.allowUpdate).queryTimeout(Duration.ofSeconds(o.timeoutSeconds));
        if (o.passwordFile != null) {
            b.passwordFile(o.passwordFile);
        }
        NewsGraphServer srv = b.build().start();
        Thread hook = new Thread(srv::stop, "newsgraph-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("NewsGraph is serving " + s.dir() + " (" + s.graphCount() + " articles)");
        out.println("  web UI:  " + srv.url() + "  (dataset '" + srv.datasetName() + "')");
        out.println("  SPARQL:  " + srv.datasetUrl() + "/query" + (srv.allowsUpdate() ? "   update: " + srv.datasetUrl() + "/update" : ""));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        srv.join();
    }

    /** Redirects SERVICE calls of every query over the store as asked, and identifies calls to Wikidata. */
    static void serviceCalls(NewsStore s, List<String> overrides) {
        ServiceEndpoints endpoints;
        try {
            endpoints = ServiceEndpoints.parse(overrides);
        } catch (IllegalArgumentException e) {
            throw new NewsGraphException("--service-endpoint: " + e.getMessage(), e);
        }
        endpoints.install(s.dataset().getContext());
        WikidataServiceCalls.identify(endpoints.targetsOf(WikidataSparqlClient.WIKIDATA_SPARQL));
    }

    /** Options of the server. */
    static final class ServerOptions {
        @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
        String host;

        @Option(names = "--allow-update", description = "Open the update and graph-store write endpoints to admins.")
        boolean allowUpdate;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "Users, one per line: 'user: password, role' (roles: admin, reader). Needed with --allow-update.")
        Path passwordFile;

        @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Option(names = "--service-endpoint", paramLabel = "FROM=TO",
                description = "Send SERVICE calls to endpoint FROM to endpoint TO instead (a mirror, a local copy);"
                        + " repeatable.")
        List<String> serviceEndpoints = List.of();
    }
}
