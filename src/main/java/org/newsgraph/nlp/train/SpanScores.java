package org.newsgraph.nlp.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * Exact-match precision, recall and F1 of predicted name spans against gold spans, overall and per
 * type (CoNLL scoring: a name counts only when both its boundaries and its type are right). Not
 * thread-safe: fill it from one thread.
 */
public final class SpanScores {
    /** Counts for one type (or all types). */
    public record Score(String type, int gold, int predicted, int correct) {
        public Score {
            if (correct > gold || correct > predicted) {
                throw new IllegalArgumentException("correct=" + correct + " exceeds gold=" + gold
                        + " or predicted=" + predicted);
            }
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(type, gold + o.gold, predicted + o.predicted, correct + o.correct);
        }
    }

    /** Name of the overall row. */
    public static final String OVERALL = "overall";

    /** gold, predicted and correct counts per type. */
    private final Map<String, int[]> byType = new TreeMap<>();

    /** Adds one sentence's gold and predicted spans. */
    public void add(Span[] gold, Span[] predicted) {
        Set<Key> goldSet = new HashSet<>();
        for (Span g : gold) {
            goldSet.add(Key.of(g));
            count(g.getType(), 1, 0, 0);
        }
        for (Span p : predicted) {
            count(p.getType(), 0, 1, goldSet.contains(Key.of(p)) ? 1 : 0);
        }
    }

    /** A span's identity for scoring; {@link Span#equals} may also weigh the probability. */
    private record Key(int start, int end, String type) {
        static Key of(Span s) {
            return new Key(s.getStart(), s.getEnd(), s.getType());
        }
    }

    private void count(String type, int gold, int predicted, int correct) {
        int[] c = byType.computeIfAbsent(type, t -> new int[3]);
        c[0] += gold;
        c[1] += predicted;
        c[2] += correct;
    }

    /** The score of one type; zero counts when the type was never seen. */
    public Score of(String type) {
        int[] c = byType.getOrDefault(type, new int[3]);
        return new Score(type, c[0], c[1], c[2]);
    }

    /** All types together (micro-averaged). */
    public Score overall() {
        return byType.keySet().stream().map(this::of).reduce(new Score(OVERALL, 0, 0, 0), Score::plus);
    }

    /** Per-type scores in type order, then the overall score. */
    public List<Score> rows() {
        List<Score> rows = new ArrayList<>(byType.keySet().stream().map(this::of).toList());
        rows.add(overall());
        return rows;
    }

    /** A plain-text table: type, gold, predicted, correct, precision, recall, F1. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-13s %6s %6s %6s %7s %7s %7s%n",
                "type", "gold", "found", "right", "P", "R", "F1"));
        for (Score s : rows()) {
            sb.append(String.format(Locale.ROOT, "%-13s %6d %6d %6d %7.3f %7.3f %7.3f%n", s.type(),
                    s.gold(), s.predicted(), s.correct(), s.precision(), s.recall(), s.f1()));
        }
        return sb.toString();
    }
}
