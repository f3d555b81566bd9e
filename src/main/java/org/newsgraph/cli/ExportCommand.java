package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph export}: writes a store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a store as RDF.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true,
            description = "${COMPLETION-CANDIDATES}: turtle is the union of all articles; the others keep one named graph per article.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (NewsStore s = NewsStore.open(store.store);
                OutputStream out = output == null ? new WriterOutputStream(spec.commandLine().getOut())
                        : new BufferedOutputStream(Files.newOutputStream(output))) {
            StoreIO.export(s, format, out);
        }
        return 0;
    }
}
