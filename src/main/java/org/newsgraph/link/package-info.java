/**
 * Linking entities to Wikidata: an offline gazetteer shipped with NewsGraph (the default) and an
 * online client for the Wikidata API and SPARQL endpoint, both disambiguating candidates with the
 * article's context. A link below the confidence threshold is no link.
 *
 * <ul>
 * <li>{@link org.newsgraph.link.Gazetteer}: the immutable index, loaded once ({@code shared()}),
 * built by {@link org.newsgraph.link.GazetteerBuilder} from Wikidata-derived tables.</li>
 * <li>{@link org.newsgraph.link.GazetteerLinker}: the offline default linker.</li>
 * <li>{@link org.newsgraph.link.OnlineLinker}: gazetteer first, then a
 * {@link org.newsgraph.link.CandidateSource} ({@link org.newsgraph.link.WikidataClient} for the API,
 * {@link org.newsgraph.link.WikidataSparqlClient} for SPARQL) for names the gazetteer lacks.</li>
 * <li>{@link org.newsgraph.link.WikidataServiceCalls}: a descriptive User-Agent on federated
 * queries' SERVICE calls to the Wikidata Query Service.</li>
 * </ul>
 */
package org.newsgraph.link;
