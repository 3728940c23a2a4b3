package org.tidings.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.tidings.Tidings;
import org.tidings.testing.TestStore;
import picocli.CommandLine;

/** One run of the {@code tidings} command line in this JVM: its exit code and what it printed. */
record CommandRun(int exitCode, String out, String err) {
    /** Runs {@code args} (with the test store's {@code --db} added after any {@code --data}). */
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Tidings.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(TestStore.command(args));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
