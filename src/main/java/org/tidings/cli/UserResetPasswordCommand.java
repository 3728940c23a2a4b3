package org.tidings.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidings user reset-password NAME [--password-stdin]}: sets a new password and ends the sessions. */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Set a new password (a printed one-time password unless --password-stdin) and end the "
                + "account's sessions.")
public final class UserResetPasswordCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        String password = passwordStdin ? AccountsOnDisk.passwordFromStdin() : null;
        String oneTime = AccountsOnDisk.with(data, accounts -> accounts.resetPassword(null, null, name, password));
        System.out.println("Reset the password of " + name + "; its sessions have ended.");
        if (oneTime != null) {
            AccountsOnDisk.printOneTime(name, oneTime);
        }
        return 0;
    }
}
