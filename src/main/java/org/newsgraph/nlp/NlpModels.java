package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsGraphException;

/**
 * The loaded OpenNLP models: the English UD sentence, token, POS and lemma models from their Maven
 * jars, and NewsGraph's own name finder ({@value #NER_RESOURCE}, trained by {@code newsgraph train-ner}).
 * Models are immutable and thread-safe once loaded; load them once and share this holder. Tools built
 * from them are not thread-safe: each thread makes its own {@link Annotator}.
 */
public final class NlpModels {
    /** Class-path location of the name finder model. */
    public static final String NER_RESOURCE = "/models/ner-en-news.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    final LemmatizerModel lemmas;
    final TokenNameFinderModel names;
    final LemmaCache lemmaCache = new LemmaCache();

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas,
            TokenNameFinderModel names) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
        this.lemmas = lemmas;
        this.names = names;
    }

    /** The models, loaded on first call and shared by all callers. */
    public static NlpModels shared() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = shared;
                if (m == null) {
                    m = load(null);
                    shared = m;
                }
            }
        }
        return m;
    }

    /**
     * Loads the models.
     *
     * @param nerModel a name finder model file to use instead of the bundled one, or {@code null}
     * @throws NewsGraphException when a model is missing or unreadable
     */
    public static NlpModels load(Path nerModel) {
        try {
            SentenceModel s = new SentenceModel(resource("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
            TokenizerModel t = new TokenizerModel(resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
            POSModel p = new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
            LemmatizerModel l = new LemmatizerModel(resource("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));
            TokenNameFinderModel n;
            if (nerModel != null) {
                try (InputStream in = Files.newInputStream(nerModel)) {
                    n = new TokenNameFinderModel(in);
                }
            } else {
                n = new TokenNameFinderModel(resource(NER_RESOURCE));
            }
            return new NlpModels(s, t, p, l, n);
        } catch (IOException e) {
            throw new NewsGraphException("cannot load OpenNLP models: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = NlpModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new NewsGraphException("model " + name + " is not on the class path"
                    + (name.equals(NER_RESOURCE) ? "; rebuild it with 'newsgraph train-ner' (see models/MODEL.md)" : ""));
        }
        return in;
    }
}
