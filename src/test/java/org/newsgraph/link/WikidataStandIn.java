package org.newsgraph.link;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Wikidata's {@code /w/api.php} on 127.0.0.1, answering with real response
 * files from {@code src/test/resources/wikidata/}. By the {@code search} text:
 * <ul>
 * <li>{@code abc}, {@code Douglas Adams}: the "abc" search answer</li>
 * <li>{@code nobody}: no hits</li>
 * <li>{@code error}: an API error envelope</li>
 * <li>{@code lagged}: the maxlag error (HTTP 200, {@code Retry-After: 5}) once, then the answer</li>
 * <li>{@code busy}: HTTP 429 with {@code Retry-After: 2} once, then the answer</li>
 * <li>{@code unavailable}: HTTP 503 always</li>
 * <li>{@code hang}: answers after 3 s</li>
 * </ul>
 * {@code wbgetentities} answers with Q42 (Douglas Adams), or with Q6 (missing), Q42 and P31 when
 * asked for {@code Q6|Q42|P31}.
 */
final class WikidataStandIn implements AutoCloseable {
    record Request(String userAgent, Map<String, String> params) {
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> seen = new HashMap<>();

    WikidataStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    private void handle(HttpExchange x) throws IOException {
        Map<String, String> p = params(x.getRequestURI().getRawQuery());
        requests.add(new Request(x.getRequestHeaders().getFirst("User-Agent"), p));
        String action = p.getOrDefault("action", "");
        if (action.equals("wbgetentities")) {
            String ids = p.getOrDefault("ids", "");
            send(x, 200, ids.equals("Q6|Q42|P31") ? "wbgetentities-Q6-Q42-P31.json" : "wbgetentities-Douglas-Adams.json",
                    null);
            return;
        }
        if (!action.equals("wbsearchentities")) {
            send(x, 200, "error.json", null);
            return;
        }
        String search = p.getOrDefault("search", "");
        int n;
        synchronized (seen) {
            n = seen.computeIfAbsent(search, s -> new AtomicInteger()).getAndIncrement();
        }
        switch (search) {
            case "nobody" -> send(x, 200, "wbsearchentities-empty.json", null);
            case "error" -> send(x, 200, "error.json", null);
            case "lagged" -> send(x, 200, n == 0 ? "error-maxlag.json" : "wbsearchentities-abc.json", n == 0 ? "5" : null);
            case "busy" -> send(x, n == 0 ? 429 : 200, n == 0 ? null : "wbsearchentities-abc.json", n == 0 ? "2" : null);
            case "unavailable" -> send(x, 503, null, null);
            case "hang" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(x, 200, "wbsearchentities-abc.json", null);
            }
            default -> send(x, 200, "wbsearchentities-abc.json", null);
        }
    }

    private static void send(HttpExchange x, int status, String file, String retryAfter) throws IOException {
        byte[] body = file == null ? "<html>busy</html>".getBytes(StandardCharsets.UTF_8) : resource(file);
        x.getResponseHeaders().add("Content-Type", file == null ? "text/html" : "application/json; charset=utf-8");
        if (retryAfter != null) {
            x.getResponseHeaders().add("Retry-After", retryAfter);
        }
        try {
            x.sendResponseHeaders(status, body.length);
            try (OutputStream os = x.getResponseBody()) {
                os.write(body);
            }
        } catch (IOException e) {
            // the client gave up (timeout test)
        }
    }

    static byte[] resource(String file) {
        try (InputStream in = WikidataStandIn.class.getResourceAsStream("/wikidata/" + file)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: /wikidata/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> m = new HashMap<>();
        if (rawQuery == null) {
            return m;
        }
        for (String kv : rawQuery.split("&")) {
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            m.put(k, v);
        }
        return m;
    }

    long searches(String text) {
        return requests.stream().filter(r -> text.equals(r.params().get("search"))).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
