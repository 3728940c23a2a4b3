package org.tidings.cli;

import picocli.CommandLine.Command;

/** {@code tidings user}: manages admin accounts, one subcommand per action. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage admin accounts.",
        subcommands = {UserAddCommand.class, UserListCommand.class, UserDisableCommand.class,
                UserResetPasswordCommand.class, UserResetTwoFactorCommand.class})
public final class UserCommand {
}
