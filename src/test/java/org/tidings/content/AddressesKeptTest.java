package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.site.Urls;
import org.tidings.testing.Actors;
import org.tidings.testing.RunningSite;

/** Changed slugs, merges and deletes seen from the public site over HTTP. */
class AddressesKeptTest {

    @Test
    void aPublishedPostWhoseSlugChangesAnswers301AtItsOldAddress() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            long id = content.create(PostEditingTest.edit("Border town reopens", "", "b"), Actors.person(1L));
            content.publish(id);
            String oldPath = path(site, id);
            content.update(id, PostEditingTest.edit("Border town reopens", "border-town", "b"), Actors.person(1L));
            String newPath = path(site, id);
            assertThat(newPath).endsWith("/border-town/");
            assertMoved(site, oldPath, newPath);
            assertThat(site.page(newPath).select("main h1, main h2").text()).contains("Border town reopens");
        }
    }

    @Test
    void aRenamedCategoryAnswers301AtItsOldAddressAndPages() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            publish(content, "Aid story", List.of("Aid"), List.of());
            long aid = site.app().stores().categories().bySlug("aid").orElseThrow().id();
            content.terms().rename(Taxonomy.CATEGORY, aid, "Humanitarian aid", "");
            assertMoved(site, "/category/aid/", "/category/humanitarian-aid/");
            assertMoved(site, "/category/aid/page/2/", "/category/humanitarian-aid/page/2/");
            assertThat(site.page("/category/humanitarian-aid/").select("main h1").text())
                    .isEqualTo("Category: Humanitarian aid");
        }
    }

    @Test
    void mergingTagsMovesTheirPostsAndKeepsTheOldAddress() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            publish(content, "Tagged one", List.of(), List.of("defectors"));
            publish(content, "Tagged two", List.of(), List.of("defector", "defectors"));
            long from = site.app().stores().tags().bySlug("defector").orElseThrow().id();
            long into = site.app().stores().tags().bySlug("defectors").orElseThrow().id();
            content.terms().merge(Taxonomy.TAG, from, into);
            assertMoved(site, "/tag/defector/", "/tag/defectors/");
            assertThat(site.page("/tag/defectors/").select("main article")).hasSize(2);
            assertThat(site.app().stores().terms().byId(Taxonomy.TAG, into).orElseThrow().postCount()).isEqualTo(2);
        }
    }

    @Test
    void mergingACategoryIntoItsOwnChildKeepsTheTreeWhole() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            long parent = content.terms().create(Taxonomy.CATEGORY, "Korea", null).orThrow();
            long child = content.terms().create(Taxonomy.CATEGORY, "North", parent).orThrow();
            long grandchild = content.terms().create(Taxonomy.CATEGORY, "Pyongyang", child).orThrow();
            long sibling = content.terms().create(Taxonomy.CATEGORY, "South", parent).orThrow();
            publish(content, "Filed high", List.of("Korea"), List.of());
            content.terms().merge(Taxonomy.CATEGORY, parent, grandchild);
            var terms = site.app().stores().terms();
            assertThat(terms.byId(Taxonomy.CATEGORY, parent)).isEmpty();
            assertThat(terms.byId(Taxonomy.CATEGORY, grandchild).orElseThrow().parentId()).isNull();
            assertThat(terms.byId(Taxonomy.CATEGORY, child).orElseThrow().parentId()).isEqualTo(grandchild);
            assertThat(terms.byId(Taxonomy.CATEGORY, sibling).orElseThrow().parentId()).isEqualTo(grandchild);
            assertThat(site.page("/category/pyongyang/").select("main article")).hasSize(1);
            assertMoved(site, "/category/korea/", "/category/pyongyang/");
        }
    }

    @Test
    void aCategoryCannotBeFiledUnderItsOwnDescendant() {
        try (RunningSite site = RunningSite.start()) {
            Terms terms = site.app().content().terms();
            long parent = terms.create(Taxonomy.CATEGORY, "Top", null).orThrow();
            long child = terms.create(Taxonomy.CATEGORY, "Below", parent).orThrow();
            assertThat(terms.moveCategory(parent, child).at("parent")).contains("its own subcategory");
            assertThat(site.app().stores().terms().byId(Taxonomy.CATEGORY, parent).orElseThrow().parentId()).isNull();
        }
    }

    @Test
    void deletingAnAuthorKeepsTheirPostsWithoutAByline() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            long id = publish(content, "Still here", List.of(), List.of());
            long author = site.app().stores().authors().bySlug("min-ji-park").orElseThrow().id();
            content.terms().delete(Taxonomy.AUTHOR, author);
            assertThat(site.get("/author/min-ji-park/").statusCode()).isEqualTo(404);
            assertThat(site.page(path(site, id)).select("main").text()).contains("Still here");
            assertThat(site.app().stores().posts().byId(id).orElseThrow().authorId()).isNull();
        }
    }

    @Test
    void anUnpublishedPostLeavesThePublicSite() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            long id = publish(content, "Gone soon", List.of(), List.of());
            String path = path(site, id);
            assertThat(site.page("/").select("main article")).hasSize(1);
            content.unpublish(id);
            assertThat(site.get(path).statusCode()).isEqualTo(404);
            assertThat(site.page("/").select("main article")).isEmpty();
        }
    }

    static long publish(ContentService content, String title, List<String> categories, List<String> tags) {
        long id = content.create(new PostInput(title, "", Markdown.toSafeHtml("Body of " + title), "Body of " + title,
                "", null, "Min-ji Park", "Harbour Daily", "", categories, tags, null), Actors.person(1L));
        content.publish(id);
        return id;
    }

    static String path(RunningSite site, long id) {
        return Urls.post(site.app().stores().posts().byId(id).orElseThrow(), site.app().site().zone());
    }

    private static void assertMoved(RunningSite site, String from, String to) {
        HttpResponse<String> response = site.get(from);
        assertThat(response.statusCode()).as("GET " + from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(to));
    }
}
