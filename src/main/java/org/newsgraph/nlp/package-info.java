/**
 * Language analysis with Apache OpenNLP: sentences, tokens, part-of-speech tags (Universal
 * Dependencies tags), lemmas and names. {@link org.newsgraph.nlp.NlpModels} loads the models once and
 * is shared; {@link org.newsgraph.nlp.Annotator} turns text into an {@link org.newsgraph.nlp.AnnotatedText}
 * whose every token and name keeps its character offsets into the original text.
 */
package org.newsgraph.nlp;
