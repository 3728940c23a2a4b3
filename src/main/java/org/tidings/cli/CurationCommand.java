package org.tidings.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A curation command (source, poll, inbox): the store options and fetch options they all take,
 * and one {@link CurationSession} opened around the work and closed after it.
 */
abstract class CurationCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    FetchOptions fetch;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CurationSession session = new CurationSession(data, fetch)) {
            return run(session, out);
        } finally {
            out.flush();
        }
    }

    /** The command's work over an open session; returns the exit code. */
    abstract int run(CurationSession session, PrintWriter out) throws Exception;
}
