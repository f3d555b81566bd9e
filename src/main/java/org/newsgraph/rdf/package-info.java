/**
 * The RDF face of NewsGraph: the vocabulary ({@link org.newsgraph.rdf.NG}, defined in
 * {@code /ontology/newsgraph.ttl}), the mapping of one processed article to quads on a Jena
 * {@link org.apache.jena.riot.system.StreamRDF} ({@link org.newsgraph.rdf.RdfMapper}) and validation
 * of output graphs against the SHACL shapes in {@code /ontology/shapes.ttl}
 * ({@link org.newsgraph.rdf.Shapes}). {@link org.newsgraph.rdf.Relinker} links the entities of an
 * article graph already written again, with the IRIs the mapper gives linked and unlinked entities.
 *
 * <p>All facts of an article go into one named graph whose name is the article's IRI; entity and
 * topic IRIs are shared by all articles, so the union of the named graphs is the knowledge graph and
 * dropping one graph removes one article. The SPARQL files in {@code /queries/} assume a dataset whose
 * default graph is that union.
 */
package org.newsgraph.rdf;
