package org.tidings;

import org.tidings.cli.ExtractCommand;
import org.tidings.cli.ImportCommand;
import org.tidings.cli.InboxCommand;
import org.tidings.cli.PollCommand;
import org.tidings.cli.SourceCommand;
import org.tidings.cli.MediaCommand;
import org.tidings.cli.RedirectCommand;
import org.tidings.cli.ReindexCommand;
import org.tidings.cli.ServeCommand;
import org.tidings.cli.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: hands over to one class per command in {@code cli}. */
@Command(name = "tidings", mixinStandardHelpOptions = true, version = "Tidings " + Tidings.VERSION,
        description = "Self-hosted news curation and publishing.",
        subcommands = {ServeCommand.class, ImportCommand.class, UserCommand.class, ReindexCommand.class,
                ExtractCommand.class, RedirectCommand.class, MediaCommand.class, SourceCommand.class,
                PollCommand.class, InboxCommand.class})
public final class Tidings {
    /** Shown by --version and in the User-Agent of every request Tidings sends. */
    public static final String VERSION = "0.1";

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: one line for bad arguments (exit 2), messages for failures. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Tidings());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("tidings: " + e.getMessage() + " (try '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            failed.getErr().println("tidings: " + e.getMessage());
            return 1;
        });
        return cli;
    }
}
