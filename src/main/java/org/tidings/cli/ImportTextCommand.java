package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidings.app.TidingsApp;
import org.tidings.content.ContentService;
import org.tidings.content.TidingsException;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import org.tidings.transfer.ImportOutcome;
import org.tidings.transfer.ImportReport;
import org.tidings.transfer.TextArchiveImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings import text FILE...}: imports plain-text archive captures. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Import plain-text archive captures (title, \"Posted on DATE by AUTHOR\", paragraphs, [Outlet]).")
public final class ImportTextCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--category", paramLabel = "NAME", description = "Put every post in this category.")
    String category;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Capture files to import.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int failures = 0;
        try (Database database = Database.open(data.database())) {
            Stores stores = Stores.over(database);
            var importer = new TextArchiveImporter(new ContentService(stores, Clock.systemUTC()), TidingsApp.siteZone(stores));
            for (Path file : files) {
                failures += importOne(importer, file) ? 0 : 1;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private boolean importOne(TextArchiveImporter importer, Path file) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ":");
        var unreadable = InputFile.problem(file);
        if (unreadable.isPresent()) {
            spec.commandLine().getErr().println("tidings: " + unreadable.get());
            return false;
        }
        try {
            ImportReport report = importer.importFile(file, category, outcome -> out.println("  " + line(outcome)));
            out.println("  " + report.imported().size() + " imported, " + report.skipped().size() + " skipped");
            return true;
        } catch (TidingsException e) {
            spec.commandLine().getErr().println("tidings: " + file + ": " + e.getMessage() + "; nothing was imported from it");
            return false;
        }
    }

    private static String line(ImportOutcome outcome) {
        return switch (outcome) {
            case ImportOutcome.Imported imported -> "imported " + imported.title()
                    + (imported.source() == null ? "" : " [" + imported.source() + "]");
            case ImportOutcome.Skipped skipped when skipped.title().isEmpty() -> "skipped  " + skipped.reason();
            case ImportOutcome.Skipped skipped -> "skipped  " + skipped.title() + " (" + skipped.reason() + ")";
        };
    }
}
