package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidings.content.Role;
import org.tidings.i18n.Wording;
import org.tidings.store.FeedStore.FetchRecord;
import org.tidings.store.SettingStore;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

/**
 * The feeds screen in the site's language: why each feed is fetched when, and what went wrong, are
 * worded as the screen is shown (a poll stores what happened, not a sentence), and its times are in
 * the site's zone. Real feed servers on loopback addresses answer 503 with Retry-After, and 500.
 */
class FeedStatusWordsTest {
    /** 00:00 UTC is 09:00 in Seoul. */
    private static final Instant POLLED = Instant.parse("2026-12-02T00:00:00Z");
    private FeedServer busy;
    private FeedServer broken;
    private RunningSite site;
    private String busyUrl;
    private String brokenUrl;
    private String waitingUrl;
    private long brokenId;

    @BeforeEach
    void pollAFeedThatIsBusyAndOneThatIsBroken() {
        busy = new FeedServer("127.0.0.1", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            FeedServer.send(exchange, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
        });
        broken = new FeedServer("127.0.0.2", exchange -> FeedServer.send(exchange, 500, "text/plain",
                "oops".getBytes(StandardCharsets.UTF_8)));
        site = RunningSite.fetchingPrivate(new TestClock(POLLED));
        CurationRuntime curation = site.app().curation();
        busyUrl = busy.url("/busy.xml");
        waitingUrl = busy.url("/waiting.xml");
        brokenUrl = broken.url("/feed.xml");
        curation.curation().follow(busyUrl, "Busy", null);
        curation.curation().follow(waitingUrl, "Busy", null);
        brokenId = curation.curation().follow(brokenUrl, "Broken", null).id();
        curation.poller().pollDue(poll -> { });
    }

    @AfterEach
    void stop() {
        site.close();
        busy.close();
        broken.close();
    }

    @Test
    void aKoreanSiteSaysWhyAndWhatWentWrongInKoreanAtSeoulTimes() {
        site.app().content().saveSettings(Map.of(SettingStore.SITE_LANGUAGE, "ko", SettingStore.SITE_ZONE, "Asia/Seoul"));
        AdminClient editor = AdminClient.loggedIn(site, "desk", Role.EDITOR);
        Document page = editor.page("/admin/feeds/");
        HtmlCheck.save("admin-feeds-korean", page.outerHtml());

        Row asked = row(page, busyUrl);
        assertThat(asked.lastFetch()).isEqualTo("2026년 12월 2일 09:00");
        assertThat(asked.status()).isEqualTo("503");
        assertThat(asked.error()).isEqualTo(busyUrl + "을(를) 가져오지 못했습니다: 서버가 HTTP 503 상태로 응답했습니다");
        assertThat(asked.next()).isEqualTo("2026년 12월 2일 10:00");
        assertThat(asked.reason()).isEqualTo("서버가 요청한 대기 시간(Retry-After)");
        assertThat(row(page, waitingUrl).reason()).isEqualTo("호스트가 요청을 줄여 달라고 함(서버가 요청한 대기 시간(Retry-After))");

        Row failing = row(page, brokenUrl);
        assertThat(failing.error()).isEqualTo(brokenUrl + "을(를) 가져오지 못했습니다: 서버가 HTTP 500 상태로 응답했습니다");
        assertThat(failing.next()).isEqualTo("2026년 12월 2일 09:05");
        assertThat(failing.reason()).isEqualTo("연속 오류 1번으로 간격을 늘림");

        String refused = broken.url("/other.xml");
        Document form = Jsoup.parse(editor.submit("/admin/feeds/", Map.of("url", refused)).body());
        assertThat(form.select(".error").text())
                .isEqualTo(refused + "을(를) 가져오지 못했습니다: 서버가 HTTP 500 상태로 응답했습니다");
    }

    @Test
    void anEnglishSiteSaysTheSameInEnglishAtUtcTimes() {
        Document page = AdminClient.loggedIn(site, "desk", Role.EDITOR).page("/admin/feeds/");

        Row asked = row(page, busyUrl);
        assertThat(asked.lastFetch()).isEqualTo("2 Dec 2026, 00:00");
        assertThat(asked.error()).isEqualTo("Could not fetch " + busyUrl + ": the server answered HTTP 503");
        assertThat(asked.next()).isEqualTo("2 Dec 2026, 01:00");
        assertThat(asked.reason()).isEqualTo("Retry-After");
        assertThat(row(page, waitingUrl).reason()).isEqualTo("host asked to slow down (Retry-After)");
        Row failing = row(page, brokenUrl);
        assertThat(failing.error()).isEqualTo("Could not fetch " + brokenUrl + ": the server answered HTTP 500");
        assertThat(failing.reason()).isEqualTo("back-off after 1 error");
    }

    @Test
    void whatAnOlderVersionStoredAsEnglishTextStillShows() {
        String oldError = "Could not fetch " + brokenUrl + ": the server answered HTTP 500";
        String oldReason = "back-off after 2 errors";
        // As versions before wordings wrote the row: plain English sentences in the same columns.
        site.app().curation().curation().recordFetch(brokenId, new FetchRecord(null, null, POLLED, 500,
                Wording.verbatim(oldError), 2, POLLED.plus(Duration.ofMinutes(10)), Wording.verbatim(oldReason)));
        site.app().content().saveSettings(Map.of(SettingStore.SITE_LANGUAGE, "ko"));

        Row shown = row(AdminClient.loggedIn(site, "desk", Role.EDITOR).page("/admin/feeds/"), brokenUrl);

        assertThat(shown.error()).isEqualTo(oldError);
        assertThat(shown.reason()).isEqualTo(oldReason);
        assertThat(shown.next()).isEqualTo("2026년 12월 2일 00:10");
    }

    /** A feed's row as the editor reads it. */
    private record Row(String lastFetch, String status, String error, String next, String reason) {
    }

    private static Row row(Document page, String url) {
        Element row = page.select(".feed-list tbody tr").stream()
                .filter(tr -> !tr.select("a[href=\"" + url + "\"]").isEmpty()).findFirst().orElseThrow();
        List<Element> cells = row.select("td");
        Element next = cells.get(6);
        return new Row(cells.get(2).text(), cells.get(3).text(), cells.get(5).text(), next.ownText().strip(),
                next.select("small").text());
    }
}
