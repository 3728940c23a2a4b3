package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.curation.Curation;
import org.tidings.curation.Feed;
import org.tidings.curation.FeedItem;
import org.tidings.curation.InboxQuery;
import org.tidings.curation.ItemDrafts;
import org.tidings.curation.feed.ParsedFeed;
import org.tidings.curation.feed.ParsedItem;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;
import org.tidings.testing.SampleContent;

/**
 * Related posts on a real server: two outlets' takes on one story, published as two posts in
 * different categories, list each other first, before the newest posts of the primary category;
 * publishing and an editor's merge or split of stories show on pages already cached. A related
 * post in another language than the site's is marked with it.
 */
class StoryRelatedPostsTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static RunningSite site;
    private static ContentService content;
    private static Curation curation;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        content = site.app().content();
        curation = site.app().inbox().curation();
        Feed reuters = curation.follow("https://www.reuters.example/world/rss.xml", "Reuters",
                "https://www.reuters.example/");
        Feed yonhap = curation.follow("https://en.yna.example/rss/nk.xml", "Yonhap", "https://en.yna.example/");
        curation.saveFetched(reuters, feed(
                item("https://www.reuters.example/world/defectors-boat", "Five defectors reach Seoul by boat",
                        "<p>Five North Korean defectors reached Seoul by boat on Tuesday, officials said.</p>", 60),
                item("https://www.reuters.example/world/missile", "Pyongyang launches a missile into the East Sea",
                        "<p>North Korea fired a ballistic missile from Sunan on Tuesday.</p>", 40)));
        curation.saveFetched(yonhap, feed(item("https://en.yna.example/view/defectors",
                "Five N. Korean defectors arrive in Seoul by boat",
                "<p>Five North Korean defectors arrived in Seoul by boat, the unification ministry said.</p>", 50)));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void postsOfOneStoryListEachOtherFirstAndFollowPublishingMergingAndSplitting() {
        FeedItem fromReuters = byTitle("Five defectors");
        FeedItem fromYonhap = byTitle("Five N. Korean");
        curation.merge(fromReuters.storyId(), curation.item(fromYonhap.id()).orElseThrow().storyId());
        ItemDrafts drafts = site.app().inbox().drafts();
        long reutersPost = drafts.create(fromReuters.id(), Set.of(0), List.of("North Korean refugee"), List.of(),
                Actor.COMMAND_LINE);
        long yonhapPost = drafts.create(fromYonhap.id(), Set.of(0), List.of("Politics"), List.of(),
                Actor.COMMAND_LINE);
        long missilePost = drafts.create(byTitle("Pyongyang launches").id(), Set.of(0), List.of("Politics"),
                List.of(), Actor.COMMAND_LINE);

        content.publish(reutersPost);
        String reutersPage = url(reutersPost);
        assertThat(related(reutersPage)).as("the other take is still a draft").isEmpty();

        content.publish(yonhapPost);
        assertThat(related(reutersPage)).containsExactly(url(yonhapPost));

        long centre = SampleContent.publish(content, "Refugee centre opens", Instant.now(), "Lee", "Reuters", "",
                List.of("North Korean refugee"), List.of());
        assertThat(related(reutersPage)).as("the story's other post before the category's newer one")
                .containsExactly(url(yonhapPost), url(centre));
        assertThat(related(url(yonhapPost))).containsExactly(url(reutersPost));

        content.publish(missilePost);
        String missilePage = url(missilePost);
        assertThat(related(missilePage)).as("another story: only its category's posts").containsExactly(url(yonhapPost));

        curation.merge(fromReuters.storyId(), byTitle("Pyongyang launches").storyId());
        assertThat(related(missilePage)).as("merged into the story: its posts, newest first, each once")
                .containsExactly(url(yonhapPost), url(reutersPost));
        assertThat(related(reutersPage)).containsExactly(url(missilePost), url(yonhapPost), url(centre));

        curation.split(byTitle("Pyongyang launches").id());
        assertThat(related(missilePage)).as("split out again").containsExactly(url(yonhapPost));
        assertThat(related(reutersPage)).containsExactly(url(yonhapPost), url(centre));
    }

    @Test
    void aRelatedPostInAnotherLanguageIsMarkedWithIt() {
        long english = SampleContent.publish(content, "Film festival opens", Instant.now().minusSeconds(60), "Lee",
                "Reuters", "", List.of("Culture"), List.of());
        long korean = SampleContent.publish(content, "탈북민 영화제 개막", Instant.now(), "Lee", "Yonhap", "",
                List.of("Culture"), List.of());

        var page = site.page(url(english));
        HtmlCheck.save("post-related-in-korean", page.outerHtml());
        var link = page.select("section.related a").first();
        assertThat(link.attr("href")).isEqualTo(url(korean));
        assertThat(link.attr("lang")).isEqualTo("ko");
        assertThat(site.page(url(korean)).select("section.related a").first().hasAttr("lang"))
                .as("an English post on an English site needs no lang of its own").isFalse();
    }

    private static List<String> related(String path) {
        return site.page(path).select("section.related a").eachAttr("href");
    }

    private static String url(long postId) {
        return Urls.post(site.app().stores().posts().byId(postId).orElseThrow(),
                site.app().stores().settings().siteZone());
    }

    private static FeedItem byTitle(String start) {
        return curation.inbox(InboxQuery.all(100)).stream().filter(item -> item.title().startsWith(start))
                .findFirst().orElseThrow();
    }

    private static ParsedItem item(String url, String title, String html, int minutesAgo) {
        return new ParsedItem(url, url, title, HtmlSanitizer.sanitize(""), HtmlSanitizer.sanitize(html), null,
                NOW.minus(minutesAgo, ChronoUnit.MINUTES), null, null, List.of());
    }

    private static ParsedFeed feed(ParsedItem... items) {
        return new ParsedFeed("News", null, List.of(items), null);
    }
}
