package org.tidings.cli;

import java.util.concurrent.Callable;
import org.tidings.content.Actor;
import org.tidings.content.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings user disable NAME}: blocks an account's logins and ends its sessions. */
@Command(name = "disable", mixinStandardHelpOptions = true,
        description = "Disable an account: it can no longer log in and its sessions end at once.")
public final class UserDisableCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        Problems problems = AccountsOnDisk.with(data, accounts -> accounts.setDisabled(Actor.COMMAND_LINE, name, true));
        if (!problems.isEmpty()) {
            return AccountsOnDisk.refused(spec, problems);
        }
        System.out.println("Disabled " + name + "; its sessions have ended.");
        return 0;
    }
}
