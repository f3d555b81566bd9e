package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.NewsGraphException;

/** Reads the word-list resources of this package: one entry a line, {@code #} starts a comment. */
final class WordList {
    private WordList() {
    }

    /** The non-blank, non-comment lines of a resource, trimmed. */
    static List<String> lines(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new NewsGraphException("word list " + resource + " is not on the class path");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        return out;
    }

    /** First whitespace-separated column of each line. */
    static String first(String line) {
        int sp = line.indexOf(' ');
        return sp < 0 ? line : line.substring(0, sp);
    }

    /** Second whitespace-separated column of a line, or "" when there is none. */
    static String second(String line) {
        int sp = line.indexOf(' ');
        return sp < 0 ? "" : line.substring(sp + 1).strip();
    }
}
