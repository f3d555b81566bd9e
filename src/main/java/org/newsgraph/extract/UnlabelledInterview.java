package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * A question-and-answer page without "Q:" and "A:" labels: a title that says "Q&A", then paragraphs that take
 * turns, a question (the first one ending in "?") and its answer, up to a closing "Interview by" line. At
 * least three of the question paragraphs must end in "?". Gives, for each sentence, whether it asks or
 * answers. Stateless.
 */
final class UnlabelledInterview {
    /** Whether a sentence is part of a question, an answer, or neither. */
    enum Part { NONE, QUESTION, ANSWER }

    private UnlabelledInterview() {
    }

    /** The part of each sentence of the text (all NONE when the text is no such page). */
    static List<Part> parts(AnnotatedText text) {
        List<Sentence> all = text.sentences();
        List<Part> out = new ArrayList<>(java.util.Collections.nCopies(all.size(), Part.NONE));
        if (all.isEmpty()) {
            return out;
        }
        List<List<Integer>> paragraphs = paragraphs(text);
        if (!titled(text)) {
            return boldQuestions(text, paragraphs).orElse(out);
        }
        int first = -1;
        for (int p = 1; p < paragraphs.size() && first < 0; p++) {
            if (asks(text, paragraphs.get(p))) {
                first = p;
            }
        }
        if (first < 0) {
            return out;
        }
        int asked = 0;
        for (int p = first; p < paragraphs.size(); p++) {
            List<Integer> para = paragraphs.get(p);
            if (closing(all.get(para.get(0)))) {
                break;
            }
            boolean question = (p - first) % 2 == 0;
            asked += question && asks(text, para) ? 1 : 0;
            para.forEach(i -> out.set(i, question ? Part.QUESTION : Part.ANSWER));
        }
        return asked >= 3 ? out : new ArrayList<>(java.util.Collections.nCopies(all.size(), Part.NONE));
    }

    /**
     * A page that sets its questions in bold, each a paragraph of its own ("**Did you ever refuse a meeting?**"), and
     * the answers in plain paragraphs after them, with no "Q:" labels. From the first bold paragraph on, a bold paragraph
     * asks (whether or not it ends in "?": "**Then came Nairobi.**") and plain ones answer, up to a closing "Interview
     * by" line. At least three bold paragraphs, two of them ending in "?", and at least as many answers as questions.
     */
    private static java.util.Optional<List<Part>> boldQuestions(AnnotatedText text, List<List<Integer>> paragraphs) {
        List<Sentence> all = text.sentences();
        if (text.text().contains("\nQ:") || text.text().contains("\nQ :")) {
            return java.util.Optional.empty();
        }
        List<Part> out = new ArrayList<>(java.util.Collections.nCopies(all.size(), Part.NONE));
        int bold = 0;
        int asked = 0;
        int answers = 0;
        boolean started = false;
        for (List<Integer> para : paragraphs) {
            if (closing(all.get(para.get(0)))) {
                break;
            }
            String first = all.get(para.get(0)).text().strip();
            String last = all.get(para.get(para.size() - 1)).text().strip();
            boolean question = first.startsWith("**") && last.endsWith("**") && last.length() > 4;
            if (question) {
                started = true;
                bold++;
                asked += last.substring(0, last.length() - 2).strip().endsWith("?") ? 1 : 0;
            } else if (started) {
                answers++;
            }
            if (started) {
                para.forEach(i -> out.set(i, question ? Part.QUESTION : Part.ANSWER));
            }
        }
        return bold >= 3 && asked >= 2 && answers >= bold - 1 ? java.util.Optional.of(out) : java.util.Optional.empty();
    }

    /** Whether the title (the first line with words) says "Q&A", and no line opens with a "Q:" label. */
    private static boolean titled(AnnotatedText text) {
        String t = text.text().strip();
        int nl = t.indexOf('\n');
        String title = nl < 0 ? t : t.substring(0, nl);
        boolean labelled = text.text().contains("\nQ:") || text.text().contains("\nQ :");
        return !labelled && (title.contains("Q&A") || title.toLowerCase(Locale.ROOT).contains("q and a"));
    }

    private static List<List<Integer>> paragraphs(AnnotatedText text) {
        List<List<Integer>> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (out.isEmpty() || EntityFinder.lineStart(text, s)) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(s.index());
        }
        return out;
    }

    private static boolean asks(AnnotatedText text, List<Integer> para) {
        return text.sentences().get(para.get(para.size() - 1)).text().strip().endsWith("?");
    }

    /**
     * Whether s closes an interview: "Interview by Jane Roe", "This interview has been edited for length and clarity.",
     * "This interview has been condensed and edited."
     */
    static boolean closing(Sentence s) {
        String t = s.text().strip().toLowerCase(Locale.ROOT);
        return t.startsWith("interview by") || t.contains("interview has been edited") || t.contains("edited for length")
                || t.contains("interview has been condensed") || t.contains("condensed and edited");
    }
}
