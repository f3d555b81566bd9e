/**
 * The TDB2 store: one named graph per article, replaced whole on re-ingest; ingest in batches of
 * articles, each batch one transaction, so a crash leaves only whole articles; export and query
 * (with {@link org.newsgraph.store.ServiceEndpoints} redirecting federated SERVICE calls); relinking
 * the entities of a whole store ({@link org.newsgraph.store.StoreRelinker}).
 * TDB2 allows one process per store: {@link org.newsgraph.store.NewsStore#open} says plainly which
 * process holds it. While a server holds the store, {@link org.newsgraph.store.RemoteStore} adds
 * articles through the server's authenticated update endpoint; both are a
 * {@link org.newsgraph.store.GraphSink} for the {@link org.newsgraph.store.Ingester}.
 */
package org.newsgraph.store;
