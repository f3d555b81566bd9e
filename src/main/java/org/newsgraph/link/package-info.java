/**
 * Linking entities to Wikidata: an offline gazetteer shipped with NewsGraph (the default) and an
 * online client for the Wikidata API and SPARQL endpoint, both disambiguating candidates with the
 * article's context. A link below the confidence threshold is no link.
 */
package org.newsgraph.link;
