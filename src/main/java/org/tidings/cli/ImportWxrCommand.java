package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.app.TidingsApp;
import org.tidings.content.ContentService;
import org.tidings.content.TidingsException;
import org.tidings.search.Progress;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import org.tidings.media.MediaLibrary;
import org.tidings.transfer.wordpress.NotImportable;
import org.tidings.transfer.wordpress.Uploads;
import org.tidings.transfer.wordpress.WxrImporter;
import org.tidings.transfer.wordpress.WxrReader;
import org.tidings.transfer.wordpress.WxrReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings import wxr FILE}: imports a WordPress export. */
@Command(name = "wxr", mixinStandardHelpOptions = true,
        description = {"Import a WordPress export (WXR, Tools > Export in WordPress): posts, pages, categories, "
                + "tags, bylines, comments, and the old addresses of each.",
                "Safe to interrupt and run again: what was imported is updated, never added twice."})
public final class ImportWxrCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--media-from", paramLabel = "DIR|ZIP",
            description = "Folder or ZIP of the old site's wp-content/uploads, to take attachments from.")
    Path mediaFrom;

    @Option(names = "--download-media", description = "Download attachments from the old site's public addresses.")
    boolean downloadMedia;

    @Parameters(paramLabel = "FILE", description = "The WXR file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> unreadable = InputFile.problem(file);
        if (unreadable.isPresent()) {
            err.println("tidings: " + unreadable.get());
            return 2;
        }
        if (mediaFrom != null && downloadMedia) {
            err.println("tidings: give --media-from or --download-media, not both");
            return 2;
        }
        try (Database database = Database.open(data.database());
                Uploads uploads = mediaFrom != null ? Uploads.from(mediaFrom) : downloadMedia ? Uploads.download() : null) {
            Stores stores = Stores.over(database);
            WxrImporter importer = new WxrImporter(new ContentService(stores, Clock.systemUTC()),
                    TidingsApp.siteZone(stores), new MediaLibrary(stores, Clock.systemUTC()), uploads);
            out.println(file + ": checking...");
            out.flush();
            WxrReader.Checked checked = importer.check(file);
            out.println("WXR " + checked.channel().version() + " from " + checked.oldSite() + ", "
                    + checked.items() + " items");
            out.flush();
            WxrReport report;
            try (Progress progress = Progress.onTerminal("Importing", checked.items())) {
                report = importer.importFile(file, checked, progress::advance);
            }
            report.lines().forEach(out::println);
            return 0;
        } catch (NotImportable e) {
            err.println("tidings: " + file + ": " + e.getMessage() + "; nothing was imported");
            return 1;
        } catch (TidingsException e) {
            err.println("tidings: " + file + ": " + e.getMessage()
                    + "; what was imported before stays, run the same command again to finish");
            return 1;
        }
    }
}
