package org.tidings.cli;

import picocli.CommandLine.Command;

/** {@code tidings inbox}: the items polled from the followed feeds. */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "The curation inbox: items polled from the followed feeds.",
        subcommands = {InboxListCommand.class})
public final class InboxCommand {
}
