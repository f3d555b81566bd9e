package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.extract.EntityType;

/**
 * The offline index of Wikidata items NewsGraph links to: people (politicians, heads of state and
 * government, US federal office-holders), places (countries, territories, cities) and a few
 * organisations. Immutable and thread-safe once loaded; load it once and share it
 * ({@link #shared()}).
 *
 * <p>Lookup is by normalised name: case and accents folded, doubled letters squeezed and common
 * transliteration variants merged ({@link #lookup}), by surname ({@link #bySurname}), and by
 * demonym for countries ({@link #countryOfWord}).
 *
 * <p>Data file (gzipped UTF-8, tab-separated), written by {@link GazetteerBuilder}:
 * <pre>
 * #newsgraph-gazetteer  FORMAT_VERSION  info...
 * T  position label  country QID                         (position table; line order is the id)
 * D  demonym or short form  country QID
 * P  QID  label  aliases(|)  countries(|)  prior  positions: id,yyyymmdd start,yyyymmdd end(;)  keys(|)  surname keys(|)
 * L  QID  label  aliases(|)  countries(|)  prior  kind,population  keys(|)  ""
 * O  QID  label  aliases(|)  countries(|)  prior  ""  keys(|)  ""
 * </pre>
 * The keys are the normalised names ({@link Names#loose}) under which the item is found, stored so
 * that loading does no normalisation; a change to the normalisation means a new format version.
 * <pre>
 * </pre>
 */
public final class Gazetteer {
    /** Where the shipped data file lies on the class path. */
    public static final String RESOURCE = "/models/gazetteer/gazetteer.tsv.gz";

    private final Map<String, String> rawByQid;
    private final List<String[]> positionTable;
    private final Map<String, Object> byKey;
    private final Map<String, Object> bySurname;
    private final Map<String, String> demonyms;
    private final Map<String, GazetteerEntry> made = new ConcurrentHashMap<>();

    private Gazetteer(Map<String, String> rawByQid, List<String[]> positionTable, Map<String, String> demonyms) {
        this.rawByQid = rawByQid;
        this.positionTable = positionTable;
        this.demonyms = demonyms;
        Map<String, Object> keys = new HashMap<>(rawByQid.size() * 3);
        Map<String, Object> surnames = new HashMap<>(rawByQid.size() * 2);
        for (Map.Entry<String, String> e : rawByQid.entrySet()) {
            String line = e.getValue();
            int last = line.lastIndexOf('\t');
            int keysAt = line.lastIndexOf('\t', last - 1);
            add(keys, line.substring(keysAt + 1, last), e.getKey());
            add(surnames, line.substring(last + 1), e.getKey());
        }
        this.byKey = keys;
        this.bySurname = surnames;
    }

    /** Adds the qid under each of the '|'-separated keys; a value is one QID or a String[] of several. */
    private static void add(Map<String, Object> index, String keys, String qid) {
        int from = 0;
        while (from < keys.length()) {
            int bar = keys.indexOf('|', from);
            String key = keys.substring(from, bar < 0 ? keys.length() : bar);
            index.merge(key, qid, (old, q) -> {
                if (old instanceof String one) {
                    return one.equals(q) ? one : new String[] {one, (String) q};
                }
                String[] many = (String[]) old;
                String[] more = Arrays.copyOf(many, many.length + 1);
                more[many.length] = (String) q;
                return more;
            });
            from = bar < 0 ? keys.length() : bar + 1;
        }
    }

    private static List<String> qids(Object v) {
        if (v == null) {
            return List.of();
        }
        return v instanceof String one ? List.of(one) : List.of((String[]) v);
    }

    /** The loose lookup keys of a person or other item, and its surname keys, '|'-separated (stored in the data file). */
    static String[] keysOf(String label, List<String> aliases, boolean person) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> surnames = new LinkedHashSet<>();
        indexName(label, person, keys, surnames);
        for (String alias : aliases) {
            indexName(alias, person, keys, surnames);
        }
        keys.remove("");
        surnames.remove("");
        return new String[] {String.join("|", keys), String.join("|", surnames)};
    }

    private static void indexName(String name, boolean person, Set<String> keys, Set<String> surnames) {
        String folded = Names.fold(name);
        if (!person) {
            keys.add(Names.loose(folded));
            return;
        }
        List<String> words = Names.coreWords(folded);
        if (words.isEmpty()) {
            return;
        }
        keys.add(Names.loose(String.join(" ", words)));
        if (person && words.size() > 2) {
            keys.add(Names.loose(words.get(0) + " " + words.get(words.size() - 1)));
        }
        if (person && words.size() > 1) {
            surnames.add(Names.loose(words.get(words.size() - 1)));
        }
    }

    /** Builds a gazetteer from entries (tests, online results); demonyms map a word to a country QID. */
    public static Gazetteer of(List<GazetteerEntry> entries, Map<String, String> demonyms) {
        List<String[]> table = new ArrayList<>();
        Map<String, String> raw = new HashMap<>();
        for (GazetteerEntry e : entries) {
            raw.put(e.qid(), String.join("\t", raw(e, table)));
        }
        Map<String, String> d = new HashMap<>();
        demonyms.forEach((w, q) -> d.put(Names.fold(w), q));
        Gazetteer g = new Gazetteer(raw, table, d);
        entries.forEach(e -> g.made.put(e.qid(), e));
        return g;
    }

    private static String[] raw(GazetteerEntry e, List<String[]> table) {
        String kind = switch (e.type()) {
            case PERSON -> "P";
            case PLACE -> "L";
            case ORGANIZATION -> "O";
        };
        String[] keys = keysOf(e.label(), e.aliases(), e.type() == EntityType.PERSON);
        return new String[] {kind, e.qid(), e.label(), String.join("|", e.aliases()), String.join("|", e.countries()),
            String.valueOf(e.prior()), "", keys[0], keys[1]};
    }

    private static final class Holder {
        static final Gazetteer SHARED = loadResource();
    }

    /** The gazetteer shipped with NewsGraph, loaded from the class path on first use. */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    private static Gazetteer loadResource() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new NewsGraphException("gazetteer data file not on the class path: " + RESOURCE);
        }
        try (in) {
            return load(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
    }

    /** Loads a gazetteer data file. */
    public static Gazetteer load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    /**
     * Loads a gazetteer from a gzipped data stream; {@code name} is used in error messages. Entries are
     * indexed at load and turned into {@link GazetteerEntry} objects only when looked up.
     *
     * @throws NewsGraphException when the stream is not a data file of the expected format version
     */
    public static Gazetteer load(InputStream gzipped, String name) throws IOException {
        BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        String header = r.readLine();
        String expected = "#newsgraph-gazetteer\t" + GazetteerBuilder.FORMAT_VERSION + "\t";
        if (header == null || !header.startsWith(expected)) {
            throw new NewsGraphException("not a gazetteer data file of format " + GazetteerBuilder.FORMAT_VERSION
                    + ": " + name + " starts with '" + header + "'");
        }
        List<String[]> positions = new ArrayList<>();
        Map<String, String> demonyms = new HashMap<>();
        Map<String, String> raw = new HashMap<>(1 << 17);
        int lineNo = 1;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            char kind = line.isEmpty() ? ' ' : line.charAt(0);
            if (kind == 'P' || kind == 'L' || kind == 'O') {
                int t1 = line.indexOf('\t');
                int t2 = line.indexOf('\t', t1 + 1);
                int last = line.lastIndexOf('\t');
                if (t1 != 1 || t2 < 0 || line.lastIndexOf('\t', last - 1) <= t2) {
                    throw new NewsGraphException("bad gazetteer line " + name + ":" + lineNo + ": too few fields");
                }
                raw.put(line.substring(t1 + 1, t2), line);
                continue;
            }
            String[] f = split(line);
            if (f.length < 3) {
                throw new NewsGraphException("bad gazetteer line " + name + ":" + lineNo + ": " + f.length + " fields");
            }
            switch (f[0]) {
                case "T" -> positions.add(new String[] {f[1], f[2]});
                case "D" -> demonyms.put(Names.fold(f[1]), f[2]);
                default -> throw new NewsGraphException(
                        "bad gazetteer line " + name + ":" + lineNo + ": unknown kind '" + f[0] + "'");
            }
        }
        return new Gazetteer(raw, positions, demonyms);
    }

    private GazetteerEntry entry(String qid) {
        return made.computeIfAbsent(qid, q -> {
            String line = rawByQid.get(q);
            return line == null ? null : entry(split(line), positionTable);
        });
    }

    private static GazetteerEntry entry(String[] f, List<String[]> positions) {
        EntityType type = switch (f[0]) {
            case "P" -> EntityType.PERSON;
            case "L" -> EntityType.PLACE;
            default -> EntityType.ORGANIZATION;
        };
        List<String> aliases = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split("\\|"));
        List<String> countries = f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split("\\|"));
        int prior = Integer.parseInt(f[5]);
        String extra = f[6];
        if (type == EntityType.PLACE) {
            int comma = extra.indexOf(',');
            return new GazetteerEntry(f[1], type, f[2], aliases, countries, prior, List.of(),
                    extra.substring(0, comma), Long.parseLong(extra.substring(comma + 1)));
        }
        List<GazetteerEntry.Position> held = new ArrayList<>();
        if (!extra.isEmpty()) {
            for (String p : extra.split(";")) {
                String[] v = p.split(",");
                String[] pos = positions.get(Integer.parseInt(v[0]));
                held.add(new GazetteerEntry.Position(pos[0], pos.length > 1 ? pos[1] : "", day(v[1]), day(v[2])));
            }
        }
        return new GazetteerEntry(f[1], type, f[2], aliases, countries, prior, held, "", 0);
    }

    private static LocalDate day(String yyyymmdd) {
        int d = Integer.parseInt(yyyymmdd);
        if (d == 0) {
            return null;
        }
        int y = d / 10000;
        int m = Math.max(1, Math.min(12, d / 100 % 100));
        LocalDate first = LocalDate.of(y, m, 1);
        return first.withDayOfMonth(Math.max(1, Math.min(d % 100, first.lengthOfMonth())));
    }

    private static String[] split(String line) {
        List<String> out = new ArrayList<>(8);
        int from = 0;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', from)) {
            out.add(line.substring(from, i));
            from = i + 1;
        }
        out.add(line.substring(from));
        return out.toArray(new String[0]);
    }

    private List<GazetteerEntry> entries(List<String> qids) {
        List<GazetteerEntry> out = new ArrayList<>(qids.size());
        for (String q : qids) {
            GazetteerEntry e = entry(q);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Items whose label or an alias matches the name after normalisation, of any type. */
    public List<GazetteerEntry> lookup(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : Names.queryKeys(name)) {
            out.addAll(qids(byKey.get(key)));
        }
        return entries(List.copyOf(out));
    }

    /** Items of one type matching the name after normalisation. */
    public List<GazetteerEntry> lookup(String name, EntityType type) {
        return lookup(name).stream().filter(e -> e.type() == type).toList();
    }

    /** People whose (last) surname matches the single word given. */
    public List<GazetteerEntry> bySurname(String surname) {
        return entries(qids(bySurname.get(Names.loose(Names.fold(surname)))));
    }

    /** The item with this QID. */
    public Optional<GazetteerEntry> get(String qid) {
        return Optional.ofNullable(entry(qid));
    }

    /** The country QID a demonym or short form stands for ("Russian", "UK", "U.S."), if known. */
    public Optional<String> countryOfWord(String word) {
        return Optional.ofNullable(demonyms.get(Names.fold(word)));
    }

    /** The demonyms and short forms known, folded, to their country QIDs. */
    Map<String, String> demonyms() {
        return Collections.unmodifiableMap(demonyms);
    }

    /** Number of items. */
    public int size() {
        return rawByQid.size();
    }

    /** Loads the shipped gazetteer and prints its size and load time (the load-time figure in GAZETTEER.md). */
    public static void main(String[] args) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = shared();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        System.err.println("gazetteer: " + g.size() + " items loaded in " + ms + " ms (" + cpuMs + " ms CPU)");
    }
}
