/**
 * NewsGraph: English news articles in, an RDF knowledge graph of meetings and statements out.
 * Stages, each in its own package, depend on each other one way only:
 * {@code article -> nlp -> extract -> link -> pipeline -> rdf -> store -> server}, with {@code cli} on top.
 */
package org.newsgraph;
