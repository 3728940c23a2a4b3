package org.tidings.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.tidings.Tidings;

/** One run of the {@code tidings} command line in this process, on the test run's store: exit code, output, errors. */
public record CommandRun(int code, String out, String err) {

    /** Runs {@code args} (with {@code --db} added on PostgreSQL) with {@code stdin} as standard input. */
    public static CommandRun of(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        InputStream oldIn = System.in;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            var cli = Tidings.commandLine();
            cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
            int code = cli.execute(TestStore.command(args));
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setIn(oldIn);
        }
    }
}
