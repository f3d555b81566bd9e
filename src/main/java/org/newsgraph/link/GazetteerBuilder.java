package org.newsgraph.link;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the gazetteer data file from the Wikidata-derived source tables (see
 * {@code models/gazetteer/GAZETTEER.md}). Run:
 *
 * <pre>java -cp target/classes org.newsgraph.link.GazetteerBuilder SOURCE_DIR models/gazetteer/gazetteer.tsv.gz</pre>
 *
 * <p>{@code SOURCE_DIR} holds the folders {@code epscrapers-politicians}, {@code world-leaders-2021},
 * {@code us-congress-legislators}, {@code countries-territories}, {@code cities-wdqs} and
 * {@code verified-news-entities}. The output is a gzipped UTF-8 TSV whose first line is
 * {@code #newsgraph-gazetteer<TAB>FORMAT_VERSION<TAB>...}; its lines are described in
 * {@link Gazetteer}. Not thread-safe; one builder per run.
 */
public final class GazetteerBuilder {
    /** The data file format this builder writes and {@link Gazetteer} reads. */
    public static final int FORMAT_VERSION = 1;

    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Integer> positionIds = new LinkedHashMap<>();
    private final Map<String, String> codeToQid = new HashMap<>();
    private final Map<String, String> demonyms = new TreeMap<>();

    private static final class Item {
        final String qid;
        final char kind;
        String label;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        int prior;
        String placeKind = "";
        long population;
        final Set<String> positions = new LinkedHashSet<>();

        Item(String qid, char kind, String label) {
            this.qid = qid;
            this.kind = kind;
            this.label = label;
        }
    }

    /** Reads every source table under {@code sourceDir}. */
    public GazetteerBuilder read(Path sourceDir) throws IOException {
        readTerritories(sourceDir.resolve("countries-territories"));
        readCities(sourceDir.resolve("cities-wdqs/cities_pop_ge_100k.csv"));
        readPoliticians(sourceDir.resolve("epscrapers-politicians"));
        readLeaders(sourceDir.resolve("world-leaders-2021/heads_of_state_and_government.csv"));
        readUsFederal(sourceDir.resolve("us-congress-legislators/us_federal_people.csv"));
        readVerified(sourceDir.resolve("verified-news-entities/verified_qids.csv"));
        Demonyms.TABLE.forEach((code, words) -> {
            String qid = codeToQid.get(code);
            if (qid != null) {
                for (String w : words.split("\\|")) {
                    demonyms.put(w, qid);
                }
            }
        });
        return this;
    }

    private Item item(String qid, char kind, String label) {
        Item it = items.computeIfAbsent(qid, q -> new Item(q, kind, label));
        if ((it.label == null || it.label.isBlank()) && label != null) {
            it.label = label;
        }
        return it;
    }

    private void readTerritories(Path dir) throws IOException {
        List<Map<String, String>> rows = Csv.read(dir.resolve("territories.csv"));
        for (Map<String, String> r : rows) {
            codeToQid.put(r.get("code"), r.get("qid"));
        }
        for (Map<String, String> r : rows) {
            Item it = item(r.get("qid"), 'L', r.get("name"));
            boolean country = "1".equals(r.get("is_country"));
            it.placeKind = country ? "country" : "territory";
            aliases(it, r.get("full_name"), r.get("wd_label_2021"));
            for (String a : r.get("names_strong").split("\\|")) {
                if (sameEntity(a, it.label)) {
                    aliases(it, a);
                }
            }
            String parent = codeToQid.get(r.get("parent"));
            it.countries.add(country || parent == null ? it.qid : parent);
            it.prior = country ? 80 : 50;
        }
        for (Map<String, String> r : Csv.read(dir.resolve("t2wml_country_entities.csv"))) {
            Item it = items.get(r.get("qid"));
            if (it != null) {
                aliases(it, r.get("label"));
            }
        }
    }

    /**
     * Whether a "strong name" of a territory names the territory itself: a short upper-case form
     * (UAE, DRC) or a form containing its label. The list also holds parts and related bodies
     * ("West Bank" and "Gaza" for Palestine, "Palestinian Authority"), which are other items.
     */
    static boolean sameEntity(String alias, String label) {
        String a = alias.trim();
        if (a.length() >= 2 && a.length() <= 5 && a.equals(a.toUpperCase(java.util.Locale.ROOT)) && a.matches("[A-Z.]+")) {
            return true;
        }
        String fa = Names.fold(a);
        String fl = Names.fold(label);
        return !fl.isEmpty() && (" " + fa + " ").contains(" " + fl + " ");
    }

    private void readCities(Path file) throws IOException {
        for (Map<String, String> r : Csv.read(file)) {
            Item it = item(r.get("qid"), 'L', r.get("label"));
            if (it.placeKind.isEmpty()) {
                it.placeKind = "city";
            }
            int comma = it.label.indexOf(", ");
            if (comma > 0) {
                aliases(it, it.label.substring(0, comma)); // "Washington, D.C." is also "Washington"
            }
            long pop = parseLong(r.get("population"));
            it.population = Math.max(it.population, pop);
            it.prior = Math.max(it.prior, (int) Math.min(70, Math.round(10 * Math.log10(Math.max(pop, 1)) - 20)));
        }
    }

    private void readPoliticians(Path dir) throws IOException {
        for (Map<String, String> r : Csv.read(dir.resolve("people.csv"))) {
            Item it = item(r.get("qid"), 'P', r.get("name"));
            aliases(it, stripParenthesis(r.get("enwiki_title")));
            int prior = 10;
            if (!r.get("enwiki_title").isEmpty()) {
                prior += 10;
            }
            if ("1".equals(r.get("has_exec_role"))) {
                prior += 20;
            }
            if ("1".equals(r.get("current_exec_2022"))) {
                prior += 10;
            }
            it.prior = Math.max(it.prior, prior);
        }
        for (Map<String, String> r : Csv.read(dir.resolve("positions_held.csv"))) {
            Item it = item(r.get("person_qid"), 'P', r.get("person_name"));
            String country = r.get("repo_country_qid");
            position(it, r.get("position_label"), country, r.get("start"), r.get("end"));
            if (!country.isEmpty()) {
                it.countries.add(country);
            }
            java.util.Set<Roles.Concept> c = Roles.of(r.get("position_label"));
            if (c.contains(Roles.Concept.HEAD_OF_STATE) || c.contains(Roles.Concept.HEAD_OF_GOVERNMENT)) {
                it.prior = Math.max(it.prior, 80);
            }
        }
    }

    private void readLeaders(Path file) throws IOException {
        for (Map<String, String> r : Csv.read(file)) {
            Item it = item(r.get("officeholder"), 'P', r.get("officeholderLabel"));
            position(it, r.get("positionLabel"), r.get("countryid"), r.get("start_year"), r.get("end_year"));
            it.countries.add(r.get("countryid"));
            it.prior = Math.max(it.prior, 90);
        }
    }

    private void readUsFederal(Path file) throws IOException {
        Map<String, String> offices = Map.of("sen", "United States Senator", "rep", "United States Representative",
                "prez", "President of the United States", "viceprez", "Vice President of the United States");
        String us = "Q30";
        for (Map<String, String> r : Csv.read(file)) {
            String qid = r.get("wikidata");
            if (qid.isEmpty()) {
                continue;
            }
            Item it = item(qid, 'P', r.get("name"));
            for (String a : r.get("aliases").split("\\|")) {
                aliases(it, a);
            }
            String type = r.get("last_term_type");
            position(it, offices.getOrDefault(type, type), us, r.get("last_term_start"), r.get("last_term_end"));
            it.countries.add(us);
            it.prior = Math.max(it.prior, type.contains("prez") ? 95 : 45);
        }
    }

    private void readVerified(Path file) throws IOException {
        for (Map<String, String> r : Csv.read(file)) {
            String qid = r.get("qid");
            if (qid.isEmpty() || !r.get("status").startsWith("verified")) {
                continue;
            }
            String type = r.get("type");
            char kind = switch (type) {
                case "person" -> 'P';
                case "organisation", "building" -> 'O';
                case "city", "country", "US state" -> 'L';
                default -> 0;
            };
            if (kind == 0) {
                continue;
            }
            Item it = item(qid, kind, r.get("entity"));
            if (it.kind != kind) { // e.g. the EU and the UN are jurisdictions in the territory list
                Item typed = new Item(qid, kind, it.label);
                typed.aliases.addAll(it.aliases);
                typed.countries.addAll(it.countries);
                items.put(qid, typed);
                it = typed;
            }
            aliases(it, r.get("entity"));
            it.prior = Math.max(it.prior, 90);
            if (kind == 'L' && it.placeKind.isEmpty()) {
                it.placeKind = type.equals("city") ? "city" : "territory";
            }
            if (qid.equals("Q1065")) {
                aliases(it, "UN");
            } else if (qid.equals("Q7184")) {
                aliases(it, "North Atlantic Treaty Organization");
            } else if (qid.equals("Q458")) {
                aliases(it, "EU");
            }
        }
    }

    private void position(Item it, String label, String countryQid, String start, String end) {
        if (label == null || label.isBlank()) {
            return;
        }
        String key = clean(label) + "\t" + countryQid;
        int id = positionIds.computeIfAbsent(key, k -> positionIds.size());
        it.positions.add(id + "," + date(start, false) + "," + date(end, true));
    }

    private static void aliases(Item it, String... names) {
        for (String n : names) {
            if (n != null && !n.isBlank() && !n.equals(it.label)) {
                it.aliases.add(clean(n));
            }
        }
    }

    /** Writes the data file. */
    public void write(Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16);
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            w.write("#newsgraph-gazetteer\t" + FORMAT_VERSION + "\titems=" + items.size() + "\tpositions="
                    + positionIds.size() + "\n");
            for (String key : positionIds.keySet()) {
                w.write("T\t" + key + "\n");
            }
            for (Map.Entry<String, String> d : demonyms.entrySet()) {
                w.write("D\t" + d.getKey() + "\t" + d.getValue() + "\n");
            }
            for (Item it : items.values()) {
                w.write(line(it));
            }
        }
    }

    private static String line(Item it) {
        StringBuilder b = new StringBuilder();
        b.append(it.kind).append('\t').append(it.qid).append('\t').append(clean(Objects.toString(it.label, it.qid)))
                .append('\t').append(String.join("|", it.aliases)).append('\t')
                .append(String.join("|", it.countries)).append('\t').append(Math.min(100, it.prior)).append('\t');
        if (it.kind == 'L') {
            b.append(it.placeKind).append(',').append(it.population);
        } else if (it.kind == 'P') {
            b.append(String.join(";", it.positions));
        }
        String[] keys = Gazetteer.keysOf(clean(Objects.toString(it.label, it.qid)), new ArrayList<>(it.aliases),
                it.kind == 'P');
        b.append('\t').append(keys[0]).append('\t').append(keys[1]);
        return b.append('\n').toString();
    }

    /** yyyymmdd; a bare year is the year's first day for a start and its last day for an end; 0 when unknown. */
    static int date(String s, boolean end) {
        if (s == null || s.length() < 4) {
            return 0;
        }
        try {
            int y = Integer.parseInt(s.substring(0, 4));
            if (s.length() >= 10) {
                return y * 10000 + Integer.parseInt(s.substring(5, 7)) * 100 + Integer.parseInt(s.substring(8, 10));
            }
            return y * 10000 + (end ? 1231 : 101);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String stripParenthesis(String s) {
        int p = s.indexOf(" (");
        return p < 0 ? s : s.substring(0, p);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('|', '/').replace(';', ',').trim();
    }

    /** Arguments: source directory, output file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GazetteerBuilder SOURCE_DIR OUTPUT_FILE");
        }
        GazetteerBuilder b = new GazetteerBuilder().read(Path.of(args[0]));
        b.write(Path.of(args[1]));
        Map<String, Integer> counts = new TreeMap<>();
        b.items.values().forEach(i -> counts.merge(i.kind == 'L' ? "L:" + i.placeKind : String.valueOf(i.kind), 1,
                Integer::sum));
        System.err.println("wrote " + args[1] + ": " + counts + ", position labels " + b.positionIds.size()
                + ", demonyms " + b.demonyms.size());
    }

    /** For tests: the item QIDs read so far. */
    List<String> qids() {
        return new ArrayList<>(items.keySet());
    }
}
