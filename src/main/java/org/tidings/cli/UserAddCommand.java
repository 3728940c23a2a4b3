package org.tidings.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.admin.Accounts;
import org.tidings.content.Actor;
import org.tidings.content.Outcome;
import org.tidings.content.Problems;
import org.tidings.content.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings user add NAME --role ROLE [--password-stdin]}: creates an admin account. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Create an account. Without --password-stdin it prints a one-time password.")
public final class UserAddCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Username: letters a-z, digits, '.', '_' or '-'.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor or contributor.")
    String role;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        Optional<Role> chosen = Role.byName(role);
        if (chosen.isEmpty()) {
            return AccountsOnDisk.refused(spec, Problems.of("role",
                    "unknown role '" + role + "': choose admin, editor or contributor"));
        }
        String password = passwordStdin ? AccountsOnDisk.passwordFromStdin() : null;
        Outcome<String> created = AccountsOnDisk.with(data,
                accounts -> accounts.create(Actor.COMMAND_LINE, name, chosen.get(), password));
        if (!created.isDone()) {
            return AccountsOnDisk.refused(spec, created.problems());
        }
        String username = Accounts.username(name);
        System.out.println("Created " + chosen.get().db() + " " + username + ".");
        if (created.value() != null) {
            AccountsOnDisk.printOneTime(username, created.value());
        }
        return 0;
    }
}
