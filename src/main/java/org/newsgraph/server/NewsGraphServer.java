package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.newsgraph.NewsGraphException;

/**
 * NewsGraph's SPARQL server: Fuseki, embedded, with its web UI, serving one TDB2 dataset.
 *
 * <p>What is served, under {@code /NAME} (default {@value #DEFAULT_DATASET_NAME}):
 * <ul>
 *   <li>SPARQL query at {@code /NAME}, {@code /NAME/query} and {@code /NAME/sparql}. The default
 *       graph of a query is the union of all named graphs (each article is stored in its own named
 *       graph), so queries need no {@code GRAPH} clause; {@code GRAPH ?g} still reaches each graph.
 *       Each query is stopped after the query timeout (HTTP 503 if no result has been sent yet)
 *       and SELECT, CONSTRUCT and DESCRIBE results are capped by a LIMIT.</li>
 *   <li>Graph store protocol, read-only, at {@code /NAME} and {@code /NAME/get}; {@code /NAME/data}
 *       is read-only too unless updates are allowed. The graph store's default graph is the stored
 *       default graph, not the union; {@code ?graph=urn:x-arq:UnionGraph} asks for the union.</li>
 *   <li>The Fuseki UI at {@code /} with {@code /$/ping}, {@code /$/server} and {@code /$/stats}.
 *       Fuseki's admin module is not installed: there is no {@code /$/datasets}, {@code /$/backup},
 *       {@code /$/tasks} or {@code /$/compact}, so the UI's "manage" page does not work.</li>
 *   <li>With {@link Builder#allowUpdate(boolean) allowUpdate}: SPARQL update at
 *       {@code /NAME/update} and the read-write graph store at {@code /NAME/data}, both for users in
 *       role {@value #ADMIN_ROLE} only.</li>
 * </ul>
 *
 * <p>With a {@link Builder#passwordFile(Path) password file}, every request except
 * {@code /$/ping} needs HTTP basic authentication as one of its users (any role); writes need role
 * {@value #ADMIN_ROLE}. Basic authentication sends passwords in clear text: keep the server on
 * loopback or put it behind TLS. The server binds to {@value #DEFAULT_HOST} unless told otherwise,
 * does not send CORS headers, and refuses request bodies larger than the request size limit
 * (HTTP 413).
 *
 * <p>The server does not change the dataset's own context; the union default graph and the
 * timeout are set on the query endpoints. The dataset stays open after {@link #close()}: whoever
 * opened it closes it. Thread-safe; a server is started once.
 */
public final class NewsGraphServer implements AutoCloseable {
    /** Default dataset name, the first path segment of the endpoints. */
    public static final String DEFAULT_DATASET_NAME = "newsgraph";
    /** Default port. */
    public static final int DEFAULT_PORT = 3030;
    /** Default interface: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default query timeout. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** Default cap on the rows (or, for CONSTRUCT and DESCRIBE, solutions) of a query result. */
    public static final long DEFAULT_RESULT_LIMIT = 10_000;
    /** Default limit on the size of a request body: 16 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    /** The role a user needs to write. */
    public static final String ADMIN_ROLE = "admin";

    /** Endpoint names that write when updates are allowed. */
    static final List<String> WRITE_ENDPOINTS = List.of("update", "data");

    private static final Pattern DATASET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final DatasetGraph dataset;
    private final String datasetName;
    private final int requestedPort;
    private final String host;
    private final boolean allowUpdate;
    private final PasswordFile users;
    private final Duration queryTimeout;
    private final long resultLimit;
    private final long maxRequestBytes;

    private FusekiServer fuseki;
    private Path workDir;
    private boolean stopped;

    private NewsGraphServer(Builder b, PasswordFile users) {
        this.dataset = b.dataset;
        this.datasetName = b.datasetName;
        this.requestedPort = b.port;
        this.host = b.host;
        this.allowUpdate = b.allowUpdate;
        this.users = users;
        this.queryTimeout = b.queryTimeout;
        this.resultLimit = b.resultLimit;
        this.maxRequestBytes = b.maxRequestBytes;
    }

    /** A builder with the defaults; only the dataset is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server and returns once it accepts requests.
     *
     * @return this server
     * @throws IllegalStateException if it was started before
     * @throws NewsGraphException if it cannot start, e.g. the port is in use
     */
    public synchronized NewsGraphServer start() {
        if (fuseki != null || stopped) {
            throw new IllegalStateException("server for dataset '" + datasetName + "' was already started");
        }
        workDir = createWorkDir();
        try {
            FusekiServer server = fusekiBuilder().build();
            configureJetty(server.getJettyServer());
            server.start();
            fuseki = server;
        } catch (RuntimeException e) {
            deleteWorkDir();
            stopped = true;
            throw new NewsGraphException("cannot start the server on " + host + ":" + requestedPort
                    + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The port the server listens on; with port 0 the one the system chose. */
    public synchronized int port() {
        return running().getHttpPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030/}, where the UI is. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The dataset's base URL, e.g. {@code http://127.0.0.1:3030/newsgraph}. */
    public String datasetUrl() {
        return url() + datasetName;
    }

    /** The dataset name, the first path segment of its endpoints. */
    public String datasetName() {
        return datasetName;
    }

    /** Whether updates are allowed (for users in role {@value #ADMIN_ROLE}). */
    public boolean allowsUpdate() {
        return allowUpdate;
    }

    /**
     * Blocks until the server stops, e.g. when another thread (a shutdown hook on Ctrl-C) calls
     * {@link #stop()}.
     *
     * @throws IllegalStateException if the server is not running
     */
    public void join() {
        FusekiServer server;
        synchronized (this) {
            server = running();
        }
        server.join();
    }

    /** Stops the server and frees the port; does nothing if it was not started or already stopped. */
    public synchronized void stop() {
        stopped = true;
        if (fuseki != null) {
            try {
                fuseki.stop();
            } finally {
                fuseki = null;
                deleteWorkDir();
            }
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private FusekiServer running() {
        if (fuseki == null) {
            throw new IllegalStateException("server for dataset '" + datasetName + "' is not running");
        }
        return fuseki;
    }

    private FusekiServer.Builder fusekiBuilder() {
        FusekiServer.Builder b = FusekiServer.create()
                .port(requestedPort)
                .enablePing(true)
                .enableStats(true)
                .enableCors(false)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                // FMod_UI finds the UI through a server control object; without the admin module
                // nobody else registers one.
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(workDir))
                .addServlet("/$/server", new ActionServerStatus())
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                .add(datasetName, dataService());
        if (users != null) {
            b.securityHandler(ServerSecurity.create(users, datasetName, allowUpdate));
        }
        return b;
    }

    private DataService dataService() {
        DataService.Builder ds = DataService.newBuilder(dataset)
                .addEndpoint(queryEndpoint(null))
                .addEndpoint(queryEndpoint("query"))
                .addEndpoint(queryEndpoint("sparql"))
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get");
        if (allowUpdate) {
            AuthPolicy admins = Auth.policyAllowSpecific(users.usersInRole(ADMIN_ROLE));
            ds.addEndpoint(Operation.Update, "update", admins)
              .addEndpoint(Operation.GSP_RW, "data", admins);
        } else {
            ds.addEndpoint(Operation.GSP_R, "data");
        }
        return ds.build();
    }

    private Endpoint queryEndpoint(String name) {
        Context context = new Context();
        context.set(TDB2.symUnionDefaultGraph, true);
        // Fuseki reads this setting as a string of milliseconds.
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        Endpoint.Builder e = Endpoint.create()
                .operation(Operation.Query)
                .context(context)
                .processor(new CappedQuery(resultLimit));
        if (name != null) {
            e.endpointName(name);
        }
        return e.build();
    }

    private void configureJetty(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
        SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("newsgraph-server");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the server's work directory", e);
        }
    }

    private void deleteWorkDir() {
        if (workDir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(workDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Leftover empty temp directory; nothing to report.
        }
        workDir = null;
    }

    /**
     * Settings for a {@link NewsGraphServer}. Each setter checks its value and throws
     * {@link IllegalArgumentException} naming the setting; {@link #build()} checks the settings
     * together. Not thread-safe.
     */
    public static final class Builder {
        private DatasetGraph dataset;
        private String datasetName = DEFAULT_DATASET_NAME;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private boolean allowUpdate;
        private Path passwordFile;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;

        private Builder() {}

        /** The TDB2 dataset to serve (required). The server does not close it. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The dataset name in URLs: letters, digits, {@code _ . -}; default {@value #DEFAULT_DATASET_NAME}. */
        public Builder datasetName(String name) {
            Objects.requireNonNull(name, "datasetName");
            if (!DATASET_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("datasetName must be letters, digits, '_', '.' or '-' "
                        + "and start with a letter or digit: '" + name + "'");
            }
            this.datasetName = name;
            return this;
        }

        /** The port, 1-65535, or 0 for any free port (tests); default {@value #DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The interface to listen on, as a name or address; default {@value #DEFAULT_HOST} (loopback
         * only). {@code 0.0.0.0} listens on all interfaces: set a password file then.
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("host must be a name or address without spaces: '" + host + "'");
            }
            this.host = host;
            return this;
        }

        /** Whether to serve write endpoints; default false. Needs a password file. */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /**
         * Users for HTTP basic authentication (required with {@link #allowUpdate(boolean)}), in
         * Jetty's format, one per line: {@code user: password, role1, role2}. Blank lines and lines
         * starting with {@code #} are ignored; passwords may be plain or Jetty-encoded
         * ({@code OBF:}, {@code MD5:}, {@code CRYPT:}) and cannot contain commas. Users in role
         * {@value NewsGraphServer#ADMIN_ROLE} may write; any other user (e.g. role {@code reader})
         * may read. The file is read when the server is built.
         */
        public Builder passwordFile(Path file) {
            this.passwordFile = Objects.requireNonNull(file, "passwordFile");
            return this;
        }

        /** Longest time a query may run; positive; default 30 s. Precision is milliseconds. */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "queryTimeout");
            if (timeout.toMillis() <= 0) {
                throw new IllegalArgumentException("queryTimeout must be at least 1 ms: " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * Most rows a SELECT (or solutions a CONSTRUCT or DESCRIBE) returns: a query with no LIMIT,
         * or a larger one, gets this LIMIT. Positive; default {@value NewsGraphServer#DEFAULT_RESULT_LIMIT}.
         */
        public Builder resultLimit(long limit) {
            if (limit <= 0) {
                throw new IllegalArgumentException("resultLimit must be positive: " + limit);
            }
            this.resultLimit = limit;
            return this;
        }

        /** Largest request body in bytes; larger requests get HTTP 413. Positive; default 16 MiB. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxRequestBytes must be positive: " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * Checks the settings together, reads the password file, and returns a server, not yet
         * started.
         *
         * @throws IllegalStateException if the dataset is missing or not TDB2, or updates are
         *     allowed without a password file or without a user in role {@value NewsGraphServer#ADMIN_ROLE}
         * @throws NewsGraphException if the password file cannot be read or is malformed
         */
        public NewsGraphServer build() {
            if (dataset == null) {
                throw new IllegalStateException("dataset is required");
            }
            if (!TDBInternal.isTDB2(dataset)) {
                throw new IllegalStateException("dataset must be a TDB2 dataset (the union default graph "
                        + "relies on it), got " + dataset.getClass().getName());
            }
            if (allowUpdate && passwordFile == null) {
                throw new IllegalStateException("allowUpdate requires passwordFile: writes need a user in role "
                        + ADMIN_ROLE);
            }
            PasswordFile users = passwordFile == null ? null : PasswordFile.read(passwordFile);
            if (allowUpdate && users.usersInRole(ADMIN_ROLE).isEmpty()) {
                throw new IllegalStateException("allowUpdate requires a user in role " + ADMIN_ROLE
                        + ", but passwordFile " + passwordFile + " has none");
            }
            return new NewsGraphServer(this, users);
        }
    }
}

