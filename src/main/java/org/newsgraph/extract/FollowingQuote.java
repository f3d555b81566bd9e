package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextNormalizer;

/**
 * A sentence that is nothing but a quote, with no speech verb of its own: the words of whoever spoke in
 * the sentence before ("X said ... . \"...\""), else of the person that sentence is about, named first.
 * Spoken by an unnamed source before, it stays theirs. A quote that goes on in the same paragraph after
 * "\"...,\" said X." is one statement with it. One per article; not thread-safe.
 */
final class FollowingQuote {
    private final AnnotatedText text;
    private final EntityIndex index;
    private final SpeakerFinder speakers;
    private final QuoteSpans quotes;
    private final StatementBuilder builder;

    FollowingQuote(AnnotatedText text, EntityIndex index, SpeakerFinder speakers, QuoteSpans quotes, StatementBuilder builder) {
        this.text = text;
        this.index = index;
        this.speakers = speakers;
        this.quotes = quotes;
        this.builder = builder;
    }

    /**
     * The statement of quote sentence s, given the statements found so far: in the paragraph of a quote
     * the sentence before ended with, that quote grown over s (which the caller puts in its place); else a
     * new statement.
     */
    Optional<Statement> find(Sentence s, List<Statement> before) {
        Optional<QuoteSpans.Span> q = wholeQuote(s);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Sentence prev = text.sentences().get(s.index() - 1);
        Optional<Statement> last = before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
        if (last.isPresent() && continuesQuote(last.get(), prev, s)) {
            Statement x = last.get();
            Speaker sp = new Speaker(x.speaker(), x.speakerType(), x.speakerText(), null, 0, 0);
            return Optional.ofNullable(builder.make(sp, x.contentStart(), q.get().end(), s, true, x.confidence()));
        }
        Optional<Speaker> spoke = lastSpeakerIn(prev, before);
        if (spoke.isEmpty() && !EntityFinder.lineStart(text, s)) {
            return Optional.empty();
        }
        double conf = spoke.isPresent() ? 0.55 : 0.45;
        return spoke.or(() -> subjectOf(prev))
                .map(sp -> builder.make(sp, q.get().start(), q.get().end(), s, true, conf));
    }

    /** The quote s consists of, when s opens with one that runs to its end. */
    private Optional<QuoteSpans.Span> wholeQuote(Sentence s) {
        String norm = TextNormalizer.normalize(s.text()).strip();
        if (!norm.startsWith("\"") || s.index() == 0) {
            return Optional.empty();
        }
        return quotes.containing(s.start() + s.text().indexOf(s.text().strip())).filter(q -> q.end() >= s.end() - 2);
    }

    /** Whether s goes on, in the same paragraph, with the quote that statement x ended with in prev. */
    private boolean continuesQuote(Statement x, Sentence prev, Sentence s) {
        return x.quoted() && x.contentEnd() > prev.start() && x.contentEnd() <= prev.end() && !EntityFinder.lineStart(text, s)
                && quotes.containing(x.contentEnd() - 1).isPresent();
    }

    /**
     * The speaker of the last statement made in prev, when that speaker leads the sentence (named before any
     * other person) or is named after the words ("..., Nouri said"); not someone in a side clause ("X met Y,
     * who pledged ...").
     */
    private Optional<Speaker> lastSpeakerIn(Sentence prev, List<Statement> before) {
        Statement last = null;
        for (Statement x : before) {
            if (x.evidence().start() <= prev.start() && prev.end() <= x.evidence().end()) {
                last = x;
            }
        }
        return Optional.ofNullable(last).filter(x -> leads(prev, x))
                .map(x -> new Speaker(x.speaker(), x.speakerType(), x.speakerText(), null, 0, 0));
    }

    private boolean leads(Sentence prev, Statement x) {
        if (x.speaker() == null) {
            return true;
        }
        List<MentionRef> people = index.mentionsIn(prev.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON || r.key().equals(x.speaker())).toList();
        Optional<MentionRef> own = people.stream().filter(r -> r.key().equals(x.speaker())).findFirst();
        return own.isPresent() && (people.get(0) == own.get() || prev.tokens().get(own.get().tokenStart()).start() > x.contentStart());
    }

    /** The person named first in the sentence, at its start when one is. */
    private Optional<Speaker> subjectOf(Sentence prev) {
        return speakers.subject(prev, prev.tokens().size())
                .or(() -> index.mentionsIn(prev.index()).stream().filter(r -> r.type() == EntityType.PERSON).findFirst()
                        .map(r -> speakers.speaker(prev, r)));
    }
}
