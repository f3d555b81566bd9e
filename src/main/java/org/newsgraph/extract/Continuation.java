package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Where the same speaker's claim goes on after token k: "A, the minister said, adding that B", "...,
 * noting: B". Such a continuation belongs to the statement it follows (one statement
 * per speaker per claim, as a reader would quote it). The participle must be a plain speech verb
 * ("adding", "noting", "warning"), not "saying", which restates the claim it follows. Stateless.
 */
final class Continuation {
    private static final Set<String> RESTATING = Set.of("say", "describe", "call");

    private Continuation() {
    }

    /** The first token of the continuing words when a continuation starts at token k, else empty. */
    static OptionalInt after(Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k + 2 < t.size() && t.get(k).text().equals(",") && isParticiple(t.get(k + 1))) {
            int from = k + 2;
            while (from < t.size() && Set.of("that", ":", ",").contains(t.get(from).text().toLowerCase(Locale.ROOT))) {
                from++;
            }
            return from < t.size() - 1 ? OptionalInt.of(from) : OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    /** "adding", "stressing": the -ing form of a speech verb that reports on its own. */
    private static boolean isParticiple(Token w) {
        String lemma = w.text().toLowerCase(Locale.ROOT).endsWith("ing") ? Lexicon.INSTANCE.speechVerb(w) : null;
        String cls = lemma == null ? null : Lexicon.INSTANCE.speechVerbClass(lemma);
        return cls != null && (cls.isEmpty() || cls.equals("clause")) && !RESTATING.contains(lemma);
    }
}
