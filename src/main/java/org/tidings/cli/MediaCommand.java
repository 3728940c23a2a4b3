package org.tidings.cli;

import picocli.CommandLine.Command;

/** {@code tidings media}: the media library from the command line. */
@Command(name = "media", mixinStandardHelpOptions = true, description = "Add to and list the media library.",
        subcommands = {MediaAddCommand.class, MediaListCommand.class})
public final class MediaCommand {
}
