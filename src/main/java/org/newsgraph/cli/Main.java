package org.newsgraph.cli;

import org.newsgraph.NewsGraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns English news articles into an RDF knowledge graph of who met whom and who said what.",
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, ServeCommand.class,
            QueryCommand.class, ExportCommand.class, RemoveCommand.class, TrainNerCommand.class, LinkCommand.class, BenchCommand.class, BenchServerCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code when some input could not be processed. */
    public static final int INPUT_FAILED = 1;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof CommandLine.ParameterException) {
                        cmd.getErr().println("newsgraph " + cmd.getCommandName() + ": " + e.getMessage());
                        cmd.getErr().flush();
                        return cmd.getCommandSpec().exitCodeOnInvalidInput();
                    }
                    if (e instanceof NewsGraphException || e instanceof java.io.IOException) {
                        cmd.getErr().println("newsgraph " + cmd.getCommandName() + ": " + e.getMessage());
                        cmd.getErr().flush();
                        return INPUT_FAILED;
                    }
                    throw e;
                });
    }
}
