package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.testing.CommandRun;
import org.tidings.testing.ExifTool;
import org.tidings.testing.RunningSite;
import org.tidings.testing.SampleImages;

class MediaCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void mediaAddPrintsTheAddressTheServerThenServesWithoutMetadata() throws IOException {
        Path photo = Files.write(files.resolve("IMG_7.jpg"), SampleImages.jpegWithGps(800, 600));
        CommandRun added = CommandRun.of("", "media", "add", photo.toString(), "--alt", "A market stall",
                "--data", data.toString());
        assertThat(added.code()).as(added.err()).isZero();
        String url = added.out().lines().findFirst().orElseThrow();
        assertThat(url).matches("/media/[0-9a-f]{32}-800\\.jpg");
        assertThat(added.out()).contains("Markdown: ![A market stall](" + url + ")");

        CommandRun again = CommandRun.of("", "media", "add", photo.toString(), "--alt", "Twice", "--data", data.toString());
        assertThat(again.out()).startsWith(url);
        CommandRun listed = CommandRun.of("", "media", "list", "--data", data.toString());
        assertThat(listed.out()).contains("800x600", url, "A market stall");
        assertThat(listed.out().lines().filter(line -> line.contains("/media/"))).hasSize(1);

        try (RunningSite site = RunningSite.over(data)) {
            var served = site.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.baseUrl() + url)).build());
            assertThat(served.statusCode()).isEqualTo(200);
            byte[] bytes = site.app().stores().media().file(url.substring("/media/".length())).orElseThrow().bytes();
            assertThat(ExifTool.tags(bytes)).noneMatch(tag -> tag.startsWith("GPS"));
        }
    }

    @Test
    void refusedFilesAndMissingAltTextSayWhy() throws IOException {
        Path page = Files.writeString(files.resolve("photo.jpg"), "<html><body>not a photo</body></html>");
        CommandRun refused = CommandRun.of("", "media", "add", page.toString(), "--alt", "x", "--data", data.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("not a JPEG, PNG, GIF or PDF");
        CommandRun noAlt = CommandRun.of("", "media", "add", page.toString(), "--data", data.toString());
        assertThat(noAlt.code()).isEqualTo(2);
        assertThat(noAlt.err()).contains("--alt");
        assertThat(CommandRun.of("", "media", "list", "--data", data.toString()).out()).contains("empty");
    }
}
