package org.tidings.cli;

import picocli.CommandLine.Command;

/** {@code tidings source}: the outlets' feeds the inbox follows, one subcommand per action. */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Manage the outlets' feeds the curation inbox follows.",
        subcommands = {SourceAddCommand.class, SourceListCommand.class, SourceRemoveCommand.class,
                SourceImportOpmlCommand.class, SourceExportOpmlCommand.class})
public final class SourceCommand {
}
