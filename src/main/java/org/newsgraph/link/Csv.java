package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes) for the source files. */
final class Csv {
    private Csv() {
    }

    /** Rows of a CSV file with a header line, each a map from column name to value ("" when empty). */
    static List<Map<String, String>> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = next(r);
            if (header == null) {
                throw new IOException("empty CSV file: " + file);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> row = next(r); row != null; row = next(r)) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), i < row.size() ? row.get(i) : "");
                }
                rows.add(m);
            }
            return rows;
        }
    }

    private static List<String> next(BufferedReader r) throws IOException {
        String line = r.readLine();
        if (line == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                } else {
                    f.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            line = r.readLine();
            if (line == null) {
                break;
            }
            f.append('\n');
        }
        fields.add(f.toString());
        return fields;
    }
}
