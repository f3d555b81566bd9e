package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Stretches of an article whose every sentence is one speaker's: the turns of a transcript
 * ("SECRETARY BLINKEN: ...", "QUESTION: ..."), and a written statement introduced by a header
 * ("Statement from Spokesperson X on ...", "The following statement was released by X:"). Also the
 * attribution line of a readout ("The below is attributable to Spokesperson X:"), whose next sentence is
 * the spokesperson's. On a question-and-answer page ("Q: ..." / "A: ..."), the answers are the words of the
 * person the introduction refers to most, each answer's paragraph one claim ("A: We met in May. It went well."),
 * and the questions are no one's claims. Not thread-safe: one per article.
 */
final class SpeakerBlocks {
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)^(statement|remarks) (from|by|of) |following statement was (released|issued|made) by|(released|issued) the following statement");
    private static final Pattern QA_LABEL = Pattern.compile("^(Q|A|Question|Answer)(\\s*\\([^()]{1,60}\\)\\s*:|\\s*(?::|\\.(?=\\s)))\\s*");
    private static final Pattern READOUT = Pattern.compile("(?i)attributable to|provided the following readout|following readout");

    /** How a sentence's speaker is known. */
    enum Mode { TURN, STATEMENT, READOUT_LINE, QUESTION }

    /**
     * The speaker of one sentence and how it is known; {@code labelEnd} is the token after a speaker label;
     * {@code whole} when the turn is an answer to a "Q:" question, whose paragraph is one claim.
     */
    record Owner(Speaker speaker, Mode mode, int labelEnd, boolean whole) {
        Owner(Speaker speaker, Mode mode, int labelEnd) {
            this(speaker, mode, labelEnd, false);
        }
    }

    private final Map<Integer, Owner> owners = new HashMap<>();

    SpeakerBlocks(AnnotatedText text, EntityIndex index, SpeakerFinder speakers) {
        if (interview(text, index, speakers) || unlabelled(text, index, speakers)) {
            return;
        }
        boolean transcript = text.sentences().stream().filter(s -> label(text, s) > 0).count() >= 2;
        boolean asked = text.sentences().stream().filter(s -> qaLabel(text, s).filter(l -> l.startsWith("Q")).isPresent()).count() >= 2;
        Owner current = null;
        Map<String, Speaker> named = new java.util.LinkedHashMap<>(); // "Shri X, Official Spokesperson" -> X, for "Official Spokesperson:"
        for (Sentence s : text.sentences()) {
            Optional<String> question = transcript ? qaLabel(text, s).filter(l -> l.startsWith("Q")) : Optional.empty();
            if (question.isPresent()) {
                int end = tokenAfter(s, s.start() + question.get().length());
                current = new Owner(new Speaker(null, SpeakerType.UNNAMED, question.get().strip(), null, 0, end), Mode.QUESTION, end);
                owners.put(s.index(), current);
                continue;
            }
            int label = transcript ? label(text, s) : 0;
            if (label == 0 && EntityFinder.lineStart(text, s) && s.text().strip().matches("\\([^()]{1,30}\\)")) {
                current = null; // "(Concludes)" ends the last turn
                continue;
            }
            if (label == 0 && UnlabelledInterview.closing(s) && EntityFinder.lineStart(text, s)) {
                current = null; // "This interview has been condensed and edited." is no one's turn
                continue;
            }
            if (label > 0) {
                Speaker who = labelSpeaker(s, label, index, speakers);
                String role = s.span(0, label).replace(":", "").strip();
                if (who.type() == SpeakerType.UNNAMED) {
                    who = named.entrySet().stream().filter(e -> e.getKey().contains(role)).map(Map.Entry::getValue).findFirst().orElse(who);
                } else if (who.type() == SpeakerType.PERSON) {
                    named.put(role, who);
                }
                current = new Owner(who, Mode.TURN, label, asked || answers(text, s, current));
                owners.put(s.index(), current);
                continue;
            }
            Optional<Speaker> header = header(s, speakers);
            if (header.isPresent()) {
                boolean statement = STATEMENT.matcher(s.text().strip()).find();
                current = new Owner(header.get(), statement ? Mode.STATEMENT : Mode.READOUT_LINE, 0);
                continue;
            }
            if (current != null && current.mode() == Mode.READOUT_LINE) {
                owners.put(s.index(), current);
                current = null;
            } else if (current != null) {
                owners.put(s.index(), new Owner(current.speaker(), current.mode(), 0, current.whole()));
            }
        }
        if (transcript) {
            markQuestions(text, index);
        }
    }

    /**
     * The questions of a labelled transcript ({@link QuestionTurns}) become questions, and the turn after one is an
     * answer whose paragraph is one claim, when the question asked one thing.
     */
    private void markQuestions(AnnotatedText text, EntityIndex index) {
        int first = 0;
        while (first < text.sentences().size() && label(text, text.sentences().get(first)) == 0) {
            first++;
        }
        java.util.Set<Integer> questions = QuestionTurns.questions(text, owners, QuestionTurns.interviewers(text, index, first));
        int asked = 0;
        for (Sentence s : text.sentences()) {
            Owner o = owners.get(s.index());
            if (o == null) {
                asked = 0;
            } else if (questions.contains(s.index())) {
                asked += QuestionTurns.asks(s) ? 1 : 0;
                owners.put(s.index(), new Owner(new Speaker(null, SpeakerType.UNNAMED, "question", null, 0, o.labelEnd()), Mode.QUESTION,
                        o.labelEnd()));
            } else if (o.mode() == Mode.TURN && o.labelEnd() > 0 && asked <= 1 && s.index() > 0 && questions.contains(s.index() - 1)) {
                owners.put(s.index(), new Owner(o.speaker(), o.mode(), o.labelEnd(), true));
                for (int i = s.index() + 1; owners.containsKey(i) && owners.get(i).labelEnd() == 0 && owners.get(i).mode() == Mode.TURN; i++) {
                    Owner next = owners.get(i);
                    owners.put(i, new Owner(next.speaker(), next.mode(), 0, true));
                }
                asked = 0;
            } else if (o.labelEnd() > 0) {
                asked = 0;
            }
        }
    }

    /**
     * Whether the turn starting at s answers a question: the turn before it, another speaker's, ended with one
     * ("SEN. ROE (D-Vt.): Have you met the union?" / "SMITH: Yes. We met on Friday. ..."). The answer to one question
     * is one claim; an answer to several ("First, ...? And second, ...?") gives a claim per sentence.
     */
    private boolean answers(AnnotatedText text, Sentence s, Owner before) {
        if (before == null || before.mode() != Mode.TURN || s.index() == 0
                || !text.sentences().get(s.index() - 1).text().strip().endsWith("?")) {
            return false;
        }
        int asked = 0;
        for (int i = s.index() - 1; i >= 0 && owners.containsKey(i) && owners.get(i).speaker().equals(before.speaker()); i--) {
            asked += text.sentences().get(i).text().strip().endsWith("?") ? 1 : 0;
            if (owners.get(i).labelEnd() > 0) {
                break;
            }
        }
        return asked == 1;
    }

    /** Fills the owners of a Q&A page and says whether the text is one (two questions and two answers at least). */
    private boolean interview(AnnotatedText text, EntityIndex index, SpeakerFinder speakers) {
        List<Sentence> all = text.sentences();
        long questions = all.stream().filter(s -> qaLabel(text, s).filter(l -> l.startsWith("Q")).isPresent()).count();
        long answers = all.stream().filter(s -> qaLabel(text, s).filter(l -> l.startsWith("A")).isPresent()).count();
        if (questions < 2 || answers < 2) {
            return false;
        }
        Optional<Speaker> interviewee = interviewee(text, index, speakers);
        Owner current = null;
        for (Sentence s : all) {
            Optional<String> label = qaLabel(text, s);
            if (label.isEmpty() && (current == null || UnlabelledInterview.closing(s) && EntityFinder.lineStart(text, s))) {
                current = null;
                continue;
            }
            if (label.isPresent()) {
                int end = tokenAfter(s, s.start() + label.get().length());
                boolean question = label.get().startsWith("Q");
                Speaker who = question || interviewee.isEmpty()
                        ? new Speaker(null, SpeakerType.UNNAMED, label.get().strip(), null, 0, end) : interviewee.get();
                current = new Owner(who, question ? Mode.QUESTION : Mode.TURN, end, !question);
                owners.put(s.index(), current);
            } else {
                owners.put(s.index(), new Owner(current.speaker(), current.mode(), 0, current.whole()));
            }
        }
        return true;
    }

    /**
     * Fills the owners of a Q&A page without labels ({@link UnlabelledInterview}): the answers are the interviewee's,
     * each paragraph one claim; says whether the text is one.
     */
    private boolean unlabelled(AnnotatedText text, EntityIndex index, SpeakerFinder speakers) {
        List<UnlabelledInterview.Part> parts = UnlabelledInterview.parts(text);
        int first = parts.indexOf(UnlabelledInterview.Part.QUESTION);
        if (first < 0) {
            return false;
        }
        Optional<Speaker> interviewee = interviewee(text, index, speakers, first);
        if (interviewee.isEmpty()) {
            return false;
        }
        for (int i = first; i < parts.size(); i++) {
            if (parts.get(i) == UnlabelledInterview.Part.QUESTION) {
                owners.put(i, new Owner(new Speaker(null, SpeakerType.UNNAMED, "question", null, 0, 0), Mode.QUESTION, 0));
            } else if (parts.get(i) == UnlabelledInterview.Part.ANSWER) {
                owners.put(i, new Owner(interviewee.get(), Mode.TURN, 0, true));
            }
        }
        return true;
    }

    /**
     * The person a Q&A page interviews: of the people named in the introduction (before the first label),
     * the one it refers to most often, by name or pronoun ("We spoke to him"); the first named on a tie.
     */
    private static Optional<Speaker> interviewee(AnnotatedText text, EntityIndex index, SpeakerFinder speakers) {
        int first = 0;
        while (first < text.sentences().size() && qaLabel(text, text.sentences().get(first)).isEmpty()) {
            first++;
        }
        return interviewee(text, index, speakers, first);
    }

    /**
     * The interviewee, from the introduction: the sentences before sentence {@code end}. The one person the paragraph
     * right before the questions names, the interviewer aside ("Ana Ruiz, the club's coach, spoke to us after
     * training."), is the one who answers, as in a story that ends with an interview; else the person the whole
     * introduction names most.
     */
    private static Optional<Speaker> interviewee(AnnotatedText text, EntityIndex index, SpeakerFinder speakers, int end) {
        Optional<Speaker> introduced = introducedLast(text, index, speakers, end);
        if (introduced.isPresent()) {
            return introduced;
        }
        Map<String, Integer> count = new HashMap<>();
        Map<String, MentionRef> first = new HashMap<>();
        Map<String, Sentence> where = new HashMap<>();
        List<String> order = new java.util.ArrayList<>();
        for (Sentence s : text.sentences().subList(0, end)) {
            for (MentionRef r : index.mentionsIn(s.index())) {
                if (r.type() != EntityType.PERSON) {
                    continue;
                }
                count.merge(r.key(), 1, Integer::sum);
                if (r.kind() == MentionRef.Kind.NAME && !first.containsKey(r.key())) {
                    first.put(r.key(), r);
                    where.put(r.key(), s);
                    order.add(r.key());
                }
            }
        }
        String best = null;
        for (String key : order) {
            if (best == null || count.get(key) > count.get(best)) {
                best = key;
            }
        }
        return best == null ? Optional.empty() : Optional.of(speakers.speaker(where.get(best), first.get(best)));
    }

    /** The one person named in the paragraph before sentence {@code end}, not as the interviewer, or nothing. */
    private static Optional<Speaker> introducedLast(AnnotatedText text, EntityIndex index, SpeakerFinder speakers, int end) {
        List<Sentence> all = text.sentences();
        if (end < 1 || end > all.size()) {
            return Optional.empty();
        }
        int from = end - 1;
        while (from > 0 && text.text().substring(all.get(from - 1).end(), all.get(from).start()).indexOf('\n') < 0) {
            from--;
        }
        java.util.Set<String> askers = QuestionTurns.interviewers(text, index, end);
        Map<String, MentionRef> named = new java.util.LinkedHashMap<>();
        Map<String, Sentence> where = new HashMap<>();
        for (Sentence s : all.subList(from, end)) {
            for (MentionRef r : index.mentionsIn(s.index())) {
                if (r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME && !askers.contains(r.key()) && !named.containsKey(r.key())) {
                    named.put(r.key(), r);
                    where.put(r.key(), s);
                }
            }
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        String key = named.keySet().iterator().next();
        return Optional.of(speakers.speaker(where.get(key), named.get(key)));
    }

    /** The "Q: " or "A: " label a sentence starts with, at the start of a line. */
    private static Optional<String> qaLabel(AnnotatedText text, Sentence s) {
        if (!EntityFinder.lineStart(text, s)) {
            return Optional.empty();
        }
        Matcher m = QA_LABEL.matcher(s.text());
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static int tokenAfter(Sentence s, int offset) {
        for (int k = 0; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).start() >= offset) {
                return k;
            }
        }
        return s.tokens().size();
    }

    /** The owner of a sentence, when it lies in a block. */
    Optional<Owner> owner(int sentence) {
        return Optional.ofNullable(owners.get(sentence));
    }

    private static int label(AnnotatedText text, Sentence s) {
        if (!EntityFinder.lineStart(text, s)) {
            return 0;
        }
        int end = PersonSpotter.labelEnd(s.tokens());
        return end > 0 ? end : PersonSpotter.mixedLabelEnd(s.tokens());
    }

    private static Speaker labelSpeaker(Sentence s, int label, EntityIndex index, SpeakerFinder speakers) {
        return index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.tokenEnd() <= label).findFirst()
                .map(r -> speakers.speaker(s, r))
                .or(() -> surnameLabel(s, label, index))
                .orElse(new Speaker(null, SpeakerType.UNNAMED, s.span(0, label), null, 0, label));
    }

    /**
     * A label in capitals that is the surname of one person of the article ("KONÉ:", "MS. OKAFOR:"): that person.
     * Case and accents are folded.
     */
    private static Optional<Speaker> surnameLabel(Sentence s, int label, EntityIndex index) {
        int last = label - 1;
        while (last > 0 && !Character.isLetter(s.tokens().get(last).text().charAt(0))) {
            last--;
        }
        int first = hyphenatedStart(s, last);
        String word = fold(s.span(first, last + 1).replace(" ", ""));
        List<Entity> fits = index.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .filter(e -> fold(e.name().substring(e.name().lastIndexOf(' ') + 1)).equals(word)).toList();
        if (word.length() < 3 || fits.size() != 1) {
            return Optional.empty();
        }
        int end = last + 1;
        return Optional.of(new Speaker(fits.get(0).key(), SpeakerType.PERSON, s.span(0, end), MentionRef.Kind.NAME, 0, end));
    }

    /** The first token of a hyphenated surname in capitals that ends at token last ("CASTELLANOS - WHITFIELD", "OKONJO- PRICE"). */
    private static int hyphenatedStart(Sentence s, int last) {
        int first = last;
        while (first >= 2 && s.tokens().get(first - 1).text().equals("-") && NameShape.isAllCaps(s.tokens().get(first - 2).text())) {
            first -= 2;
        }
        while (first >= 1 && s.tokens().get(first - 1).text().endsWith("-") && s.tokens().get(first - 1).text().length() > 2) {
            first--;
        }
        return first;
    }

    private static String fold(String w) {
        return java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<Speaker> header(Sentence s, SpeakerFinder speakers) {
        String t = s.text().strip();
        if (!STATEMENT.matcher(t).find() && !READOUT.matcher(t).find()) {
            return Optional.empty();
        }
        return speakers.within(s, 0, s.tokens().size()).filter(x -> x.type() == SpeakerType.PERSON);
    }
}
