package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PageInput;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.store.ImportedItem;
import org.tidings.store.Stores;
import org.tidings.testing.RunningSite;

/**
 * Every form of address a WordPress site answered, on a site whose import records are filled in:
 * each answers one 301 to where the thing lives now, and that answers 200; unknown ones stay 404.
 */
class OldLinksTest {
    private static final String OLD_SITE = "http://old.example";
    private static RunningSite site;

    @BeforeAll
    static void startSiteWithAnImport() {
        site = RunningSite.start();
        ContentService content = site.app().content();
        Stores stores = site.app().stores();
        long hello = publish(content, "Hello world", day(2024, 3, 5), "Min-ji Park", null, null, List.of("News"),
                List.of("winter"));
        long second = publish(content, "Second", day(2024, 3, 6), "Min-ji Park", null, null, List.of(), List.of());
        long third = publish(content, "Third", day(2024, 4, 1), "J. Han", null, null, List.of(), List.of());
        for (int i = 1; i <= 10; i++) {
            publish(content, "News " + i, day(2023, 5, i), "J. Han", null, null, List.of("News"), List.of());
        }
        long secret = content.create(new PostInput("Secret", "", HtmlSanitizer.sanitize("<p>Not yet.</p>"), null, "",
                new Publication(PostStatus.DRAFT, day(2024, 3, 7), false), null, null, null, List.of(), List.of(),
                null), Actor.COMMAND_LINE);
        long about = content.pages().create(page("About", "about", null));
        long team = content.pages().create(page("Team", "team", about));
        long news = stores.categories().bySlug("news").orElseThrow().id();
        long winter = stores.tags().bySlug("winter").orElseThrow().id();
        long author = stores.authors().bySlug("min-ji-park").orElseThrow().id();
        content.imports().record(List.of(
                item("post", "12", hello, "/2008/09/hello-world/"),
                item("post", "13", second, "/archives/13"),
                item("post", "16", third, "/2008/10/05/third-post/"),
                item("post", "17", hello, "/hello-again/"),
                item("post", "14", secret, "/secret/"),
                item("page", "20", about, "/about-us/"),
                item("page", "21", team, "/about-us/team/"),
                item("category", "5", news, "/category/old-news/"),
                item("tag", "7", winter, "/tag/cold/"),
                item("author", "2", author, "/author/admin/")));
        content.redirects().add("/old-page/", "/about/");
        content.redirects().add("/category/renamed/", "/category/news/");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyOldAddressFormAnswersOnePermanentRedirectToAPageThatAnswers() {
        Map<String, String> expected = new LinkedHashMap<>();
        String hello = "/2024/03/05/hello-world/";
        expected.put("/?p=12", hello);
        expected.put("/index.php?p=12", hello);
        expected.put("/?p=12&feed=rss2", hello);
        expected.put("/?p=20", "/about/");
        expected.put("/?page_id=20", "/about/");
        expected.put("/?page_id=21", "/team/");
        expected.put("/?cat=5", "/category/news/");
        expected.put("/?cat=5&feed=rss2", "/category/news/feed/");
        expected.put("/?cat=5&paged=2", "/category/news/page/2/");
        expected.put("/?tag=cold", "/tag/winter/");
        expected.put("/?tag=winter", "/tag/winter/");
        expected.put("/?tag=winter&feed=atom", "/tag/winter/feed/atom/");
        expected.put("/?category_name=news", "/category/news/");
        expected.put("/?author=2", "/author/min-ji-park/");
        expected.put("/?author_name=admin", "/author/min-ji-park/");
        expected.put("/?m=202403", "/2024/03/");
        expected.put("/?m=2024", "/2024/");
        expected.put("/?m=20240305", "/2024/03/");
        expected.put("/?year=2024&monthnum=03", "/2024/03/");
        expected.put("/?s=border+aid", "/search/?q=border+aid");
        expected.put("/?feed=rss2", "/feed/");
        expected.put("/?feed=rss", "/feed/");
        expected.put("/?feed=rdf", "/feed/");
        expected.put("/?feed=atom", "/feed/atom/");
        expected.put("/?feed=comments-rss2", "/feed/");
        expected.put("/index.php?feed=rss2", "/feed/");
        expected.put("/?paged=2", "/page/2/");
        expected.put("/2008/09/hello-world/", hello);
        expected.put("/2008/09/hello-world", hello);
        expected.put("/2008/09/hello-world/feed/", hello);
        expected.put("/2008/09/hello-world/feed/rss2/", hello);
        expected.put("/archives/13", "/2024/03/06/second/");
        expected.put("/archives/13/", "/2024/03/06/second/");
        expected.put("/index.php/archives/13", "/2024/03/06/second/");
        expected.put("/2008/10/05/third-post/", "/2024/04/01/third/");
        expected.put("/index.php/2008/10/05/third-post/", "/2024/04/01/third/");
        expected.put("/hello-again/", hello);
        expected.put("/hello-again", hello);
        expected.put("/about-us/", "/about/");
        expected.put("/about-us/team/", "/team/");
        expected.put("/category/old-news/", "/category/news/");
        expected.put("/category/old-news/feed/", "/category/news/feed/");
        expected.put("/category/old-news/page/2/", "/category/news/page/2/");
        expected.put("/tag/cold/", "/tag/winter/");
        expected.put("/author/admin/", "/author/min-ji-park/");
        expected.put("/old-page/", "/about/");
        expected.put("/old-page", "/about/");
        expected.put("/category/renamed/page/2/", "/category/news/page/2/");
        expected.put("/category/renamed/feed/", "/category/news/feed/");
        expected.forEach((from, to) -> {
            HttpResponse<String> answer = site.get(from);
            assertThat(answer.statusCode()).as(from).isEqualTo(301);
            String location = answer.headers().firstValue("Location").orElseThrow();
            assertThat(URI.create(location).getRawPath() + query(location)).as(from).isEqualTo(to);
            assertThat(site.get(to).statusCode()).as("%s, the target of %s", to, from).isEqualTo(200);
        });
    }

    @Test
    void unknownOldAddressesStayNotFoundAndOtherQueriesShowTheHomePage() {
        for (String path : List.of("/?p=999", "/?p=14", "/?p=abc", "/?cat=99", "/?tag=nothing", "/?author=99",
                "/?m=2024x", "/index.php?p=999", "/archives/999/", "/secret/", "/index.php", "/2008/09/nothing/",
                "/wp-content/uploads/2008/09/none.jpg", "/category/old-news/extra/")) {
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(site.get("/?utm_source=mail").statusCode()).isEqualTo(200);
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aRedirectAddedOrRemovedShowsAtOnce() {
        assertThat(site.get("/gone-soon/").statusCode()).isEqualTo(404);
        assertThat(site.app().content().redirects().add("/gone-soon/", "/team/").isEmpty()).isTrue();
        assertThat(site.get("/gone-soon/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/team/"));
        assertThat(site.app().content().redirects().remove("/gone-soon/")).isTrue();
        assertThat(site.get("/gone-soon/").statusCode()).isEqualTo(404);
    }

    @Test
    void redirectsLeadOnlyToPathsOfThisSite() {
        var redirects = site.app().content().redirects();
        assertThat(redirects.add("/x/", "https://elsewhere.example/").at("to")).isNotNull();
        assertThat(redirects.add("/x/", "//elsewhere.example/").at("to")).isNotNull();
        assertThat(redirects.add("/x/", "/\\elsewhere.example/").at("to")).isNotNull();
        assertThat(redirects.add("x", "/about/").at("from")).isNotNull();
        assertThat(redirects.add("/x/?a=1", "/about/").at("from")).isNotNull();
        assertThat(redirects.add("/x/", "/x/").at("to")).isNotNull();
        assertThat(site.app().stores().redirects().list(0, 10)).extracting(r -> r.from()).doesNotContain("/x/", "x");
    }

    private static String query(String location) {
        String query = URI.create(location).getRawQuery();
        return query == null ? "" : "?" + query;
    }

    private static ImportedItem item(String kind, String id, long target, String oldPath) {
        return new ImportedItem(OLD_SITE, kind, id, target, oldPath, null);
    }

    private static PageInput page(String title, String slug, Long parent) {
        return new PageInput(title, slug, HtmlSanitizer.sanitize("<p>" + title + "</p>"), null, true, parent, 0,
                false, null);
    }
}
