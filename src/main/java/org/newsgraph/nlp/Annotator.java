package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Annotates text with sentences, tokens, POS tags, lemmas and names. Lines are treated as paragraph
 * boundaries, so a headline never runs into the first sentence. Not thread-safe: one per thread.
 */
public final class Annotator {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final LemmaCache lemmaCache;
    private final NameFinderME nameFinder;

    public Annotator(NlpModels models) {
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
        this.lemmatizer = new LemmatizerME(models.lemmas);
        this.lemmaCache = models.lemmaCache;
        this.nameFinder = new NameFinderME(models.names);
    }

    /** Annotates the text; offsets in the result point into {@code text}. */
    public AnnotatedText annotate(String text) {
        String norm = TextNormalizer.normalize(text);
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < norm.length()) {
            int lineEnd = norm.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = norm.length();
            }
            String line = norm.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : mergeAfterAbbreviations(line, sentences.sentPosDetect(line))) {
                    Sentence sent = sentence(text, norm, out.size(), lineStart + s.getStart(), lineStart + s.getEnd());
                    if (!sent.tokens().isEmpty()) {
                        out.add(sent);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        nameFinder.clearAdaptiveData();
        return new AnnotatedText(text, out);
    }

    /**
     * Rejoins sentences the model split after a middle initial or a title ("Patrick M. | Shanahan met",
     * "Gen. | Mark Milley", a transcript's "MS. | OKAFOR:"), or after a short capitalised abbreviation that a
     * lower-case word goes on from ("Marcos Jr. | held talks").
     */
    static List<Span> mergeAfterAbbreviations(String line, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String before = line.substring(prev.getStart(), prev.getEnd());
                boolean upper = Character.isUpperCase(line.charAt(s.getStart()));
                if (ABBREVIATION_END.matcher(before).find() && upper
                        || !upper && Character.isLowerCase(line.charAt(s.getStart())) && SHORT_WORD_END.matcher(before).find()) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** A capitalised abbreviation that a lower-case word continues ("Ferdinand Marcos Jr. | held talks"). */
    private static final java.util.regex.Pattern SHORT_WORD_END = java.util.regex.Pattern.compile("(?:^|[\\s(])\\p{Lu}\\p{L}{0,3}\\.$");

    /** Titles written short before a name, which the tokenizer at times cuts from their period ("Mrs" + "."). */
    private static final String SHORT_TITLES = "Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Hon|Amb|Rev|Capt|Col|Lt|Sgt|Maj|Adm|Mme|Mlle|Messrs|Mdm|Engr|Atty|Cllr|MR|MRS|MS|DR";

    private static final java.util.regex.Pattern ABBREVIATION_END = java.util.regex.Pattern.compile(
            "(?:^|[\\s(.])(?:[A-Z]|" + SHORT_TITLES + "|Pres|Sec|Smt|Ing|Lic|Arq|Abg|Coun|Ma|Md|Mohd|Muhd|Barr|Eng|Alh|Arch|St|Mt|Pharm|Insp|Supt|Cdr|Brig|Cmdr|Fr|Cpl|Pvt|Det|Msgr|Asst|Dep|Dt|Shri|Sri|Hj|Hjh|Mag|Mgr|SEN|REP|GOV|AMB)\\.$");

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(SHORT_TITLES);

    /**
     * Rejoins a short title and its period when the tokenizer cut them apart before a capitalised word: in
     * "\"...,\" Mrs. Halvorsen said" the title is one token, as "Mr." is, not a title and a full stop.
     */
    static Span[] joinTitles(Span[] tokens, CharSequence text) {
        List<Span> out = null;
        for (int i = 0; i < tokens.length; i++) {
            Span t = tokens[i];
            boolean join = i + 2 < tokens.length && TITLE.matcher(t.getCoveredText(text)).matches()
                    && tokens[i + 1].getStart() == t.getEnd() && ".".contentEquals(tokens[i + 1].getCoveredText(text))
                    && Character.isUpperCase(text.charAt(tokens[i + 2].getStart()));
            if (join) {
                if (out == null) {
                    out = new ArrayList<>(List.of(tokens).subList(0, i));
                }
                out.add(new Span(t.getStart(), tokens[i + 1].getEnd()));
                i++;
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out.toArray(Span[]::new);
    }

    private String lemmatizeWord(String word, String tag) {
        return lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
    }

    private Sentence sentence(String text, String norm, int index, int start, int end) {
        String sNorm = norm.substring(start, end);
        Span[] spans = joinTitles(Possessives.split(HyphenatedNames.join(tokenizer.tokenizePos(sNorm), sNorm), sNorm), sNorm);
        String[] toks = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            toks[i] = spans[i].getCoveredText(sNorm).toString();
        }
        String[] tags = tagger.tag(toks);
        OpeningNouns.fix(toks, tags);
        String[] lemmas = new String[toks.length];
        for (int i = 0; i < toks.length; i++) {
            lemmas[i] = lemmaCache.lemma(toks[i], tags[i], this::lemmatizeWord);
        }
        List<Token> tokens = new ArrayList<>(toks.length);
        for (int i = 0; i < toks.length; i++) {
            int a = start + spans[i].getStart();
            int b = start + spans[i].getEnd();
            String lemma = lemmas[i] == null || lemmas[i].equals("O") || lemmas[i].isEmpty() ? toks[i] : lemmas[i];
            tokens.add(new Token(text.substring(a, b), a, b, tags[i], lemma));
        }
        List<Name> names = new ArrayList<>();
        for (Span n : nameFinder.find(toks)) {
            int a = tokens.get(n.getStart()).start();
            int b = tokens.get(n.getEnd() - 1).end();
            names.add(new Name(NameType.fromLabel(n.getType()), n.getStart(), n.getEnd(), a, b,
                    text.substring(a, b), n.getProb()));
        }
        return new Sentence(index, start, end, text.substring(start, end), tokens, names);
    }
}
