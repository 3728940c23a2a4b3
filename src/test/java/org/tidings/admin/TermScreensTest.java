package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Markdown;
import org.tidings.content.PostInput;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** The management screens of categories, tags, outlets and authors over HTTP. */
class TermScreensTest {
    private static RunningSite site;
    private static AdminClient editor;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "manager", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void categoriesAreCreatedUnderAParentRenamedMovedAndShownAsATree() {
        assertThat(editor.submit("/admin/categories/", Map.of("name", "World")).statusCode()).isEqualTo(303);
        long world = site.app().stores().categories().bySlug("world").orElseThrow().id();
        assertThat(editor.submit("/admin/categories/", Map.of("name", "Asia", "parent", String.valueOf(world)))
                .statusCode()).isEqualTo(303);
        long asia = site.app().stores().categories().bySlug("asia").orElseThrow().id();
        Document page = editor.page("/admin/categories/");
        assertThat(page.select("ul.terms > li h2 a").eachText()).containsExactly("World", "\u2003Asia");
        HtmlCheck.save("admin-categories", page.outerHtml());
        assertThat(editor.submit("/admin/categories/" + asia + "/rename/", Map.of("name", "East Asia", "slug", "",
                "parent", "")).statusCode()).isEqualTo(303);
        var renamed = site.app().stores().terms().byId(Taxonomy.CATEGORY, asia).orElseThrow();
        assertThat(renamed.slug()).isEqualTo("east-asia");
        assertThat(renamed.parentId()).isNull();
        assertThat(site.get("/category/asia/").statusCode()).isEqualTo(301);
    }

    @Test
    void aRowIsReadFirstAndEditedOnItsOwnScreenWhereTheDescriptionIsKept() {
        long id = site.app().content().terms().create(Taxonomy.CATEGORY, "Climate desk", null).orThrow();
        Document list = editor.page("/admin/categories/");
        var row = list.select("#term-" + id);
        assertThat(row.select("form, input, select, textarea")).isEmpty();
        assertThat(row.text()).contains("Climate desk", "climate-desk", "0 post(s)");
        String edit = row.select("a.edit").attr("href");
        assertThat(edit).isEqualTo("/admin/categories/" + id + "/");

        Document screen = editor.page(edit);
        assertThat(screen.select("#name-" + id).val()).isEqualTo("Climate desk");
        assertThat(screen.select("textarea[name=description]")).hasSize(1);
        HtmlCheck.save("admin-category-edit", screen.outerHtml());
        assertThat(editor.submit("/admin/categories/" + id + "/rename/", Map.of("name", "Climate desk", "slug", "",
                "parent", "", "description", "Floods, droughts & the policies that follow.")).statusCode())
                .isEqualTo(303);
        assertThat(editor.page("/admin/categories/").select("#term-" + id + " .term-description").text())
                .isEqualTo("Floods, droughts & the policies that follow.");
        assertThat(editor.page(edit).select("textarea[name=description]").text())
                .isEqualTo("Floods, droughts & the policies that follow.");
        assertThat(site.get("/category/climate-desk/").body()).contains("Floods, droughts &amp; the policies");

        Document tooLong = Jsoup.parse(editor.submit("/admin/categories/" + id + "/rename/", Map.of("name", "Renamed",
                "slug", "", "parent", "", "description", "x".repeat(2001))).body());
        assertThat(tooLong.select("#description-" + id + "-problem").text()).contains("2000");
        assertThat(tooLong.select("textarea[name=description]").text()).as("the typed text is kept").hasSize(2001);
        assertThat(tooLong.select("#name-" + id).val()).isEqualTo("Renamed");
        assertThat(site.app().stores().categories().bySlug("climate-desk").orElseThrow().name())
                .isEqualTo("Climate desk");
        assertThat(editor.get("/admin/tags/999999/").statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedChangeSaysWhyAndChangesNothing() {
        editor.submit("/admin/tags/", Map.of("name", "famine"));
        editor.submit("/admin/tags/", Map.of("name", "food"));
        long food = site.app().stores().tags().bySlug("food").orElseThrow().id();
        HttpResponse<String> taken = editor.submit("/admin/tags/" + food + "/rename/", Map.of("name", "Famine",
                "slug", ""));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(taken.body()).select("[role=alert]").text()).contains("already exists");
        HttpResponse<String> nowhere = editor.submit("/admin/tags/" + food + "/merge/", Map.of("into", "no such tag"));
        assertThat(nowhere.statusCode()).isEqualTo(422);
        assertThat(site.app().stores().terms().byId(Taxonomy.TAG, food).orElseThrow().name()).isEqualTo("food");
        assertThat(editor.submit("/admin/tags/", Map.of("name", "  ")).statusCode()).isEqualTo(422);
        assertThat(editor.get("/admin/tags/999999/rename/").statusCode()).isEqualTo(404);
    }

    @Test
    void aProblemIsShownAtTheFieldOfTheFormThatWasSent() {
        editor.submit("/admin/tags/", Map.of("name", "Weather"));
        editor.submit("/admin/tags/", Map.of("name", "Climate"));
        long climate = site.app().stores().tags().bySlug("climate").orElseThrow().id();

        Document again = Jsoup.parse(editor.submit("/admin/tags/", Map.of("name", "weather")).body());
        assertThat(again.select("#new-name-problem").text()).isEqualTo("Tag \"weather\" already exists.");
        assertThat(again.select("#new-name").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#new-name").attr("aria-describedby")).isEqualTo("new-name-problem");
        assertThat(again.select("#term-" + climate + " input")).as("the list is read first: no row is a form")
                .isEmpty();

        Document renamed = Jsoup.parse(editor.submit("/admin/tags/" + climate + "/rename/",
                Map.of("name", "WEATHER", "slug", "")).body());
        assertThat(renamed.select("#name-" + climate + "-problem").text())
                .isEqualTo("Tag \"WEATHER\" already exists: merge into it instead.");
        assertThat(renamed.select("#new-name-problem")).isEmpty();

        Document merged = Jsoup.parse(editor.submit("/admin/tags/" + climate + "/merge/",
                Map.of("into", "Nowhere")).body());
        assertThat(merged.select("#into-" + climate + "-problem").text())
                .isEqualTo("There is no tag named \"Nowhere\" to merge into.");
        assertThat(merged.select(".field-problem")).hasSize(1);
    }

    @Test
    void outletsAreMergedAndAuthorsDeleted() {
        long post = site.app().content().create(new PostInput("Outlet story", "", Markdown.toSafeHtml("x"), "x", "",
                null, "Min-ji Park", "Harbour Daily", "", List.of(), List.of(), null), Actor.COMMAND_LINE);
        site.app().content().publish(post);
        editor.submit("/admin/outlets/", Map.of("name", "Harbour Daily Online"));
        long from = site.app().stores().sources().bySlug("harbour-daily").orElseThrow().id();
        assertThat(editor.submit("/admin/outlets/" + from + "/merge/", Map.of("into", "harbour daily online"))
                .statusCode()).isEqualTo(303);
        assertThat(site.app().stores().posts().byId(post).orElseThrow().sourceId())
                .isEqualTo(site.app().stores().sources().bySlug("harbour-daily-online").orElseThrow().id());
        assertThat(site.get("/source/harbour-daily/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/source/harbour-daily-online/"));
        long author = site.app().stores().authors().bySlug("min-ji-park").orElseThrow().id();
        assertThat(editor.submit("/admin/authors/" + author + "/delete/", Map.of("confirm", "yes")).statusCode()).isEqualTo(303);
        assertThat(site.app().stores().authors().bySlug("min-ji-park")).isEmpty();
        assertThat(site.app().stores().posts().byId(post)).isPresent();
    }

    @Test
    void mergingAnAuthorMovesTheAccountsThatWriteUnderIt() {
        long from = site.app().content().terms().create(Taxonomy.AUTHOR, "Desk", null).orThrow();
        site.app().content().terms().create(Taxonomy.AUTHOR, "News desk", null).orThrow();
        long user = site.app().stores().users().byUsername("manager").orElseThrow().id();
        site.app().stores().users().setAuthor(user, from);
        assertThat(editor.submit("/admin/authors/" + from + "/merge/", Map.of("into", "News desk")).statusCode())
                .isEqualTo(303);
        assertThat(site.app().stores().users().byId(user).orElseThrow().authorId())
                .isEqualTo(site.app().stores().authors().bySlug("news-desk").orElseThrow().id());
    }
}
