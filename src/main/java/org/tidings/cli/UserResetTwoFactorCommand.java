package org.tidings.cli;

import java.util.concurrent.Callable;
import org.tidings.content.Actor;
import org.tidings.content.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings user reset-two-factor NAME}: for a lost phone and lost recovery codes. */
@Command(name = "reset-two-factor", mixinStandardHelpOptions = true,
        description = "Turn off an account's two-factor login (lost phone and recovery codes) and end its sessions; "
                + "it can enrol again after logging in with its password.")
public final class UserResetTwoFactorCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        Problems problems = AccountsOnDisk.with(data, accounts -> accounts.resetTwoFactor(Actor.COMMAND_LINE, name));
        if (!problems.isEmpty()) {
            return AccountsOnDisk.refused(spec, problems);
        }
        System.out.println("Turned off two-factor login for " + name + "; its sessions have ended.");
        return 0;
    }
}
