package org.tidings.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tidings user reset-two-factor NAME}: for a lost phone and lost recovery codes. */
@Command(name = "reset-two-factor", mixinStandardHelpOptions = true,
        description = "Turn off an account's two-factor login (lost phone and recovery codes) and end its sessions; "
                + "it can enrol again after logging in with its password.")
public final class UserResetTwoFactorCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        AccountsOnDisk.with(data, accounts -> {
            accounts.resetTwoFactor(null, null, name);
            return null;
        });
        System.out.println("Turned off two-factor login for " + name + "; its sessions have ended.");
        return 0;
    }
}
