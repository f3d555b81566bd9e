package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.TextNormalizer;

/**
 * The quoted stretches of a text (character offsets, quotation marks included), paired paragraph by
 * paragraph; a quote left open runs to the end of its paragraph, as in a quote that goes on over
 * several paragraphs. Immutable.
 */
final class QuoteSpans {
    /** One quoted stretch: {@code start} at the opening mark, {@code end} after the closing one. */
    record Span(int start, int end) {
    }

    private final List<Span> spans;

    private QuoteSpans(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    /** Whether a token is a double quotation mark, straight or curly. */
    static boolean isDoubleQuote(String token) {
        return token.equals("\"") || token.equals("\u201C") || token.equals("\u201D");
    }

    static QuoteSpans of(String text) {
        String norm = TextNormalizer.normalize(text);
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '\n' && open >= 0) {
                out.add(new Span(open, i));
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    out.add(new Span(open, i + 1));
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            out.add(new Span(open, norm.length()));
        }
        return new QuoteSpans(out);
    }

    /** The quote that starts at or right after offset {@code at} (over spaces, colons and commas). */
    Optional<Span> startingNear(String text, int at, int limit) {
        return spans.stream().filter(q -> q.start() >= at && q.start() < limit && blank(text, at, q.start())).findFirst();
    }

    /** The quote that ends at or right before offset {@code at} (over commas and spaces). */
    Optional<Span> endingNear(String text, int at) {
        return spans.stream().filter(q -> q.end() <= at && q.end() >= at - 4 && blank(text, q.end(), at)).findFirst();
    }

    /** The quote containing offset {@code at}, if any. */
    Optional<Span> containing(int at) {
        return spans.stream().filter(q -> q.start() <= at && at < q.end()).findFirst();
    }

    private static boolean blank(String text, int a, int b) {
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (!(Character.isWhitespace(c) || c == ',' || c == ':' || c == '\u2014' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
