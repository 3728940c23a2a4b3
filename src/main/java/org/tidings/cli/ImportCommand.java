package org.tidings.cli;

import picocli.CommandLine.Command;

/** {@code tidings import}: groups the importers, one subcommand per format. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import content from other sources.",
        subcommands = {ImportTextCommand.class, ImportWxrCommand.class})
public final class ImportCommand {
}
