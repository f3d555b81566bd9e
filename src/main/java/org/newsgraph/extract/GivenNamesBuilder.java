package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds {@code given-names.txt}, the given names of the world's politicians, from the Wikidata-derived
 * table {@code epscrapers-politicians/people.csv} (columns qid, name, gender, ...): the first word of every
 * name in Latin script, kept when at least {@value #MIN_PEOPLE} people bear it and it is not a title, a
 * place, a nationality or a role word. Run:
 *
 * <pre>java -cp target/classes org.newsgraph.extract.GivenNamesBuilder SOURCE_DIR/epscrapers-politicians/people.csv \
 *     src/main/resources/org/newsgraph/extract/given-names.txt</pre>
 */
final class GivenNamesBuilder {
    static final int MIN_PEOPLE = 2;
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Set<String> NOT_GIVEN = Set.of("sir", "lord", "lady", "king", "queen", "prince", "princess", "sheikh",
            "emir", "sultan", "general", "saint", "san", "santa", "mount", "new", "north", "south", "east", "west", "grand",
            "great", "little", "royal", "father", "mother", "don", "dona", "dame", "baron", "baroness", "count", "countess",
            "duke", "duchess", "earl", "marquess", "viscount", "pope", "bishop", "archbishop", "cardinal", "imam", "rabbi",
            "chief", "doctor", "professor", "captain", "colonel", "major", "judge", "justice", "mister", "madame", "monsieur",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private GivenNamesBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GivenNamesBuilder PEOPLE_CSV OUTPUT_TXT");
            System.exit(2);
        }
        Map<String, int[]> counts = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("qid,name,gender")) {
                throw new IOException("not a people.csv table: " + args[0]);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cells = cells(line);
                if (cells.size() < 3) {
                    continue;
                }
                String[] words = cells.get(1).strip().split("\\s+");
                if (words.length < 2 || !WORD.matcher(words[0]).matches()) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(words[0], k -> new int[3]);
                c[0]++;
                c[1] += cells.get(2).equals("male") ? 1 : 0;
                c[2] += cells.get(2).equals("female") ? 1 : 0;
            }
        }
        int kept = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("# Given names of the world's politicians and the gender most bearers have (m / f, or none when mixed),\n");
            out.write("# built by GivenNamesBuilder from epscrapers-politicians/people.csv (Wikidata, CC0). Do not edit by hand.\n");
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                String w = e.getKey();
                int[] c = e.getValue();
                if (c[0] < MIN_PEOPLE || NOT_GIVEN.contains(w.toLowerCase(Locale.ROOT)) || Gazetteer.INSTANCE.isWorldPlace(w)
                        || Gazetteer.INSTANCE.isDemonym(w) || Lexicon.INSTANCE.isRoleWord(w) || Lexicon.INSTANCE.isHonorific(w)) {
                    continue;
                }
                String g = c[1] >= 0.9 * c[0] ? " m" : c[2] >= 0.9 * c[0] ? " f" : "";
                out.write(w + g + "\n");
                kept++;
            }
        }
        System.out.println("given names: " + kept);
    }

    /** The cells of one CSV line (double quotes around cells that hold commas). */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
