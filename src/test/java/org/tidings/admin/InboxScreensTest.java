package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.content.PostInput;
import org.tidings.content.Role;
import org.tidings.content.Tag;
import org.tidings.curation.Curation;
import org.tidings.curation.Feed;
import org.tidings.curation.FeedItem;
import org.tidings.curation.InboxQuery;
import org.tidings.curation.ItemState;
import org.tidings.curation.feed.ParsedFeed;
import org.tidings.curation.feed.ParsedItem;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/**
 * The curation screens over HTTP: the inbox (stories, filters, actions), an item's draft screen
 * (ticked paragraphs, suggestions, the attributed draft) and rules (preview, save, apply); for
 * editors only, every change with the CSRF token.
 */
class InboxScreensTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static RunningSite site;
    private static AdminClient editor;
    private static AdminClient contributor;
    private static Curation curation;
    private static Feed reuters;
    private static Feed yonhap;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "curator", Role.EDITOR);
        contributor = AdminClient.loggedIn(site, "writer", Role.CONTRIBUTOR);
        curation = site.app().inbox().curation();
        // A published post names the tag "Seoul", which items that name Seoul get suggested.
        site.app().content().create(new PostInput("Older news", "", HtmlSanitizer.sanitize("<p>Text</p>"), null, "",
                PostInput.Publication.published(NOW.minus(30, ChronoUnit.DAYS)), "", "", "", List.of(),
                List.of("Seoul"), null), Actor.COMMAND_LINE);
        reuters = curation.follow("https://www.reuters.example/world/rss.xml", "Reuters", "https://www.reuters.example/");
        yonhap = curation.follow("https://en.yna.example/rss/nk.xml", "Yonhap", "https://en.yna.example/");
        curation.saveFetched(reuters, feed(
                item("https://www.reuters.example/world/defectors-boat?utm_source=rss", "Five defectors reach Seoul by boat",
                        "<p>Five North Korean defectors reached Seoul by boat on Tuesday, officials said.</p>"
                                + "<p>The group crossed the sea border at night.</p>"
                                + "<p>Officials in Seoul said the five asked to stay.</p>"
                                + "<p>The ministry gave no names.</p>", 60),
                item("https://www.reuters.example/sports/final", "Local team wins the cup final",
                        "<p>A football team won the cup final on Sunday before a full stadium.</p>", 30)));
        curation.saveFetched(yonhap, feed(
                item("https://en.yna.example/view/defectors", "Five N. Korean defectors arrive in Seoul by boat",
                        "<p>Five North Korean defectors arrived in Seoul by boat, the unification ministry said.</p>",
                        50),
                item("https://en.yna.example/view/ko-1", "탈북민 다섯 명 배로 서울 도착",
                        "<p>탈북민 다섯 명이 배를 타고 서울에 도착했다고 통일부가 밝혔다.</p>", 40)));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static ParsedItem item(String url, String title, String html, int minutesAgo) {
        return new ParsedItem(url, url, title, HtmlSanitizer.sanitize(""), HtmlSanitizer.sanitize(html), null,
                NOW.minus(minutesAgo, ChronoUnit.MINUTES), null, null, List.of());
    }

    private static ParsedFeed feed(ParsedItem... items) {
        return new ParsedFeed("News", null, List.of(items), null);
    }

    private static FeedItem byTitle(String start) {
        return curation.inbox(InboxQuery.all(100)).stream().filter(item -> item.title().startsWith(start))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    /** Puts the two outlets' reports of the boat into one story, through the inbox's merge form. */
    private static long oneStory() {
        FeedItem fromReuters = byTitle("Five defectors");
        FeedItem fromYonhap = byTitle("Five N. Korean");
        HttpResponse<String> merged = editor.submit("/admin/inbox/merge/", form("kept",
                fromReuters.storyId().toString(), "absorbed", fromYonhap.storyId().toString(), "back", "/admin/inbox/"));
        assertThat(merged.statusCode()).isEqualTo(303);
        return curation.item(fromReuters.id()).orElseThrow().storyId();
    }

    @Test
    void theInboxShowsOneRowPerStoryWithTheOtherOutletAndWhy() {
        oneStory();
        Document inbox = editor.page("/admin/inbox/?state=all");
        HtmlCheck.save("admin-inbox", inbox.outerHtml());

        List<String> titles = inbox.select("li.inbox-item h2").eachText();
        assertThat(titles).hasSize(3).contains("Local team wins the cup final", "탈북민 다섯 명 배로 서울 도착");
        // The story's newest report leads its row (Yonhap's); Reuters' is listed under it with why it was grouped.
        var row = inbox.select("li.inbox-item:has(a.item-title:contains(Five))").first();
        assertThat(row.select(".item-meta .outlet").text()).isEqualTo("Yonhap");
        assertThat(row.select("a.item-title").attr("href")).isEqualTo("https://en.yna.example/view/defectors");
        assertThat(row.select(".also").text()).contains("Reuters").contains("Five defectors reach Seoul by boat");
        assertThat(row.select(".also a").attr("href")).isEqualTo("https://www.reuters.example/world/defectors-boat");
        assertThat(row.select("a.draft").attr("href")).matches("/admin/inbox/[0-9]+/draft/");
        assertThat(inbox.select("script[src=/assets/inbox.js]")).hasSize(1);
        assertThat(site.get("/assets/inbox.js").statusCode()).isEqualTo(200);
    }

    @Test
    void wordsOutletAndStateFilterTheInbox() {
        assertThat(editor.page("/admin/inbox/?q=탈북").select("li.inbox-item h2").eachText())
                .containsExactly("탈북민 다섯 명 배로 서울 도착");
        assertThat(editor.page("/admin/inbox/?state=all&q=football").select("li.inbox-item h2").eachText())
                .containsExactly("Local team wins the cup final");
        assertThat(editor.page("/admin/inbox/?state=all&outlet=" + yonhap.sourceId() + "&q=stadium")
                .select("li.inbox-item")).isEmpty();
    }

    @Test
    void saveAndDismissMoveAnItemBetweenStatesAndBack() {
        FeedItem sports = byTitle("Local team");
        HttpResponse<String> dismissed = editor.submit("/admin/inbox/" + sports.id() + "/state/",
                form("state", "dismissed", "back", "/admin/inbox/?state=new"));
        assertThat(dismissed.statusCode()).isEqualTo(303);
        assertThat(dismissed.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin/inbox/?state=new");
        assertThat(curation.item(sports.id()).orElseThrow().state()).isEqualTo(ItemState.DISMISSED);
        assertThat(editor.page("/admin/inbox/").select("li.inbox-item h2").eachText())
                .doesNotContain("Local team wins the cup final");
        assertThat(editor.page("/admin/inbox/?state=dismissed").select("li.inbox-item h2").eachText())
                .contains("Local team wins the cup final");

        editor.submit("/admin/inbox/" + sports.id() + "/state/", form("state", "new", "back", "https://evil.example/"));
        assertThat(curation.item(sports.id()).orElseThrow().state()).isEqualTo(ItemState.NEW);
    }

    @Test
    void anItemBecomesAnAttributedDraftWithTheTickedParagraphsAndSuggestions() {
        long story = oneStory();
        editor.submit("/admin/rules/", form("query", "defector OR 탈북", "action", "category",
                "target", "North Korean refugee", "outlet", "", "do", "save"));
        FeedItem lead = byTitle("Five defectors");

        Document screen = editor.page("/admin/inbox/" + lead.id() + "/draft/");
        HtmlCheck.save("admin-inbox-draft", screen.outerHtml());
        assertThat(screen.select("input[name^=p.]")).hasSize(4);
        assertThat(screen.select("input[name^=p.][checked]")).hasSize(3);
        assertThat(screen.select("input[name^=category.][checked]").eachAttr("value")).contains("North Korean refugee");
        assertThat(screen.select("input[name^=tag.][checked]").eachAttr("value")).containsExactly("Seoul");
        assertThat(screen.select(".also").text()).contains("Yonhap");

        HttpResponse<String> created = editor.submit("/admin/inbox/" + lead.id() + "/draft/", form("p.0", "on",
                "p.2", "on", "category.0", "North Korean refugee", "tag.0", "Seoul", "more_tags", "boat, sea"));
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/admin/posts/[0-9]+/");
        long postId = Long.parseLong(location.replaceAll("[^0-9]", ""));

        Post post = site.app().stores().posts().byId(postId).orElseThrow();
        PostDetails details = site.app().stores().posts().details(post);
        assertThat(post.title()).isEqualTo("Five defectors reach Seoul by boat");
        assertThat(post.sourceUrl()).isEqualTo("https://www.reuters.example/world/defectors-boat");
        assertThat(details.source().name()).isEqualTo("Reuters");
        assertThat(post.bodyHtml()).contains("reached Seoul by boat").contains("asked to stay")
                .doesNotContain("crossed the sea border").contains(">Read more</a>");
        assertThat(details.categories()).extracting(c -> c.name()).containsExactly("North Korean refugee");
        assertThat(details.tags()).extracting(Tag::name).containsExactlyInAnyOrder("Seoul", "boat", "sea");
        assertThat(curation.item(lead.id()).orElseThrow().state()).isEqualTo(ItemState.CURATED);
        assertThat(curation.item(lead.id()).orElseThrow().postId()).isEqualTo(postId);
        assertThat(curation.storyPost(story)).contains(postId);
        assertThat(editor.page("/admin/inbox/?state=all").select(".published a").eachAttr("href"))
                .contains("/admin/posts/" + postId + "/");

        site.app().content().publish(postId);
        Document published = site.page(site.app().stores().posts().byId(postId).map(p -> org.tidings.site.Urls.post(p,
                site.app().stores().settings().siteZone())).orElseThrow());
        assertThat(published.select("p.source").text()).isEqualTo("[Reuters]");
        assertThat(published.select("p.source a").attr("href")).isEqualTo("https://www.reuters.example/world/defectors-boat");
        assertThat(published.select(".entry a:contains(Read more)").attr("href"))
                .isEqualTo("https://www.reuters.example/world/defectors-boat");
    }

    @Test
    void aRuleIsPreviewedBeforeSavingThenAppliedToTheInbox() {
        int rulesBefore = site.app().inbox().rules().list().size();
        HttpResponse<String> preview = editor.submit("/admin/rules/", form("query", "football OR stadium",
                "action", "flag", "target", "", "outlet", Long.toString(reuters.sourceId()), "do", "preview"));
        assertThat(preview.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(preview.body());
        HtmlCheck.save("admin-rules-preview", page.outerHtml());
        assertThat(page.select(".rule-preview li").eachText()).containsExactly("Reuters: Local team wins the cup final");
        assertThat(site.app().inbox().rules().list()).hasSize(rulesBefore);

        HttpResponse<String> saved = editor.submit("/admin/rules/", form("query", "football OR stadium",
                "action", "flag", "target", "", "outlet", Long.toString(reuters.sourceId()), "do", "save",
                "apply", "on"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(byTitle("Local team").flagged()).isTrue();
        assertThat(byTitle("탈북민").flagged()).isFalse();
        Document rules = editor.page(saved.headers().firstValue("Location").orElseThrow());
        assertThat(rules.select(".notice").text()).contains("1");
        assertThat(rules.select(".rule-list td").eachText()).contains("football OR stadium", "Reuters");

        HttpResponse<String> refused = editor.submit("/admin/rules/", form("query", "the OR and", "action", "category",
                "target", "", "outlet", "", "do", "save"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select(".error li")).hasSize(2);
    }

    @Test
    void theFeedsScreenShowsEachFeedAndExportsOpml() {
        Document feeds = editor.page("/admin/feeds/");
        HtmlCheck.save("admin-feeds", feeds.outerHtml());
        assertThat(feeds.select(".feed-list td").eachText()).contains("Reuters", "Yonhap");
        HttpResponse<String> opml = editor.get("/admin/feeds/export.opml");
        assertThat(opml.statusCode()).isEqualTo(200);
        assertThat(opml.body()).contains("https://www.reuters.example/world/rss.xml");
    }

    @Test
    void onlyEditorsCurateAndEveryChangeNeedsTheToken() {
        assertThat(contributor.get("/admin/inbox/").statusCode()).isEqualTo(403);
        assertThat(contributor.get("/admin/rules/").statusCode()).isEqualTo(403);
        FeedItem item = byTitle("탈북민");
        assertThat(editor.post("/admin/inbox/" + item.id() + "/state/", form("state", "dismissed")).statusCode())
                .isEqualTo(403);
        assertThat(curation.item(item.id()).orElseThrow().state()).isEqualTo(ItemState.NEW);
        assertThat(contributor.submit("/admin/inbox/" + item.id() + "/draft/", form("p.0", "on")).statusCode())
                .isEqualTo(403);
    }
}
