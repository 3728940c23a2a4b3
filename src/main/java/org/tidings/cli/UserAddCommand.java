package org.tidings.cli;

import java.util.concurrent.Callable;
import org.tidings.admin.Accounts;
import org.tidings.content.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidings user add NAME --role ROLE [--password-stdin]}: creates an admin account. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Create an account. Without --password-stdin it prints a one-time password.")
public final class UserAddCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "NAME", description = "Username: letters a-z, digits, '.', '_' or '-'.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor or contributor.")
    String role;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        Role chosen = Role.parse(role);
        String password = passwordStdin ? AccountsOnDisk.passwordFromStdin() : null;
        String oneTime = AccountsOnDisk.with(data, accounts -> accounts.create(null, null, name, chosen, password));
        String username = Accounts.username(name);
        System.out.println("Created " + chosen.db() + " " + username + ".");
        if (oneTime != null) {
            AccountsOnDisk.printOneTime(username, oneTime);
        }
        return 0;
    }
}
