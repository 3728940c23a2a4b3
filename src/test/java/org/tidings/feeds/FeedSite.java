package org.tidings.feeds;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.testing.RunningSite;

/**
 * A running site with the posts feed tests look for: a dated post in a child category with a
 * linked original and relative links, an undated post without author or original, a post in
 * Korean, and a draft that no feed may show.
 */
final class FeedSite implements AutoCloseable {
    static final String ORIGINAL = "https://www.reuters.example/world/asia/shelter-2026-11-01/";
    static final Instant DATED = Instant.parse("2026-11-01T08:30:15Z");
    static final Instant UNDATED = Instant.parse("2026-10-15T12:00:00Z");
    static final String DATED_TITLE = "Aid & shelter <update> for \"new\" arrivals";
    static final String UNDATED_TITLE = "Undated report from the border";
    static final String KOREAN_TITLE = "탈북민 정착 지원 확대";
    static final String DRAFT_TITLE = "Draft that nobody may see";
    static final List<String> SCOPES = List.of("/", "/category/refugees/", "/category/resettlement/", "/tag/winter/",
            "/author/min-ji-park/", "/source/reuters/", "/source/yonhap/");

    final RunningSite site;
    final long datedId;
    final long undatedId;
    final long koreanId;
    final long draftId;

    FeedSite() {
        site = RunningSite.start();
        ContentService content = site.app().content();
        content.terms().findOrCreateCategory("Refugees", null, "Life after escape.");
        content.terms().findOrCreateCategory("Resettlement", "Refugees", "");
        datedId = content.create(dated(DATED_TITLE, DATED), Actor.COMMAND_LINE);
        undatedId = content.create(new PostInput(UNDATED_TITLE, "",
                HtmlSanitizer.sanitize("<p>Nobody wrote down when.</p>"), null, "",
                        new Publication(PostStatus.PUBLISHED, UNDATED, true), null, "Yonhap", null,
                                List.of("Refugees"), List.of("families"), null), Actor.COMMAND_LINE);
        koreanId = content.create(new PostInput(KOREAN_TITLE, "", HtmlSanitizer.sanitize("<p>정부는 지원을 늘린다.</p>"), null,
                "", new Publication(PostStatus.PUBLISHED, DATED.minus(2, ChronoUnit.DAYS), false), "J. Han", "Yonhap",
                        null, List.of("Human rights"), List.of(), null), Actor.COMMAND_LINE);
        draftId = content.create(new PostInput(DRAFT_TITLE, "", HtmlSanitizer.sanitize("<p>Not yet.</p>"), null, "",
                new Publication(PostStatus.DRAFT, null, false), "Min-ji Park", "Reuters", null, List.of("Refugees"),
                        List.of("winter"), null), Actor.COMMAND_LINE);
    }

    /** The dated post as created, with {@code title} and {@code published} to allow edits. */
    static PostInput dated(String title, Instant published) {
        String body = "<p>Shelters <a href=\"/tag/winter/\">opened</a> early. <img src=\"/assets/map.png\" alt=\"Map\"></p>"
                + "<p>Control\u0001characters and a line\u2028separator are dropped or kept safely.</p>";
        return new PostInput(title, "", HtmlSanitizer.sanitize(body), null, "A short summary & more.",
                new Publication(PostStatus.PUBLISHED, published, false), "Min-ji Park", "Reuters", ORIGINAL,
                        List.of("Resettlement"), List.of("winter"), null);
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = site.get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    String baseUrl() {
        return site.baseUrl();
    }

    /** True for URLs on this site; the originals of excerpts are the only others a feed may link to. */
    boolean isOwnOrOriginal(String url) {
        URI uri = URI.create(url);
        return uri.isAbsolute() && (url.startsWith(baseUrl() + "/") || url.equals(ORIGINAL));
    }

    @Override
    public void close() {
        site.close();
    }
}
