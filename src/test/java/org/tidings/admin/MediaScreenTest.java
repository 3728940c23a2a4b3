package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.tidings.content.Role;
import org.tidings.media.MediaImages;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaLibrary;
import org.tidings.testing.AdminClient;
import org.tidings.testing.ExifTool;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;
import org.tidings.testing.SampleImages;

/**
 * The media library over HTTP on a real server: uploads in the admin (CSRF, roles, refusals that
 * say why), files served from the database with year-long caching and no metadata, and library
 * images in posts (responsive in the body, featured on the page, absolute in feeds).
 */
class MediaScreenTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anUploadedPhotoIsServedWithoutMetadataAndKeptForAYear() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient editor = AdminClient.loggedIn(site, "editor", Role.EDITOR);
            HttpResponse<String> uploaded = editor.upload("/admin/media/", Map.of("alt", "Bakers at dawn"), "file",
                    "IMG_2041.jpg", SampleImages.jpegWithGps(1000, 600));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(303);
            assertThat(uploaded.headers().firstValue("Location").orElseThrow()).startsWith("/admin/media/?added=");

            Document screen = editor.page("/admin/media/?added=1");
            HtmlCheck.save("admin-media", screen.outerHtml());
            String markdown = screen.selectFirst("input.snippet").val();
            assertThat(markdown).matches("!\\[Bakers at dawn]\\(/media/[0-9a-f]{32}-1000\\.jpg\\)");
            String url = markdown.substring(markdown.indexOf("(/") + 1, markdown.length() - 1);
            assertThat(screen.selectFirst(".media-list img").attr("src")).endsWith("-480.jpg");

            HttpResponse<byte[]> served = fetch(site, "GET", url, Map.of());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            String etag = served.headers().firstValue("ETag").orElseThrow();
            assertThat(ExifTool.tags(served.body())).noneMatch(tag -> tag.startsWith("GPS") || tag.startsWith("IFD0")
                    || tag.startsWith("XMP") || tag.startsWith("IPTC") || tag.contains("safe house"));
            assertThat(SampleImages.decode(served.body()).getWidth()).isEqualTo(1000);

            assertThat(fetch(site, "GET", url, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
            HttpResponse<byte[]> head = fetch(site, "HEAD", url, Map.of());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(head.body()).isEmpty();
            assertThat(fetch(site, "GET", "/media/" + "0".repeat(32) + "-480.jpg", Map.of()).statusCode()).isEqualTo(404);
            assertThat(fetch(site, "GET", "/media/..%2F..%2Fetc%2Fpasswd", Map.of()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void refusedUploadsSayWhyAndStoreNothing() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient editor = AdminClient.loggedIn(site, "editor", Role.EDITOR);
            byte[] polyglot = SampleImages.concat(SampleImages.jpeg(60, 60),
                    "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> refused = editor.upload("/admin/media/", Map.of("alt", "Sneaky"), "file", "cat.jpg",
                    polyglot);
            assertThat(refused.statusCode()).isEqualTo(422);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select("#file-problem").text()).contains("goes on after the end");
            assertThat(page.select("#alt").val()).isEqualTo("Sneaky");
            HtmlCheck.save("admin-media-refused", refused.body());

            HttpResponse<String> noAlt = editor.upload("/admin/media/", Map.of("alt", " "), "file", "a.jpg",
                    SampleImages.jpeg(60, 60));
            assertThat(noAlt.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(noAlt.body()).select("#alt-problem").text()).contains("alt text");

            HttpResponse<String> html = editor.upload("/admin/media/", Map.of("alt", "Page"), "file", "photo.jpg",
                    "<!doctype html><p>hello</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(html.statusCode()).isEqualTo(422);
            assertThat(html.body()).contains("not a JPEG, PNG, GIF or PDF");

            HttpResponse<String> huge = editor.upload("/admin/media/", Map.of("alt", "Huge"), "file", "huge.jpg",
                    new byte[MediaLibrary.MAX_BYTES + 200_000]);
            assertThat(huge.statusCode()).isEqualTo(413);
            assertThat(Jsoup.parse(huge.body()).select("main").text()).contains("larger than the 20 MB");

            HttpResponse<String> unmeasured = lengthless(site, editor, "/admin/media/");
            assertThat(unmeasured.statusCode()).isEqualTo(411);
            assertThat(Jsoup.parse(unmeasured.body()).select("main").text()).contains("Content-Length");

            HttpResponse<String> forged = editor.upload("/admin/media/", Map.of("csrf", "forged", "alt", "x"), "file",
                    "a.png", SampleImages.png(20, 20));
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(site.app().stores().media().count()).isZero();
        }
    }

    @Test
    void contributorsUploadButOnlyEditorsDeleteAndADeletedFileIsGoneAtOnce() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient contributor = AdminClient.loggedIn(site, "writer", Role.CONTRIBUTOR);
            assertThat(contributor.upload("/admin/media/", Map.of("alt", "Market"), "file", "m.png",
                    SampleImages.png(700, 500)).statusCode()).isEqualTo(303);
            MediaItem item = site.app().stores().media().list(1, 0).getFirst();
            assertThat(fetch(site, "GET", item.url(), Map.of()).statusCode()).isEqualTo(200);
            assertThat(contributor.submit("/admin/media/" + item.id() + "/delete/", Map.of("confirm", "yes"))
                    .statusCode()).isEqualTo(403);

            AdminClient editor = AdminClient.loggedIn(site, "editor", Role.EDITOR);
            HttpResponse<String> question = editor.submit("/admin/media/" + item.id() + "/delete/", Map.of());
            assertThat(question.statusCode()).isEqualTo(200);
            assertThat(question.body()).contains("cannot be undone");
            assertThat(fetch(site, "GET", item.url(), Map.of()).statusCode()).isEqualTo(200);
            assertThat(editor.submit("/admin/media/" + item.id() + "/alt/", Map.of("alt", "Night market"))
                    .statusCode()).isEqualTo(303);
            assertThat(site.app().stores().media().byId(item.id()).orElseThrow().alt()).isEqualTo("Night market");
            assertThat(editor.submit("/admin/media/" + item.id() + "/delete/", Map.of("confirm", "yes")).statusCode())
                    .isEqualTo(303);
            assertThat(fetch(site, "GET", item.url(), Map.of()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aPostShowsLibraryImagesResponsivelyWithItsFeaturedImageOnItsPageAndInFeeds() {
        try (RunningSite site = RunningSite.start()) {
            MediaLibrary library = new MediaLibrary(site.app().stores(), Clock.systemUTC());
            MediaItem photo = library.add(SampleImages.jpeg(2000, 1000), "wide.jpg", "A wide street", null);
            MediaItem cover = library.add(SampleImages.png(1200, 600), "cover.png", "The cover", null);
            AdminClient editor = AdminClient.loggedIn(site, "editor", Role.EDITOR);

            Map<String, String> form = new LinkedHashMap<>(post("Streets of Seoul", "Intro."));
            form.remove("save");
            form.put("insert", "1");
            form.put("insert_media", String.valueOf(photo.id()));
            HttpResponse<String> inserted = editor.submit("/admin/posts/new/", form);
            assertThat(inserted.statusCode()).isEqualTo(200);
            String body = Jsoup.parse(inserted.body()).select("textarea[name=body]").text();
            assertThat(body).isEqualTo("Intro.\n\n![A wide street](" + photo.url() + ")");

            Map<String, String> save = new LinkedHashMap<>(post("Streets of Seoul", body));
            save.put("featured_media", String.valueOf(cover.id()));
            HttpResponse<String> saved = editor.submit("/admin/posts/new/", save);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);

            String postUrl = site.page("/").selectFirst("h2 a").attr("href");
            Document page = site.page(postUrl);
            HtmlCheck.save("post-with-media", page.outerHtml());
            Element img = page.selectFirst(".entry img");
            assertThat(img.attr("src")).isEqualTo(photo.fitting(960).path());
            assertThat(img.attr("srcset").replace(" , ", ", ")).isEqualTo(photo.srcset()).contains("-480.jpg 480w", "-2000.jpg 2000w");
            assertThat(img.attr("sizes")).isEqualTo(MediaImages.SIZES);
            assertThat(img.attr("width")).isEqualTo("960");
            assertThat(img.attr("height")).isEqualTo("480");
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.attr("alt")).isEqualTo("A wide street");
            Element featured = page.selectFirst(".featured img");
            assertThat(featured.attr("src")).startsWith("/media/").endsWith("-960.png");
            assertThat(featured.attr("alt")).isEqualTo("The cover");
            assertThat(page.select("meta[property=og:image]").attr("content"))
                    .isEqualTo(site.baseUrl() + featured.attr("src"));
            assertThat(page.select("img")).allSatisfy(i -> assertThat(i.attr("src")).startsWith("/media/"));

            Document rss = Jsoup.parse(site.get("/feed/").body(), "", Parser.xmlParser());
            Element enclosure = rss.selectFirst("item > enclosure");
            assertThat(enclosure.attr("url")).isEqualTo(site.baseUrl() + cover.fitting(960).path());
            assertThat(enclosure.attr("type")).isEqualTo("image/png");
            Document content = Jsoup.parse(rss.selectFirst("item > content|encoded").text());
            assertThat(content.select("img").eachAttr("src"))
                    .containsExactly(site.baseUrl() + cover.fitting(960).path(), site.baseUrl() + photo.fitting(960).path());
            assertThat(content.select("img[srcset]").attr("srcset")).startsWith(site.baseUrl() + "/media/");
            Document atom = Jsoup.parse(site.get("/feed/atom/").body(), "", Parser.xmlParser());
            assertThat(atom.select("entry > link[rel=enclosure]").attr("href")).startsWith(site.baseUrl() + "/media/");
            assertThat(site.get("/feed/json/").body()).contains("\"image\":\"" + site.baseUrl() + "/media/");
        }
    }

    private static Map<String, String> post(String title, String body) {
        return EditorForms.with(EditorForms.post(title, "published"), "body", body);
    }

    /** A multipart POST sent in chunks, with no declared length, as no browser sends a form. */
    private static HttpResponse<String> lengthless(RunningSite site, AdminClient editor, String path) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(editor.cookies()).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[4096])))
                .build();
        return send(client, request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> fetch(RunningSite site, String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(HTTP, request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
