package org.tidings.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;
import org.tidings.admin.Accounts;
import org.tidings.content.Problems;
import org.tidings.content.TidingsException;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import picocli.CommandLine.Model.CommandSpec;

/** What the {@code user} commands share: opening the accounts of a data folder, reading a password. */
final class AccountsOnDisk {
    private AccountsOnDisk() {
    }

    static <T> T with(DataOption data, Function<Accounts, T> work) {
        try (Database database = Database.open(data.database())) {
            return work.apply(new Accounts(Stores.over(database), Clock.systemUTC()));
        }
    }

    /** The first line of standard input, for {@code --password-stdin}: never on the command line, never echoed. */
    static String passwordFromStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new TidingsException("--password-stdin: standard input held no password");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Says why a change was refused, one line each, and gives the exit code for it. */
    static int refused(CommandSpec spec, Problems problems) {
        problems.messages().forEach(message -> spec.commandLine().getErr().println("tidings: " + message));
        return 1;
    }

    static void printOneTime(String username, String password) {
        System.out.println("One-time password for " + username + ": " + password);
        System.out.println("It works once: " + username + " must choose a new password at the first login.");
    }
}
