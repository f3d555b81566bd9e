package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The witness of a court report as a speaker. Court reports name the witness once, in the sentence that
 * says they gave evidence ("X, a local agent, was giving evidence for the prosecution", "Testifying on
 * the third day, Y said"), and elsewhere call them "the witness" or open with an indefinite description
 * ("A businessman told the High Court yesterday that ..."). Both stand for that person. Not thread-safe:
 * one per article.
 */
final class Testimony {
    /** Words of giving evidence in court. */
    private static final Pattern CUE = Pattern.compile("(?i:\\btestif|\\b(?:giving|gave|give|given) evidence\\b|witness box|took the stand)|"
            + "\\b[Tt]old (?:the )?(?:\\p{Lu}[\\p{L}-]* )*[Cc]ourt\\b");
    /** Words before a name that make it someone else's in the cue sentence: "the trial of X", "led in evidence by Y". */
    private static final Set<String> NOT_THE_WITNESS = Set.of("of", "by", "against", "before", "for", "with", "to");
    /** Verbs with which an indefinite description gives evidence: "A businessman told the court". */
    private static final Set<String> TESTIFYING = Set.of("tell", "testify");

    private final Optional<String> witness;

    Testimony(EntityIndex index, List<Sentence> sentences) {
        this.witness = find(index, sentences);
    }

    /**
     * The key of the person first named as giving evidence: the first name in a cue sentence that no preposition governs,
     * before any speech verb (in "A clerk told the court that X met him" X is who the evidence is about).
     */
    private static Optional<String> find(EntityIndex index, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (!CUE.matcher(s.text()).find()) {
                continue;
            }
            int verb = firstSpeechVerb(s);
            for (MentionRef r : index.mentionsIn(s.index())) {
                if (r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && !governed(s, r.tokenStart()) && r.tokenEnd() <= verb) {
                    return Optional.of(r.key());
                }
            }
        }
        return Optional.empty();
    }

    /** The first token of s that is a finite "say" or "tell" ("said", "told"), or the sentence length. */
    private static int firstSpeechVerb(Sentence s) {
        for (int k = 0; k < s.tokens().size(); k++) {
            Token w = s.tokens().get(k);
            String lemma = Lexicon.INSTANCE.speechVerb(w);
            if (lemma != null && (lemma.equals("say") || lemma.equals("tell")) && !w.text().endsWith("ing")) {
                return k;
            }
        }
        return s.tokens().size();
    }

    /** Whether a preposition comes right before the name at a, over titles and honorifics ("the trial of Mr X"). */
    private static boolean governed(Sentence s, int a) {
        int k = a - 1;
        while (k >= 0 && (Lexicon.INSTANCE.isHonorific(s.tokens().get(k).text()) || Lexicon.INSTANCE.isRoleWord(s.tokens().get(k).text())
                || s.tokens().get(k).capitalised() && s.tokens().get(k).pos().equals("PROPN"))) {
            k--;
        }
        return k >= 0 && NOT_THE_WITNESS.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The witness, when the subject ending at token p of the speech verb at v is "the witness", or an indefinite
     * description at the start of a sentence that tells a court ("A former clerk yesterday told the court that").
     */
    Optional<Speaker> speaker(Sentence s, int p, int v) {
        if (witness.isEmpty() || p < 1) {
            return Optional.empty();
        }
        List<Token> t = s.tokens();
        Token head = t.get(p);
        if (head.lemma().equalsIgnoreCase("witness") && head.text().equalsIgnoreCase("witness") && t.get(p - 1).text().equalsIgnoreCase("the")) {
            return Optional.of(new Speaker(witness.get(), SpeakerType.PERSON, s.span(p - 1, p + 1), MentionRef.Kind.DESCRIPTION, p - 1, p + 1));
        }
        int a = p;
        while (a > 0 && Set.of("ADJ", "NOUN", "ADV", "PROPN").contains(t.get(a - 1).pos()) && p - a < 5) {
            a--;
        }
        boolean indefinite = a == 1 && Set.of("a", "an").contains(t.get(0).text().toLowerCase(Locale.ROOT));
        boolean described = t.subList(1, p + 1).stream().anyMatch(w -> w.pos().equals("NOUN"));
        if (indefinite && described && TESTIFYING.contains(t.get(v).lemma().toLowerCase(Locale.ROOT)) && CUE.matcher(s.text()).find()) {
            return Optional.of(new Speaker(witness.get(), SpeakerType.PERSON, s.span(0, p + 1), MentionRef.Kind.DESCRIPTION, 0, p + 1));
        }
        return Optional.empty();
    }
}
