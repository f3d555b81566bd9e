package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies that the mapper writes. */
final class Terms {
    private Terms() {
    }

    static final Node SCHEMA_PERSON = schema("Person");
    static final Node SCHEMA_ORGANIZATION = schema("Organization");
    static final Node SCHEMA_PLACE = schema("Place");
    static final Node SCHEMA_NEWS_ARTICLE = schema("NewsArticle");
    static final Node SCHEMA_NAME = schema("name");
    static final Node SCHEMA_URL = schema("url");
    static final Node SCHEMA_HEADLINE = schema("headline");
    static final Node SCHEMA_DATE_PUBLISHED = schema("datePublished");

    static final Node FOAF_PERSON = NodeFactory.createURI(NG.FOAF + "Person");
    static final Node FOAF_ORGANIZATION = NodeFactory.createURI(NG.FOAF + "Organization");

    static final Node SKOS_PREF_LABEL = NodeFactory.createURI(NG.SKOS + "prefLabel");

    private static Node schema(String local) {
        return NodeFactory.createURI(NG.SCHEMA + local);
    }
}
