package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextNormalizer;
import org.newsgraph.nlp.Token;

/** Makes {@link Statement}s from a speaker and a content range, with topics and evidence. Thread-safe per article. */
final class StatementBuilder {
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private final AnnotatedText text;
    private final TopicFinder topics;

    StatementBuilder(AnnotatedText text, TopicFinder topics) {
        this.text = text;
        this.topics = topics;
    }

    /** A statement of content chars a..b, attributed in sentence s; null when the content is too thin. */
    Statement make(Speaker sp, int a, int b, Sentence s, boolean quoted, double confidence) {
        String t = text.text();
        while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || ".,;:".indexOf(t.charAt(b - 1)) >= 0)) {
            b--;
        }
        while (a < b && (Character.isWhitespace(t.charAt(a)) || ",:;".indexOf(t.charAt(a)) >= 0)) {
            a++;
        }
        if (b - a < 8 || words(t.substring(a, b)) < 3) {
            return null;
        }
        String content = t.substring(a, b);
        boolean hasQuote = TextNormalizer.normalize(content).indexOf('"') >= 0;
        Evidence ev = evidence(s, a, b);
        String key = sp.type() == SpeakerType.UNNAMED ? null : sp.key();
        return new Statement(key, sp.type(), sp.text(), content, a, b, quoted || hasQuote, topicsIn(a, b), ev,
                Math.min(0.99, confidence));
    }

    private Evidence evidence(Sentence s, int a, int b) {
        int from = Math.min(s.start(), a);
        int to = Math.max(s.end(), b);
        for (Sentence x : text.sentences()) {
            if (x.start() < b && a < x.end()) {
                from = Math.min(from, x.start());
                to = Math.max(to, x.end());
            }
        }
        return new Evidence(from, to, text.text().substring(from, to));
    }

    private List<String> topicsIn(int a, int b) {
        List<String> out = new ArrayList<>();
        for (Sentence x : text.sentences()) {
            if (x.start() < b && a < x.end()) {
                int from = -1;
                int to = -1;
                List<Token> tk = x.tokens();
                for (int k = 0; k < tk.size(); k++) {
                    if (tk.get(k).start() >= a && tk.get(k).end() <= b) {
                        from = from < 0 ? k : from;
                        to = k + 1;
                    }
                }
                if (from >= 0) {
                    topics.topics(x, from, to).stream().filter(tp -> !out.contains(tp)).forEach(out::add);
                }
            }
        }
        return out.size() > 5 ? List.copyOf(out.subList(0, 5)) : out;
    }

    static int words(String s) {
        int n = 0;
        for (String w : NON_WORD.split(s)) {
            if (w.length() > 1 && !w.equalsIgnoreCase("inaudible")) {
                n++;
            }
        }
        return n;
    }
}
