package org.newsgraph.nlp.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.newsgraph.NewsGraphException;

/**
 * Reads CoNLL-style column files into name samples: one token per line, the token in the first
 * column and its name tag in the last (CoNLL-2003 has {@code token POS chunk tag}, WikiGold
 * {@code token tag}), a blank line between sentences and a {@code -DOCSTART-} line before each
 * document. Tags are IOB1 ({@code B-} only where two names of one type touch) or IOB2; both read the
 * same. The CoNLL classes map to {@link #PERSON}, {@link #LOCATION}, {@link #ORGANIZATION} and
 * {@link #MISC}. The first sentence of each document has {@link NameSample#isClearAdaptiveDataSet()}
 * set, so the name finder's document memory is reset as it would be for a new article.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllReader {
    public static final String PERSON = "person";
    public static final String LOCATION = "location";
    public static final String ORGANIZATION = "organization";
    public static final String MISC = "misc";

    private static final String DOCSTART = "-DOCSTART-";

    private ConllReader() {
    }

    /**
     * Reads a UTF-8 file.
     *
     * @throws NewsGraphException when the file cannot be read or a line is malformed (with file and line)
     */
    public static List<NameSample> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new NewsGraphException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads from a reader; {@code source} names it in error messages.
     *
     * @throws NewsGraphException when reading fails or a line is malformed
     */
    public static List<NameSample> read(Reader reader, String source) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        SentenceBuilder sentence = new SentenceBuilder();
        boolean newDocument = true;
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith(DOCSTART)) {
                if (!sentence.isEmpty()) {
                    samples.add(sentence.build(newDocument));
                    newDocument = false;
                    sentence = new SentenceBuilder();
                }
                newDocument |= trimmed.startsWith(DOCSTART);
                continue;
            }
            String[] cols = trimmed.split("[ \t]+");
            if (cols.length < 2) {
                throw new NewsGraphException(source + ":" + lineNo + ": expected 'token ... tag', got: " + line);
            }
            sentence.add(cols[0], cols[cols.length - 1], source, lineNo);
        }
        if (!sentence.isEmpty()) {
            samples.add(sentence.build(newDocument));
        }
        return samples;
    }

    /**
     * The NewsGraph type for a CoNLL class ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC}).
     *
     * @throws IllegalArgumentException for any other class
     */
    public static String typeOf(String conllClass) {
        return switch (conllClass.toUpperCase(Locale.ROOT)) {
            case "PER" -> PERSON;
            case "LOC" -> LOCATION;
            case "ORG" -> ORGANIZATION;
            case "MISC" -> MISC;
            default -> throw new IllegalArgumentException("unknown CoNLL name class: " + conllClass);
        };
    }

    /** Collects one sentence's tokens and turns IOB tags into spans. */
    private static final class SentenceBuilder {
        private final List<String> tokens = new ArrayList<>();
        private final List<Span> names = new ArrayList<>();
        private int nameStart = -1;
        private String nameType;

        boolean isEmpty() {
            return tokens.isEmpty();
        }

        void add(String token, String tag, String source, int lineNo) {
            int i = tokens.size();
            tokens.add(token);
            if (tag.equals("O")) {
                closeName(i);
                return;
            }
            if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
                throw new NewsGraphException(source + ":" + lineNo + ": bad name tag '" + tag + "'");
            }
            String type;
            try {
                type = typeOf(tag.substring(2));
            } catch (IllegalArgumentException e) {
                throw new NewsGraphException(source + ":" + lineNo + ": " + e.getMessage(), e);
            }
            if (tag.charAt(0) == 'B' || !type.equals(nameType)) {
                closeName(i);
                nameStart = i;
                nameType = type;
            }
        }

        private void closeName(int end) {
            if (nameStart >= 0) {
                names.add(new Span(nameStart, end, nameType));
            }
            nameStart = -1;
            nameType = null;
        }

        NameSample build(boolean clearAdaptiveData) {
            closeName(tokens.size());
            return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), clearAdaptiveData);
        }
    }
}
