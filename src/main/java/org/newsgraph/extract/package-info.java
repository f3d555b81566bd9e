/**
 * Extraction of facts from an annotated article: people, organisations and places with their
 * in-article mentions merged, meetings (n-ary events with participants, place, date and status) and
 * statements (speaker, content, quoted or reported, topics). Every fact keeps the character offsets of
 * its evidence in the article text. The entry point is {@link org.newsgraph.extract.Extractor}.
 */
package org.newsgraph.extract;
