package org.tidings.cli;

import picocli.CommandLine.Command;

/** {@code tidings redirect}: old addresses that answer 301, one subcommand per action. */
@Command(name = "redirect", mixinStandardHelpOptions = true,
        description = "Manage redirects from old addresses.",
        subcommands = {RedirectAddCommand.class, RedirectListCommand.class, RedirectRemoveCommand.class})
public final class RedirectCommand {
}
