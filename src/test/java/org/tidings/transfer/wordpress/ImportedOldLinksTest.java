package org.tidings.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidings.site.MediaAddresses;
import org.tidings.site.OldLinks;
import org.tidings.store.OldAddress;
import org.tidings.testing.RunningSite;

/**
 * A real WordPress export imported into a running site: every old address the import recorded
 * (old permalinks, /?p=ID and the like) answers one 301 to the item's new address, which answers
 * 200, or is that address already; what did not become public (drafts, media without a library)
 * answers 404.
 */
class ImportedOldLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"theme-test-data/themeunittestdata.wordpress.xml", "wordpress-importer/small-export.xml"})
    void everyOldAddressOfAnImportedSiteLeadsToItsNewAddressInOneStep(String name) {
        Path file = WxrFile.corpus(name);
        assumeTrue(Files.exists(file), "the shared WXR corpus is absent: " + file);
        try (RunningSite site = RunningSite.start()) {
            WxrImporter importer = new WxrImporter(site.app().content(), site.app().site().zone());
            importer.importFile(file, importer.check(file), n -> { });
            OldLinks oldLinks = new OldLinks(site.app().stores(), site.app().site(),
                    MediaAddresses.of(site.app().stores().media()));
            List<OldAddress> items = new ArrayList<>();
            site.app().stores().oldAddresses().eachImported(items::add);
            int redirected = 0;
            int missing = 0;
            for (OldAddress item : items) {
                for (String from : OldLinks.addressesOf(item)) {
                    HttpResponse<String> answer = site.get(from);
                    String what = item.kind() + " " + item.sourceId() + " at " + from;
                    var now = oldLinks.now(item);
                    if (now.isEmpty()) {
                        assertThat(answer.statusCode()).as(what).isEqualTo(404);
                        missing++;
                    } else if (answer.statusCode() == 200) {
                        String canonical = Jsoup.parse(answer.body()).select("link[rel=canonical]").attr("href");
                        assertThat(URI.create(canonical).getRawPath()).as(what).isEqualTo(now.get());
                    } else {
                        assertThat(answer.statusCode()).as(what).isEqualTo(301);
                        String location = answer.headers().firstValue("Location").orElseThrow();
                        assertThat(URI.create(location).getRawPath()).as(what).isEqualTo(now.get());
                        assertThat(site.get(now.get()).statusCode()).as(what + " -> " + now.get()).isEqualTo(200);
                        redirected++;
                    }
                }
            }
            assertThat(redirected).as("old addresses redirected (%d not public)", missing).isGreaterThan(3);
        }
    }
}
