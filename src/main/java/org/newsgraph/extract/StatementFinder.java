package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.article.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextNormalizer;

/**
 * Finds statements: transcript turns and written statements (via {@link SpeakerBlocks}), reported
 * speech and quotes (via {@link ReportedSpeech}), and a sentence that is one unattributed quote (via
 * {@link FollowingQuote}). Organisations named only through a person ("al-Saadi's office") are returned
 * as entities of their own ({@link SpeakingBodies}). Web-page furniture is skipped
 * ({@link NoiseFilter}); one statement per speaker per claim. Thread-safe.
 */
final class StatementFinder {
    private final TopicFinder topicFinder = new TopicFinder();
    private final NoiseFilter noise = new NoiseFilter();

    /** The statements of an article, and the organisations named only through a person that made some of them. */
    record Found(List<Statement> statements, List<Entity> bodies) {
    }

    Found find(Article article, AnnotatedText text, EntityIndex index) {
        SpeakerFinder speakers = new SpeakerFinder(index, text);
        StatementBuilder builder = new StatementBuilder(text, topicFinder);
        QuoteSpans quotes = QuoteSpans.of(text.text());
        ReportedSpeech reported = new ReportedSpeech(text.text(), speakers, quotes, builder);
        SpeakerBlocks blocks = new SpeakerBlocks(text, index, speakers);
        FollowingQuote following = new FollowingQuote(text, index, speakers, quotes, builder);
        List<Statement> out = new ArrayList<>();
        boolean narrative = false;
        for (Sentence s : text.sentences()) {
            if (noise.isNoise(text, s) || Headline.isTitleLine(text, s)) {
                continue;
            }
            Optional<SpeakerBlocks.Owner> owner = blocks.owner(s.index());
            if (owner.isPresent() && owner.get().mode() == SpeakerBlocks.Mode.TURN) {
                narrative = owner.get().labelEnd() == 0 && (narrative || TurnEnd.resumesNarrative(text, s, owner.get(), reported));
                owner = narrative ? Optional.empty() : owner;
            }
            if (owner.isPresent() && owner.get().mode() == SpeakerBlocks.Mode.QUESTION) {
                out.addAll(reportedInQuestion(s, reported));
                continue;
            }
            if (owner.isPresent()) {
                inBlock(s, owner.get(), text.text(), builder, reported, out);
                if (owner.get().mode() != SpeakerBlocks.Mode.READOUT_LINE) {
                    continue;
                }
            }
            List<Statement> found = reported.find(s);
            if (found.isEmpty() && !covered(out, s) && !attributedLater(text, s, quotes, reported)) {
                following.find(s, out).ifPresent(x -> replaceOrAdd(out, found, x));
            }
            out.addAll(found);
        }
        List<Statement> kept = Dedup.apply(joinFollowUps(out, text, builder));
        List<Entity> bodies = speakers.bodies().stream().filter(e -> kept.stream().anyMatch(x -> e.key().equals(x.speaker()))).toList();
        return new Found(kept, bodies);
    }

    /**
     * What an interviewer's question reports a named person said, when the question is put as a statement
     * ("Q: The league's president, Ana Ruiz, says you refused to meet her."): that person's claim. A question
     * that asks ("Did the minister say ...?") reports nothing.
     */
    private static List<Statement> reportedInQuestion(Sentence s, ReportedSpeech reported) {
        if (s.text().strip().endsWith("?")) {
            return List.of();
        }
        return reported.find(s).stream().filter(x -> x.speakerType() == SpeakerType.PERSON && x.speaker() != null).toList();
    }

    /** Whether a quote that starts in s and runs on is attributed in the sentence where it ends ("... word," Ms X told ZDF). */
    private static boolean attributedLater(AnnotatedText text, Sentence s, QuoteSpans quotes, ReportedSpeech reported) {
        String norm = TextNormalizer.normalize(s.text()).strip();
        Optional<QuoteSpans.Span> q = norm.startsWith("\"") ? quotes.containing(s.start() + s.text().indexOf(s.text().strip()))
                : Optional.empty();
        if (q.isEmpty() || q.get().end() <= s.end()) {
            return false;
        }
        for (Sentence later : text.sentences().subList(s.index() + 1, text.sentences().size())) {
            if (later.start() >= q.get().end()) {
                break;
            }
            if (later.end() >= q.get().end()) {
                return reported.find(later).stream().anyMatch(x -> x.contentStart() <= q.get().start() + 1);
            }
        }
        return false;
    }

    /** Pronouns that name the speaker of the statement before: "He said, \"It's what is known as democracy.\"". */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it");

    /**
     * A short statement that a pronoun introduces right after the same speaker's claim, in the same paragraph
     * ("... society. He said, \"It's democracy.\""), goes on with that claim: one statement per speaker per claim.
     * A quote with its attribution after it ("\"I just hit it,\" he said") stays a claim of its own.
     */
    private static List<Statement> joinFollowUps(List<Statement> in, AnnotatedText text, StatementBuilder builder) {
        List<Statement> out = new ArrayList<>();
        for (Statement x : in) {
            Statement last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && followsUp(last, x, text.text())) {
                Sentence s = text.sentences().stream().filter(y -> y.start() <= x.contentStart() && x.contentStart() < y.end())
                        .findFirst().orElse(null);
                Speaker sp = new Speaker(last.speaker(), last.speakerType(), last.speakerText(), null, 0, 0);
                Statement joined = s == null ? null : builder.make(sp, last.contentStart(), x.contentEnd(), s, last.quoted() || x.quoted(),
                        last.confidence());
                if (joined != null) {
                    out.set(out.size() - 1, joined);
                    continue;
                }
            }
            out.add(x);
        }
        return out;
    }

    private static boolean followsUp(Statement last, Statement x, String text) {
        return last.speaker() != null && last.speaker().equals(x.speaker()) && PRONOUNS.contains(x.speakerText().toLowerCase(java.util.Locale.ROOT))
                && StatementBuilder.words(x.content()) < 7 && last.contentEnd() <= x.contentStart()
                && x.contentStart() - last.contentEnd() < 30 && text.substring(last.contentEnd(), x.contentStart()).indexOf('\n') < 0
                && text.substring(last.contentEnd(), x.contentStart()).toLowerCase(java.util.Locale.ROOT).contains(x.speakerText().toLowerCase(java.util.Locale.ROOT) + " ");
    }

    /** A quote grown over s takes the place of the statement it grew from; any other is added. */
    private static void replaceOrAdd(List<Statement> out, List<Statement> found, Statement x) {
        if (!out.isEmpty() && out.get(out.size() - 1).contentStart() == x.contentStart()) {
            out.set(out.size() - 1, x);
        } else {
            found.add(x);
        }
    }

    private static boolean covered(List<Statement> out, Sentence s) {
        return out.stream().anyMatch(x -> x.contentStart() <= s.start() && s.end() <= x.contentEnd() + 2);
    }

    /**
     * The statements of a sentence in a block: in a turn, what the speaker reports another person said
     * ("he confirmed that ...") is that person's; a short sentence after the speaker's own in the same
     * paragraph ("We remain open to it.") goes on with that claim.
     */
    private static void inBlock(Sentence s, SpeakerBlocks.Owner o, String text, StatementBuilder builder,
            ReportedSpeech reported, List<Statement> out) {
        boolean turn = o.mode() == SpeakerBlocks.Mode.TURN;
        List<Statement> others = !turn ? List.of() : reported.find(s).stream()
                .filter(x -> x.speakerType() == SpeakerType.PERSON && !x.speaker().equals(o.speaker().key())).toList();
        if (!others.isEmpty()) {
            out.addAll(others);
            return;
        }
        Optional<Statement> own = fromBlock(s, o, builder);
        Statement last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (own.isPresent() && turn && last != null && goesOn(last, own.get(), text, o.whole())) {
            out.set(out.size() - 1, builder.make(o.speaker(), last.contentStart(), own.get().contentEnd(), s, true, last.confidence()));
        } else {
            own.ifPresent(out::add);
        }
    }

    /**
     * Whether a turn sentence x goes on with the same speaker's statement last, in its paragraph: a short one always,
     * any in an answer to a "Q:" question, which is one claim.
     */
    private static boolean goesOn(Statement last, Statement x, String text, boolean whole) {
        return (whole || StatementBuilder.words(x.content()) < 7) && last.speaker() != null && last.speaker().equals(x.speaker())
                && last.contentEnd() <= x.contentStart() && text.substring(last.contentEnd(), x.contentStart()).indexOf('\n') < 0;
    }

    private static Optional<Statement> fromBlock(Sentence s, SpeakerBlocks.Owner o, StatementBuilder builder) {
        String body = o.labelEnd() > 0 && o.labelEnd() < s.tokens().size() ? s.span(o.labelEnd(), s.tokens().size()) : s.text();
        if (Lexicon.INSTANCE.isPleasantry(body) && StatementBuilder.words(Lexicon.INSTANCE.withoutPleasantries(body)) < 5
                || body.strip().endsWith("?")) {
            return Optional.empty();
        }
        int a = o.labelEnd() > 0 && o.labelEnd() < s.tokens().size() ? s.tokens().get(o.labelEnd()).start() : s.start();
        int min = o.whole() ? 2 : o.mode() == SpeakerBlocks.Mode.READOUT_LINE ? 4 : 5;
        if (StatementBuilder.words(body) < min) {
            return Optional.empty();
        }
        boolean quoted = o.mode() != SpeakerBlocks.Mode.READOUT_LINE;
        double conf = o.mode() == SpeakerBlocks.Mode.TURN ? 0.85 : 0.65;
        return Optional.ofNullable(builder.make(o.speaker(), a, s.end(), s, quoted, conf));
    }
}
