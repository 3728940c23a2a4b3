package org.tidings.cli;

import java.util.concurrent.Callable;
import org.tidings.content.Actor;
import org.tidings.content.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings user reset-password NAME [--password-stdin]}: sets a new password and ends the sessions. */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Set a new password (a printed one-time password unless --password-stdin) and end the "
                + "account's sessions.")
public final class UserResetPasswordCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        String password = passwordStdin ? AccountsOnDisk.passwordFromStdin() : null;
        Outcome<String> reset = AccountsOnDisk.with(data,
                accounts -> accounts.resetPassword(Actor.COMMAND_LINE, name, password));
        if (!reset.isDone()) {
            return AccountsOnDisk.refused(spec, reset.problems());
        }
        System.out.println("Reset the password of " + name + "; its sessions have ended.");
        if (reset.value() != null) {
            AccountsOnDisk.printOneTime(name, reset.value());
        }
        return 0;
    }
}
