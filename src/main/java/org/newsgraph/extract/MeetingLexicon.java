package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * The words the meeting finder works from, read once from the resource files next to this class:
 * {@code meeting-triggers.tsv} (meeting verbs and nouns), {@code meeting-status.tsv} (status cues) and
 * {@code meeting-words.tsv} (groups, false "met" objects, reporting and light verbs). Immutable and
 * thread-safe; share {@link #shared()}.
 */
final class MeetingLexicon {
    /** How a trigger word links its participants. */
    enum Kind { DIRECT, HOST, SPEAK, DISCUSS, JOIN, NOUN }

    /** A meeting word. */
    record Trigger(String lemma, Kind kind, double strength) {
        /** How many words follow the verb in a phrasal trigger ("call on": 1). */
        int particles() {
            return lemma.split(" ").length - 1;
        }
    }

    private static final MeetingLexicon SHARED = load();
    static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /** Counted groups from two up, in order: "the three mayors" has {@code COUNTS.indexOf("three") + 2} members. */
    static final List<String> COUNTS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Map<String, String> IRREGULAR_PAST = Map.of("met", "meet", "spoke", "speak", "spoken", "speak",
            "sat", "sit", "held", "hold");

    private final Map<String, Trigger> verbs;
    private final Map<String, Trigger> nouns;
    private final Map<String, MeetingStatus> cues;
    private final Map<String, Set<String>> lists;

    private MeetingLexicon(Map<String, Trigger> verbs, Map<String, Trigger> nouns, Map<String, MeetingStatus> cues,
            Map<String, Set<String>> lists) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
        this.cues = Map.copyOf(cues);
        this.lists = Map.copyOf(lists);
    }

    static MeetingLexicon shared() {
        return SHARED;
    }

    /**
     * The trigger a token is, by lemma and part of speech. A verb or noun with its particle ("call on", "a
     * courtesy call on") is a trigger of its own; the particle is then the token after it.
     */
    Optional<Trigger> trigger(Token t, Token previous, Token next) {
        if (next != null && (pos(t).equals("VERB") || pos(t).equals("NOUN"))) {
            Trigger phrasal = (pos(t).equals("VERB") ? verbs : nouns).get(lemma(t) + " " + next.text().toLowerCase(Locale.ROOT));
            if (phrasal != null) {
                return Optional.of(phrasal);
            }
        }
        if (next != null && pos(t).equals("ADJ") && ADJECTIVE_NOUNS.contains(lemma(t)) && Set.of("ADP", "PUNCT").contains(pos(next))) {
            return Optional.ofNullable(nouns.get(lemma(t))); // "held a bilateral with X": the adjective used as a noun
        }
        return trigger(t, previous);
    }

    /** Adjectives of meetings that news uses as nouns: "a bilateral with X", "the trilateral in Ankara". */
    private static final Set<String> ADJECTIVE_NOUNS = Set.of("bilateral", "trilateral");

    /** The trigger a token is, by lemma and part of speech, leaving phrasal verbs aside. */
    Optional<Trigger> trigger(Token t, Token previous) {
        String l = lemma(t);
        Optional<Trigger> asVerb = mistaggedVerb(t);
        if (asVerb.isPresent()) {
            return asVerb;
        }
        if (infinitiveTaggedNoun(t, previous)) {
            return Optional.of(verbs.get(t.text().toLowerCase(Locale.ROOT)));
        }
        if (afterModal(t, previous)) {
            return Optional.of(verbs.get(t.text().toLowerCase(Locale.ROOT)));
        }
        if (MeetingLexicon.pos(t).equals("VERB") && nounLike(t, previous)) {
            return Optional.ofNullable(nouns.getOrDefault(t.text().toLowerCase(Locale.ROOT), nouns.get(l)));
        }
        return switch (MeetingLexicon.pos(t)) {
            case "VERB" -> Optional.ofNullable(verbs.getOrDefault(l, verbs.getOrDefault(regularStem(t), verbs.get(regularStem(t) + "e"))));
            case "NOUN" -> Optional.ofNullable(nouns.get(l));
            case "PROPN" -> t.capitalised() ? titleCaseNoun(t) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** "met", "discussed" tagged as noun or adjective: a past form of a meeting verb. */
    private Optional<Trigger> mistaggedVerb(Token t) {
        String pos = pos(t);
        if (pos.equals("VERB") || pos.equals("PROPN") || !(pos.equals("NOUN") || pos.equals("ADJ"))) {
            return Optional.empty();
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        String stem = IRREGULAR_PAST.getOrDefault(w, w.endsWith("ed") ? w.substring(0, w.length() - 2) : null);
        if (stem == null) {
            return Optional.empty();
        }
        Trigger v = verbs.get(stem);
        return v != null ? Optional.of(v) : Optional.ofNullable(verbs.get(stem + "e"));
    }

    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "could", "can", "may", "might", "must", "'ll");

    /** "would receive X": a bare meeting verb after a modal, which the tagger read as a noun or adjective. */
    private boolean afterModal(Token t, Token previous) {
        String p = pos(t);
        return previous != null && MODALS.contains(previous.text().toLowerCase(Locale.ROOT)) && (p.equals("NOUN") || p.equals("ADJ"))
                && verbs.containsKey(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * "an invitation to meet X", "due to join", "travel to Ottawa to meet X": the tagger reads a bare meeting verb
     * after "to" as a noun, an adjective, even a pronoun.
     */
    private boolean infinitiveTaggedNoun(Token t, Token previous) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return previous != null && previous.text().equalsIgnoreCase("to") && Set.of("NOUN", "ADJ", "PRON", "ADV", "X").contains(pos(t))
                && verbs.containsKey(w);
    }

    /** "Talks between ..." tagged as a verb at the start of a sentence or after a determiner. */
    private boolean nounLike(Token t, Token previous) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (previous == null) {
            return w.endsWith("s") && nouns.containsKey(lemma(t));
        }
        if (previous.text().equalsIgnoreCase("to") && w.endsWith("s") && !w.equals(lemma(t)) && nouns.containsKey(lemma(t))) {
            return true; // "accompanied X to talks with Y": no infinitive ends in -s
        }
        boolean determiner = pos(previous).equals("DET") || DEMONSTRATIVES.contains(previous.text().toLowerCase(Locale.ROOT));
        boolean plural = w.endsWith("s") && nouns.containsKey(lemma(t)) && Set.of("ADJ", "ADP", "PUNCT", "NUM").contains(pos(previous));
        return (determiner || plural) && (nouns.containsKey(w) || nouns.containsKey(lemma(t)));
    }

    /** Headlines in title case tag "Meeting" or "Call" as proper nouns. */
    private Optional<Trigger> titleCaseNoun(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        Trigger exact = nouns.get(w);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(nouns.get(w.replaceAll("s$", "")));
    }

    /** Whether a word is a meeting noun ("Meeting", "talks"): no name ends with one ("Biden's Call" is a tagging slip). */
    boolean nounWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return nouns.containsKey(w) || nouns.containsKey(w.replaceAll("s$", ""));
    }

    /** Whether a token is a meeting noun; title-case headlines get it tagged PROPN ("Readout of X's Meeting With Y"). */
    boolean meetingNoun(Token t) {
        String pos = MeetingLexicon.pos(t);
        return (pos.equals("NOUN") || pos.equals("PROPN") && t.capitalised()) && nouns.containsKey(lemma(t));
    }

    /** The status a one- or two-word cue signals. */
    Optional<MeetingStatus> cue(String words) {
        return Optional.ofNullable(cues.get(words));
    }

    /** Whether the token's lemma is on a word list ({@code group}, {@code not-met}, {@code report}, ...). */
    boolean in(String list, Token t) {
        Set<String> words = lists.get(list);
        if (words == null) {
            throw new IllegalArgumentException("no meeting word list named " + list);
        }
        return words.contains(lemma(t)) || words.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** The words of a word list. */
    Set<String> list(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no meeting word list named " + name);
        }
        return Set.copyOf(words);
    }

    /** The token's UD tag, with a glued possessive's "+PART" cut off ("Ukraine's" is PROPN+PART). */
    static String pos(Token t) {
        int plus = t.pos().indexOf('+');
        return plus < 0 ? t.pos() : t.pos().substring(0, plus);
    }

    /**
     * The stem of a regular verb form, for the lemmas the statistical lemmatiser gets wrong ("summoned" gave
     * "summone", "telephoned" gave "telephon"): the word without "ed", "ing" or "s"; the word itself otherwise.
     * A stem that lost its silent "e" ("telephon", "din") is tried with it by {@link #trigger(Token, Token)}.
     */
    static String regularStem(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        for (String end : List.of("ed", "ing", "s")) {
            if (w.endsWith(end) && w.length() > end.length() + 2) {
                return w.substring(0, w.length() - end.length());
            }
        }
        return w;
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static MeetingLexicon load() {
        Map<String, Trigger> verbs = new HashMap<>();
        Map<String, Trigger> nouns = new HashMap<>();
        for (String[] r : rows("meeting-triggers.tsv", 4)) {
            Trigger t = new Trigger(r[0], Kind.valueOf(r[2]), Double.parseDouble(r[3]));
            (r[1].equals("VERB") ? verbs : nouns).put(r[0], t);
        }
        Map<String, MeetingStatus> cues = new HashMap<>();
        rows("meeting-status.tsv", 2).forEach(r -> cues.put(r[0], MeetingStatus.valueOf(r[1])));
        Map<String, Set<String>> lists = new HashMap<>();
        rows("meeting-words.tsv", 2).forEach(r -> lists.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]));
        return new MeetingLexicon(verbs, nouns, cues, lists);
    }

    private static List<String[]> rows(String name, int columns) {
        InputStream in = MeetingLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("meeting word list " + name + " is not on the class path");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalStateException(name + ":" + n + ": expected " + columns + " columns, got " + cols.length);
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }
}
