package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.http.sys.RegistryRequestModifier;

/**
 * Makes the {@code SERVICE} calls of federated queries to the Wikidata Query Service identify
 * NewsGraph: Wikidata asks every client for a descriptive User-Agent, and the JDK's default is not
 * one. Registers, in Jena's process-wide HTTP request modifiers, {@link WikidataClient#DEFAULT_USER_AGENT}
 * for {@value WikidataSparqlClient#WIKIDATA_SPARQL} and for endpoints standing in for it. Thread-safe;
 * registering an endpoint twice does nothing more.
 */
public final class WikidataServiceCalls {
    private static final Set<String> REGISTERED = new HashSet<>();

    private WikidataServiceCalls() {
    }

    /**
     * Sends the User-Agent with every request to the Wikidata Query Service and to the given endpoints
     * (mirrors or stand-ins of it).
     */
    public static void identify(Collection<String> standIns) {
        List<String> endpoints = new ArrayList<>(standIns);
        endpoints.add(0, WikidataSparqlClient.WIKIDATA_SPARQL);
        synchronized (REGISTERED) {
            for (String e : endpoints) {
                if (REGISTERED.add(e)) {
                    RegistryRequestModifier.get().add(e,
                            (params, headers) -> headers.put("User-Agent", WikidataClient.DEFAULT_USER_AGENT));
                }
            }
        }
    }
}
