/**
 * NewsGraph's SPARQL server: an embedded Fuseki with its web UI over the TDB2 store.
 *
 * <p>{@link org.newsgraph.server.NewsGraphServer} serves one dataset, read-only unless told
 * otherwise, with the union of all named graphs (one per article) as the default graph, a query
 * timeout, a result-size cap and a request size limit. The Fuseki UI is served without Fuseki's
 * admin module, so there are no endpoints to create, delete, back up or compact datasets. With
 * updates allowed, writes need HTTP basic authentication as a user in role {@code admin}; see
 * {@link org.newsgraph.server.NewsGraphServer.Builder#passwordFile(java.nio.file.Path)} for the
 * password file format.
 */
package org.newsgraph.server;
