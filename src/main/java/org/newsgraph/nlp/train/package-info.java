/**
 * Training and evaluation of NewsGraph's English name finder ({@code models/ner-en-news.bin}).
 * {@link org.newsgraph.nlp.train.ConllReader} turns CoNLL-style column files (CoNLL-2003, WikiGold)
 * into OpenNLP {@code NameSample}s typed {@code person}, {@code location}, {@code organization} and
 * {@code misc}; {@link org.newsgraph.nlp.train.NerTrainer} trains a {@code TokenNameFinderModel} from a
 * {@link org.newsgraph.nlp.train.NerTrainingConfig} and scores it on CoNLL-2003 testb with
 * {@link org.newsgraph.nlp.train.SpanScores}. Nothing here is needed at run time.
 */
package org.newsgraph.nlp.train;
