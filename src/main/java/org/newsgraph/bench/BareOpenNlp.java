package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsGraphException;
import org.newsgraph.nlp.NlpModels;

/**
 * The baseline: OpenNLP alone, with the same models NewsGraph uses (sentences, tokens, POS tags,
 * names) and none of NewsGraph's logic: no text normalisation, no lemmas, no offsets kept. Not
 * thread-safe.
 */
final class BareOpenNlp {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final NameFinderME names;

    private BareOpenNlp(SentenceModel s, TokenizerModel t, POSModel p, TokenNameFinderModel n) {
        this.sentences = new SentenceDetectorME(s);
        this.tokenizer = new TokenizerME(t);
        this.tagger = new POSTaggerME(p);
        this.names = new NameFinderME(n);
    }

    /** Loads the models from the class path, the name finder from {@code nerModel} when given. */
    static BareOpenNlp load(Path nerModel) {
        try (InputStream s = resource("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
                InputStream t = resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
                InputStream p = resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
                InputStream n = nerModel != null ? Files.newInputStream(nerModel) : resource(NlpModels.NER_RESOURCE)) {
            return new BareOpenNlp(new SentenceModel(s), new TokenizerModel(t), new POSModel(p), new TokenNameFinderModel(n));
        } catch (IOException e) {
            throw new NewsGraphException("cannot load OpenNLP models: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BareOpenNlp.class.getResourceAsStream(name);
        if (in == null) {
            throw new NewsGraphException("model " + name + " is not on the class path");
        }
        return in;
    }

    /** Annotates one document; returns its number of tokens. */
    int annotate(String text) {
        int tokens = 0;
        for (String sentence : sentences.sentDetect(text)) {
            String[] toks = tokenizer.tokenize(sentence);
            tagger.tag(toks);
            names.find(toks);
            tokens += toks.length;
        }
        names.clearAdaptiveData();
        return tokens;
    }
}
