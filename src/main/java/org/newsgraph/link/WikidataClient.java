package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.extract.EntityType;

/**
 * A client for the Wikidata API's {@code wbsearchentities} and {@code wbgetentities}. Thread-safe.
 *
 * <p>It behaves as Wikidata asks of clients: a descriptive User-Agent, {@code maxlag}, and on a
 * {@code maxlag} error, HTTP 429 or 503 it waits (the {@code Retry-After} header when given, else an
 * exponential back-off) and retries a bounded number of times. Every request has a timeout.
 * Successful answers are kept in an on-disk cache (one JSON file per normalised query), so each name
 * is asked once across runs; without a cache directory, once per client.
 *
 * <p>Own {@code java.net.http} code rather than Wikidata Toolkit's connection, to control maxlag,
 * Retry-After and the timeout exactly.
 */
public final class WikidataClient implements CandidateSource {
    /** Wikidata's API endpoint. */
    public static final URI WIKIDATA_API = URI.create("https://www.wikidata.org/w/api.php");
    /** The User-Agent sent unless another is given. */
    public static final String DEFAULT_USER_AGENT =
            "NewsGraph/0.1 (https://newsgraph.org; newsgraph@newsgraph.org) java.net.http";
    private static final String HUMAN = "Q5";

    /** Waits between retries; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final URI api;
    private final String userAgent;
    private final Duration timeout;
    private final int maxRetries;
    private final int maxlag;
    private final Duration backoff;
    private final Path cacheDir;
    private final Sleeper sleeper;
    private final String language;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> memory = new ConcurrentHashMap<>();

    private WikidataClient(Builder b) {
        this.api = b.api;
        this.userAgent = b.userAgent;
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
        this.maxlag = b.maxlag;
        this.backoff = b.backoff;
        this.cacheDir = b.cacheDir;
        this.sleeper = b.sleeper;
        this.language = b.language;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A builder with Wikidata's endpoint and the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** One {@code wbsearchentities} hit. */
    public record SearchHit(String qid, String label, String description, List<String> aliases) {
    }

    /**
     * Items whose label or alias starts with or equals the text ({@code wbsearchentities}, type item).
     *
     * @throws WikidataException on an API error, or a failure after the retries
     */
    public List<SearchHit> search(String text, int limit) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", "wbsearchentities");
        params.put("search", text);
        params.put("language", language);
        params.put("uselang", language);
        params.put("type", "item");
        params.put("limit", String.valueOf(limit));
        JsonNode answer = call(params, "search-" + Names.fold(text) + "-" + limit);
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode h : answer.path("search")) {
            String label = h.path("label").asText(h.path("display").path("label").path("value").asText(""));
            String description = h.path("description")
                    .asText(h.path("display").path("description").path("value").asText(""));
            List<String> aliases = new ArrayList<>();
            h.path("aliases").forEach(a -> aliases.add(a.asText()));
            hits.add(new SearchHit(h.path("id").asText(), label, description, aliases));
        }
        return hits;
    }

    /**
     * The entity documents ({@code wbgetentities}) of the ids, by id; missing ids are left out.
     *
     * @param props e.g. {@code labels|aliases|claims|sitelinks}
     * @throws WikidataException on an API error, or a failure after the retries
     */
    public Map<String, JsonNode> getEntities(List<String> ids, String props) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 50) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 50));
            Map<String, String> params = new LinkedHashMap<>();
            params.put("action", "wbgetentities");
            params.put("ids", String.join("|", batch));
            params.put("props", props);
            params.put("languages", language);
            JsonNode answer = call(params, "entities-" + String.join("_", batch) + "-" + props);
            for (Map.Entry<String, JsonNode> e : answer.path("entities").properties()) {
                if (!e.getValue().has("missing")) {
                    out.put(e.getKey(), e.getValue());
                }
            }
        }
        return out;
    }

    @Override
    public List<GazetteerEntry> candidates(String name, EntityType type) {
        List<String> ids = search(name, 7).stream().map(SearchHit::qid).filter(q -> q.matches("Q[1-9][0-9]*")).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, JsonNode> docs = getEntities(ids, "labels|aliases|claims|sitelinks");
        Set<String> positionIds = new LinkedHashSet<>();
        docs.values().forEach(d -> d.path("claims").path("P39").forEach(c -> positionIds.add(valueId(c.path("mainsnak")))));
        positionIds.remove("");
        Map<String, JsonNode> positions = positionIds.isEmpty() ? Map.of()
                : getEntities(new ArrayList<>(positionIds), "labels");
        List<GazetteerEntry> out = new ArrayList<>();
        for (JsonNode d : docs.values()) {
            GazetteerEntry e = entry(d, positions);
            if (e.type() == type) {
                out.add(e);
            }
        }
        return out;
    }

    private GazetteerEntry entry(JsonNode d, Map<String, JsonNode> positions) {
        String qid = d.path("id").asText();
        String label = d.path("labels").path(language).path("value").asText(qid);
        List<String> aliases = new ArrayList<>();
        d.path("aliases").path(language).forEach(a -> aliases.add(a.path("value").asText()));
        JsonNode claims = d.path("claims");
        Set<String> classes = new LinkedHashSet<>();
        claims.path("P31").forEach(c -> classes.add(valueId(c.path("mainsnak"))));
        EntityType type = classes.contains(HUMAN) ? EntityType.PERSON
                : claims.has("P625") || claims.has("P1082") ? EntityType.PLACE : EntityType.ORGANIZATION;
        Set<String> countries = new LinkedHashSet<>();
        for (String p : List.of("P27", "P17")) {
            claims.path(p).forEach(c -> countries.add(valueId(c.path("mainsnak"))));
        }
        countries.remove("");
        List<GazetteerEntry.Position> held = new ArrayList<>();
        for (JsonNode c : claims.path("P39")) {
            String pos = valueId(c.path("mainsnak"));
            String posLabel = positions.containsKey(pos)
                    ? positions.get(pos).path("labels").path(language).path("value").asText(pos) : pos;
            held.add(new GazetteerEntry.Position(posLabel, "", time(c, "P580"), time(c, "P582")));
        }
        int sitelinks = d.path("sitelinks").size();
        long population = 0;
        for (JsonNode c : claims.path("P1082")) {
            population = Math.max(population, (long) c.path("mainsnak").path("datavalue").path("value")
                    .path("amount").asDouble(0));
        }
        String placeKind = type == EntityType.PLACE ? (classes.contains("Q6256") || classes.contains("Q3624078")
                ? "country" : "city") : "";
        return new GazetteerEntry(qid, type, label, aliases, new ArrayList<>(countries), Math.min(100, sitelinks),
                held, placeKind, population);
    }

    /** The item id of a snak's value; older answers carry only {@code numeric-id}. */
    private static String valueId(JsonNode snak) {
        JsonNode v = snak.path("datavalue").path("value");
        if (v.has("id")) {
            return v.path("id").asText("");
        }
        if (v.has("numeric-id") && "item".equals(v.path("entity-type").asText("item"))) {
            return "Q" + v.path("numeric-id").asLong();
        }
        return "";
    }

    private static LocalDate time(JsonNode claim, String qualifier) {
        for (JsonNode q : claim.path("qualifiers").path(qualifier)) {
            String t = q.path("datavalue").path("value").path("time").asText("");
            if (t.length() >= 11) {
                int date = GazetteerBuilder.date(t.substring(1, 11).replace("-00", "-01"), qualifier.equals("P582"));
                if (date > 0) {
                    return LocalDate.of(date / 10000, Math.max(1, date / 100 % 100), Math.max(1, date % 100));
                }
            }
        }
        return null;
    }

    /** Sends one API request (cached), retrying on maxlag, 429 and 503. */
    private JsonNode call(Map<String, String> params, String cacheKey) {
        JsonNode cached = memory.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Path file = cacheDir == null ? null : cacheDir.resolve(fileName(cacheKey));
        if (file != null && Files.isRegularFile(file)) {
            try {
                JsonNode n = json.readTree(file.toFile());
                memory.put(cacheKey, n);
                return n;
            } catch (IOException e) {
                // unreadable cache entry: ask again and overwrite it
            }
        }
        String body = fetch(params);
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (IOException e) {
            throw new WikidataException("Wikidata answered with something not JSON for " + params + ": "
                    + body.substring(0, Math.min(200, body.length())), e);
        }
        if (n.has("error")) {
            throw new WikidataException("Wikidata API error " + n.path("error").path("code").asText() + ": "
                    + n.path("error").path("info").asText() + " (" + params + ")");
        }
        memory.put(cacheKey, n);
        if (file != null) {
            store(file, body);
        }
        return n;
    }

    private String fetch(Map<String, String> params) {
        StringBuilder q = new StringBuilder("format=json&formatversion=1&maxlag=").append(maxlag);
        params.forEach((k, v) -> q.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        URI uri = URI.create(api + "?" + q);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent)
                .header("Accept", "application/json").GET().build();
        String problem = "";
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            Duration wait = backoff.multipliedBy(1L << Math.min(attempt, 10));
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                if (r.statusCode() == 429 || r.statusCode() == 503) {
                    problem = "HTTP " + r.statusCode();
                    wait = retryAfter(retryAfter, wait);
                } else if (r.statusCode() != 200) {
                    throw new WikidataException("Wikidata answered HTTP " + r.statusCode() + " to " + uri);
                } else if (r.body().contains("\"maxlag\"") && isMaxlag(r.body())) {
                    problem = "maxlag";
                    wait = retryAfter(retryAfter, wait);
                } else {
                    return r.body();
                }
            } catch (HttpTimeoutException e) {
                problem = "timeout after " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                problem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WikidataException("interrupted while asking " + uri, e);
            }
            if (attempt < maxRetries) {
                sleep(wait);
            }
        }
        throw new WikidataException("Wikidata did not answer " + uri + " after " + (maxRetries + 1) + " attempts: "
                + problem);
    }

    private boolean isMaxlag(String body) {
        try {
            return "maxlag".equals(json.readTree(body).path("error").path("code").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static Duration retryAfter(String header, Duration fallback) {
        if (header == null) {
            return fallback;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Math.min(120, Long.parseLong(header.trim()))));
        } catch (NumberFormatException e) {
            return fallback; // an HTTP date: keep the back-off
        }
    }

    private void sleep(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("interrupted while waiting to retry", e);
        }
    }

    private static void store(Path file, String body) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "q", ".tmp");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache is an optimisation: a failure to write it costs a repeated request, nothing more
        }
    }

    /** A readable, safe file name for a cache key: its slug plus a hash. */
    static String fileName(String key) {
        String slug = key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80);
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return slug + "-" + HexFormat.of().formatHex(h, 0, 6) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Settings of a {@link WikidataClient}; each checked when set. */
    public static final class Builder {
        private URI api = WIKIDATA_API;
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration timeout = Duration.ofSeconds(10);
        private int maxRetries = 3;
        private int maxlag = 5;
        private Duration backoff = Duration.ofSeconds(1);
        private Path cacheDir;
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private String language = "en";

        private Builder() {
        }

        /** The API endpoint, e.g. {@code http://127.0.0.1:PORT/w/api.php}. */
        public Builder apiUrl(URI uri) {
            Objects.requireNonNull(uri, "apiUrl");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("apiUrl must be http or https: " + uri);
            }
            this.api = uri;
            return this;
        }

        /** A descriptive User-Agent with a way to contact the operator, as Wikidata asks. */
        public Builder userAgent(String ua) {
            if (ua == null || ua.isBlank() || ua.startsWith("Java-http-client")) {
                throw new IllegalArgumentException("userAgent must be descriptive: '" + ua + "'");
            }
            this.userAgent = ua;
            return this;
        }

        public Builder timeout(Duration t) {
            if (t == null || t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + t);
            }
            this.timeout = t;
            return this;
        }

        /** Retries after the first attempt, 0..10. */
        public Builder maxRetries(int n) {
            if (n < 0 || n > 10) {
                throw new IllegalArgumentException("maxRetries must be within 0..10: " + n);
            }
            this.maxRetries = n;
            return this;
        }

        /** Seconds of replication lag at which the server should refuse (Wikidata recommends 5). */
        public Builder maxlag(int seconds) {
            if (seconds < 1) {
                throw new IllegalArgumentException("maxlag must be at least 1: " + seconds);
            }
            this.maxlag = seconds;
            return this;
        }

        /** First back-off when no Retry-After is given; doubled on each retry. */
        public Builder backoff(Duration d) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("backoff must not be negative: " + d);
            }
            this.backoff = d;
            return this;
        }

        /** Directory of the on-disk cache (created when needed), or null for none. */
        public Builder cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s, "sleeper");
            return this;
        }

        public Builder language(String lang) {
            if (lang == null || !lang.matches("[a-z]{2,3}(-[a-z]+)?")) {
                throw new IllegalArgumentException("not a language code: " + lang);
            }
            this.language = lang;
            return this;
        }

        public WikidataClient build() {
            return new WikidataClient(this);
        }
    }
}
