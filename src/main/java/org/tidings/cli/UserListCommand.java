package org.tidings.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidings.content.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tidings user list}: shows every account, its role and state. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
public final class UserListCommand implements Callable<Integer> {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        List<User> users = AccountsOnDisk.with(data, accounts -> accounts.all());
        if (users.isEmpty()) {
            System.out.println("No accounts yet. Create one with: tidings user add NAME --role admin");
            return 0;
        }
        System.out.printf("%-24s %-12s %-9s %-10s %s%n", "USERNAME", "ROLE", "2FA", "STATE", "LAST LOGIN (UTC)");
        for (User user : users) {
            String state = user.disabled() ? "disabled" : user.mustChangePassword() ? "new-pass" : "active";
            System.out.printf("%-24s %-12s %-9s %-10s %s%n", user.username(), user.role().db(),
                    user.totpEnabled() ? "on" : "off", state,
                    user.lastLoginAt() == null ? "never" : SHOWN.format(user.lastLoginAt()));
        }
        return 0;
    }
}
