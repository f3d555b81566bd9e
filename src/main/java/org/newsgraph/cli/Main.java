package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns English news articles into an RDF knowledge graph of who met whom and who said what.",
        subcommands = {ExtractCommand.class, TrainNerCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code when some input could not be processed. */
    public static final int INPUT_FAILED = 1;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
