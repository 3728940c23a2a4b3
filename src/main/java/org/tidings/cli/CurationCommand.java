package org.tidings.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A curation command (source, poll, inbox): the store options and fetch options they all take,
 * and one {@link CurationSession} opened around the work and closed after it. Problems from the
 * bundles (a feed that cannot be fetched or read, why a feed waits) come in the site's language.
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
        Language before = Messages.language();
        try (CurationSession session = new CurationSession(data, fetch)) {
            // what a fetch or poll reports is worded as the site's admin screens word it
            Messages.use(session.stores().settings().siteLanguage());
            return run(session, out);
        } finally {
            Messages.use(before);
            out.flush();
        }
    }

    /** The command's work over an open session; returns the exit code. */
    abstract int run(CurationSession session, PrintWriter out) throws Exception;
}
