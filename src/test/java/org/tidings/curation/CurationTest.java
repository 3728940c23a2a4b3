package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.TidingsException;
import org.tidings.curation.feed.FeedParser;
import org.tidings.curation.feed.ParsedFeed;
import org.tidings.curation.fetch.FetchSettings;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.testing.TestDatabase;

/** The inbox as stored: one item per article of an outlet, stories across outlets that survive a restart. */
class CurationTest {
    private static final TextFeatures FEATURES = new TextFeatures();
    private static final SafeFetcher UNUSED_FETCHER = new SafeFetcher(FetchSettings.forSite("https://news.example.org/"));
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @AfterAll
    static void closeFetcher() {
        UNUSED_FETCHER.close();
    }

    private static Curation curation(TestDatabase db) {
        db.clock().set(NOON);
        return new Curation(db.stores(), UNUSED_FETCHER, FEATURES, db.clock());
    }

    private static String item(String link, String title, String text, String date) {
        return "<item><title>" + title + "</title><link>" + link + "</link><description>" + text
                + "</description><pubDate>" + date + "</pubDate></item>";
    }

    private static ParsedFeed rss(String title, String site, String... items) {
        String xml = "<rss version=\"2.0\"><channel><title>" + title + "</title><link>" + site + "</link>"
                + String.join("", items) + "</channel></rss>";
        return FeedParser.parse(site + "rss", xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
    }

    private static final String REPATRIATION = item("https://reuters.example/world/defectors?utm_source=rss&id=7",
            "China sends 60 North Korean defectors back across the Yalu",
            "Chinese police repatriated about 60 North Korean defectors from detention centres in Dandong on "
                    + "Tuesday, rights groups said, despite appeals from Seoul.", "Mon, 02 Mar 2026 08:00:00 GMT");
    private static final String MISSILE = item("https://reuters.example/world/missile",
            "Pyongyang launches Hwasong missile into the East Sea",
            "North Korea fired a Hwasong intercontinental ballistic missile from Sunan on Tuesday; it flew "
                    + "for 70 minutes before falling into the sea.", "Mon, 02 Mar 2026 08:20:00 GMT");
    private static final String YONHAP_REPATRIATION = item("https://yonhap.example/en/123",
            "Seoul protests as Dandong police repatriate 60 defectors",
            "South Korea protested after Chinese authorities in Dandong sent some 60 North Korean defectors "
                    + "back across the Yalu river on Tuesday.", "Mon, 02 Mar 2026 10:00:00 GMT");
    private static final String NK_NEWS_MISSILE = item("https://nknews.example/2026/03/hwasong",
            "Hwasong missile flew 70 minutes, Seoul says",
            "The Hwasong missile North Korea fired from Sunan flew for about 70 minutes, South Korea's military "
                    + "said on Tuesday.", "Mon, 02 Mar 2026 11:00:00 GMT");
    /** A third report of the repatriation, close to both the Reuters and the Yonhap one. */
    private static final String DANDONG = item("https://nknews.example/2026/03/dandong",
            "Dandong police send 60 defectors back across the Yalu",
            "Chinese police in Dandong repatriated some 60 North Korean defectors across the Yalu on Tuesday,"
                    + " Seoul protested.", "Mon, 02 Mar 2026 11:00:00 GMT");

    @Test
    void oneArticleInTwoSectionFeedsOfAnOutletIsOneItemHoweverOftenPolled() {
        try (TestDatabase db = TestDatabase.create()) {
            Curation curation = curation(db);
            Feed world = curation.follow("https://reuters.example/world/rss", "Reuters: World", "https://reuters.example/");
            Feed asia = curation.follow("https://reuters.example/asia/rss", "Reuters: Asia", "https://reuters.example/");
            assertThat(asia.sourceId()).as("both section feeds belong to one outlet").isEqualTo(world.sourceId());
            assertThat(world.outlet()).isEqualTo("Reuters");

            assertThat(curation.saveFetched(world, rss("Reuters: World", "https://reuters.example/", REPATRIATION,
                    MISSILE))).isEqualTo(new Curation.Saved(2, 0));
            assertThat(curation.saveFetched(world, rss("Reuters: World", "https://reuters.example/", REPATRIATION,
                    MISSILE))).isEqualTo(new Curation.Saved(0, 2));
            String sameWithOtherTracking = REPATRIATION.replace("utm_source=rss&id=7", "id=7&fbclid=abc");
            assertThat(curation.saveFetched(asia, rss("Reuters: Asia", "https://reuters.example/",
                    sameWithOtherTracking))).isEqualTo(new Curation.Saved(0, 1));

            List<FeedItem> inbox = curation.inbox(InboxQuery.all(10));
            assertThat(inbox).extracting(FeedItem::url).containsExactly("https://reuters.example/world/missile",
                    "https://reuters.example/world/defectors?id=7");
            assertThat(inbox).allSatisfy(item -> assertThat(item.state()).isEqualTo(ItemState.NEW));
            assertThat(curation.feed(Long.toString(world.id())).orElseThrow().itemCount()).isEqualTo(2);
        }
    }

    @Test
    void reportsOfOneEventByTwoOutletsShareAStoryWithTheReasonAndKeepItAfterARestart() {
        try (TestDatabase db = TestDatabase.create()) {
            Curation curation = curation(db);
            Feed reuters = curation.follow("https://reuters.example/world/rss", "Reuters", "https://reuters.example/");
            Feed yonhap = curation.follow("https://yonhap.example/rss", "Yonhap", "https://yonhap.example/");
            Feed nkNews = curation.follow("https://nknews.example/feed", "NK News", "https://nknews.example/");
            curation.saveFetched(reuters, rss("Reuters", "https://reuters.example/", REPATRIATION, MISSILE));
            curation.saveFetched(yonhap, rss("Yonhap", "https://yonhap.example/", YONHAP_REPATRIATION));

            FeedItem reutersItem = byTitle(curation, "China sends");
            FeedItem yonhapItem = byTitle(curation, "Seoul protests");
            FeedItem missile = byTitle(curation, "Pyongyang launches");
            assertThat(yonhapItem.storyId()).isEqualTo(reutersItem.storyId()).isNotEqualTo(missile.storyId());
            assertThat(curation.storyItems(reutersItem.storyId())).extracting(FeedItem::outlet)
                    .containsExactly("Reuters", "Yonhap");
            GroupingReason why = curation.reason(yonhapItem.id()).orElseThrow();
            assertThat(why.matchedItemId()).isEqualTo(reutersItem.id());
            assertThat(why.score()).isGreaterThanOrEqualTo(StoryGrouper.DEFAULT_THRESHOLD);
            assertThat(why.sharedTerms()).extracting(StoryTerm::word).contains("dandong", "yalu");

            Curation restarted = new Curation(db.stores(), UNUSED_FETCHER, FEATURES, db.clock());
            restarted.saveFetched(nkNews, rss("NK News", "https://nknews.example/", NK_NEWS_MISSILE));
            assertThat(byTitle(restarted, "Hwasong missile flew").storyId()).isEqualTo(missile.storyId());
        }
    }

    @Test
    void editorsSplitAndMergeStoriesAndTheStoreKeepsIt() {
        try (TestDatabase db = TestDatabase.create()) {
            Curation curation = curation(db);
            Feed reuters = curation.follow("https://reuters.example/world/rss", "Reuters", "https://reuters.example/");
            Feed yonhap = curation.follow("https://yonhap.example/rss", "Yonhap", "https://yonhap.example/");
            curation.saveFetched(reuters, rss("Reuters", "https://reuters.example/", REPATRIATION, MISSILE));
            curation.saveFetched(yonhap, rss("Yonhap", "https://yonhap.example/", YONHAP_REPATRIATION));
            FeedItem yonhapItem = byTitle(curation, "Seoul protests");
            long joint = yonhapItem.storyId();

            long own = curation.split(yonhapItem.id());
            assertThat(own).isNotEqualTo(joint);
            assertThat(curation.storyItems(joint)).extracting(FeedItem::outlet).containsExactly("Reuters");
            assertThat(curation.storyItems(own)).extracting(FeedItem::id).containsExactly(yonhapItem.id());

            long missile = byTitle(curation, "Pyongyang launches").storyId();
            curation.merge(missile, own);
            assertThat(curation.storyItems(missile)).extracting(FeedItem::title).containsExactly(
                    "Pyongyang launches Hwasong missile into the East Sea",
                    "Seoul protests as Dandong police repatriate 60 defectors");
            assertThatThrownBy(() -> curation.merge(missile, own)).isInstanceOf(TidingsException.class)
                    .hasMessageContaining(Long.toString(own));
        }
    }

    @Test
    void aSplitStaysSplitAfterARestartWhenAReportOfBothArrives() {
        try (TestDatabase db = TestDatabase.create()) {
            Curation curation = curation(db);
            Feed reuters = curation.follow("https://reuters.example/world/rss", "Reuters", "https://reuters.example/");
            Feed yonhap = curation.follow("https://yonhap.example/rss", "Yonhap", "https://yonhap.example/");
            Feed nkNews = curation.follow("https://nknews.example/rss", "NK News", "https://nknews.example/");
            curation.saveFetched(reuters, rss("Reuters", "https://reuters.example/", REPATRIATION));
            curation.saveFetched(yonhap, rss("Yonhap", "https://yonhap.example/", YONHAP_REPATRIATION));
            FeedItem yonhapItem = byTitle(curation, "Seoul protests");
            long own = curation.split(yonhapItem.id());
            long reutersStory = byTitle(curation, "China sends").storyId();

            Curation restarted = new Curation(db.stores(), UNUSED_FETCHER, FEATURES, db.clock());
            restarted.saveFetched(nkNews, rss("NK News", "https://nknews.example/", DANDONG));
            assertThat(byTitle(restarted, "Seoul protests").storyId()).as("the editor's split is kept").isEqualTo(own);
            assertThat(byTitle(restarted, "China sends").storyId()).isEqualTo(reutersStory).isNotEqualTo(own);
            assertThat(byTitle(restarted, "Dandong police").storyId()).isIn(own, reutersStory);
        }
    }

    @Test
    void aMergeMadeOnAnotherNodeIsWhereThePollingNodePutsTheNextReport() {
        try (TestDatabase db = TestDatabase.create()) {
            Curation polling = curation(db);
            Curation editing = new Curation(db.stores(), UNUSED_FETCHER, FEATURES, db.clock());
            Feed reuters = polling.follow("https://reuters.example/world/rss", "Reuters", "https://reuters.example/");
            Feed nkNews = polling.follow("https://nknews.example/rss", "NK News", "https://nknews.example/");
            polling.saveFetched(reuters, rss("Reuters", "https://reuters.example/", REPATRIATION, MISSILE));
            long repatriation = byTitle(editing, "China sends").storyId();
            long missile = byTitle(editing, "Pyongyang launches").storyId();
            editing.merge(repatriation, missile);

            polling.takeEditorsStories(); // what each node's change follower does after a STORIES change
            polling.saveFetched(nkNews, rss("NK News", "https://nknews.example/", NK_NEWS_MISSILE));
            assertThat(byTitle(polling, "Hwasong missile flew").storyId()).as("joins the story the missile report is in now")
                    .isEqualTo(repatriation);
            assertThat(polling.storyItems(repatriation)).hasSize(3);
        }
    }

    @Test
    void itemHtmlIsSanitizedAndShowsNoRemoteImage() {
        try (TestDatabase db = TestDatabase.create()) {
            Curation curation = curation(db);
            Feed feed = curation.follow("https://outlet.example/rss", "Outlet", "https://outlet.example/");
            String evil = item("https://outlet.example/a", "Pictures",
                    "&lt;p onclick=\"x()\"&gt;Look &lt;img src=\"https://outlet.example/p.jpg\" alt=\"the scene\"&gt;"
                            + "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;", "Mon, 02 Mar 2026 08:00:00 GMT");
            curation.saveFetched(feed, rss("Outlet", "https://outlet.example/", evil));

            String html = curation.inbox(InboxQuery.all(1)).getFirst().summaryHtml();
            assertThat(html).doesNotContain("<img", "<script", "onclick").contains("the scene");
        }
    }

    @Test
    void aFeedIsFollowedOnceAndStatesChange() {
        try (TestDatabase db = TestDatabase.create()) {
            Curation curation = curation(db);
            Feed feed = curation.follow("https://outlet.example/rss", "Outlet", null);
            assertThatThrownBy(() -> curation.follow("https://outlet.example/rss", "Outlet", null))
                    .isInstanceOf(TidingsException.class).hasMessageContaining("followed already");
            curation.saveFetched(feed, rss("Outlet", "https://outlet.example/", MISSILE));
            long id = curation.inbox(InboxQuery.all(1)).getFirst().id();
            curation.setState(id, ItemState.DISMISSED);
            assertThat(curation.inbox(new InboxQuery(ItemState.NEW, null, 10, 0))).isEmpty();
            assertThat(curation.inbox(new InboxQuery(ItemState.DISMISSED, feed.sourceId(), 10, 0))).hasSize(1);

            curation.removeFeed(feed.id());
            assertThat(curation.listFeeds()).isEmpty();
            assertThat(curation.item(id)).as("items stay when their feed goes").isPresent();
        }
    }

    private static FeedItem byTitle(Curation curation, String start) {
        return curation.inbox(InboxQuery.all(100)).stream().filter(item -> item.title().startsWith(start))
                .findFirst().orElseThrow();
    }
}
