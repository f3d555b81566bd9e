package org.newsgraph.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options choosing how entities are linked to Wikidata. */
final class LinkOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--no-link", description = "Do not link entities to Wikidata.")
    boolean noLink;

    @Option(names = "--online", description = "Also ask Wikidata online for names the offline gazetteer lacks.")
    boolean online;

    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            description = "Where --online caches Wikidata's answers (default: ~/.cache/newsgraph/wikidata).")
    java.nio.file.Path cacheDir;

    @Option(names = "--wikidata-api", paramLabel = "URL", hidden = true,
            description = "The Wikidata API to ask with --online (default: https://www.wikidata.org/w/api.php).")
    java.net.URI apiUrl;
}
