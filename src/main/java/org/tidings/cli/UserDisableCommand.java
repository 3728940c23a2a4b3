package org.tidings.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tidings user disable NAME}: blocks an account's logins and ends its sessions. */
@Command(name = "disable", mixinStandardHelpOptions = true,
        description = "Disable an account: it can no longer log in and its sessions end at once.")
public final class UserDisableCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        AccountsOnDisk.with(data, accounts -> {
            accounts.setDisabled(null, null, name, true);
            return null;
        });
        System.out.println("Disabled " + name + "; its sessions have ended.");
        return 0;
    }
}
