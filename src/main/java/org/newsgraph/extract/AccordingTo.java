package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Statements attributed with "according to": "The plant will close, according to the ministry." (the
 * clause before) and "According to the mayor, only a fifth was paid." (the clause after the comma). The
 * source is the first person named after "to", else an organisation, named or described. One per
 * article; not thread-safe.
 */
final class AccordingTo {
    private final SpeakerFinder speakers;
    private final StatementBuilder builder;

    AccordingTo(SpeakerFinder speakers, StatementBuilder builder) {
        this.speakers = speakers;
        this.builder = builder;
    }

    /** The statement attributed with "according to" in s, if any. */
    Optional<Statement> find(Sentence s) {
        List<Token> t = s.tokens();
        for (int k = 0; k + 2 < t.size(); k++) {
            if (t.get(k).text().toLowerCase(Locale.ROOT).equals("according") && t.get(k + 1).text().equals("to")) {
                return k == 0 ? clauseAfter(s) : clauseBefore(s, k);
            }
        }
        return Optional.empty();
    }

    private Optional<Statement> clauseBefore(Sentence s, int k) {
        List<Token> t = s.tokens();
        int to = Math.min(t.size(), k + 12);
        int from = k + 2;
        Optional<Speaker> sp = speakers.source(s, from, to).or(() -> speakers.titledOffice(s, from, to)).or(() -> speakers.within(s, from, to))
                .or(() -> speakers.described(s, from, to)).or(() -> speakers.unlistedFrom(s, from, to))
                .filter(x -> !handledBy(s, from, x));
        int end = t.get(k - 1).text().equals(",") ? k - 1 : k;
        if (sp.isEmpty() || end <= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(builder.make(sp.get(), s.start(), t.get(end - 1).end(), s, false, 0.7));
    }

    /** Participles of a document passed on by someone who did not write it: "a letter obtained by", "data compiled by". */
    private static final java.util.Set<String> HANDLING = java.util.Set.of("obtained", "compiled", "seen", "reviewed", "viewed",
            "published", "cited", "analysed", "analyzed", "collected", "gathered", "leaked");

    /**
     * Whether the source found is only who handled the document the claim is from: in "according to a letter obtained by
     * The Associated Press" or "according to data compiled by Bloomberg" the outlet says nothing itself.
     */
    private static boolean handledBy(Sentence s, int from, Speaker sp) {
        List<Token> t = s.tokens();
        for (int k = from; k + 1 < t.size() && k + 1 <= sp.tokenStart(); k++) {
            if (HANDLING.contains(t.get(k).text().toLowerCase(Locale.ROOT)) && t.get(k + 1).text().equals("by")) {
                return true;
            }
        }
        return false;
    }

    /** "According to the mayor, only P180 million has been released": the clause after the comma. */
    private Optional<Statement> clauseAfter(Sentence s) {
        List<Token> t = s.tokens();
        int comma = 2;
        while (comma < t.size() && comma < 14 && !t.get(comma).text().equals(",")) {
            comma++;
        }
        if (comma >= t.size() - 2 || !t.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        int to = comma;
        Optional<Speaker> sp = speakers.source(s, 2, to).or(() -> speakers.titledOffice(s, 2, to)).or(() -> speakers.within(s, 2, to)).or(() -> speakers.described(s, 2, to))
                .or(() -> speakers.unlistedFrom(s, 2, to)).filter(x -> !handledBy(s, 2, x));
        int last = t.size() - 1;
        while (last > to + 1 && t.get(last).pos().equals("PUNCT") && !t.get(last).text().equals("\"")) {
            last--;
        }
        int a = t.get(to + 1).start();
        int b = t.get(last).end();
        return sp.map(x -> builder.make(x, a, b, s, false, 0.7));
    }
}
