package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** Options choosing how entities are linked to Wikidata. */
final class LinkOptions {
    @Option(names = "--no-link", description = "Do not link entities to Wikidata.")
    boolean noLink;

    @Option(names = "--online", description = "Also ask Wikidata online for names the offline gazetteer lacks.")
    boolean online;
}
