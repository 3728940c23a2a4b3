package org.tidings.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tidings.content.ContentService;
import org.tidings.store.PostFilter;
import org.tidings.testing.RunningSite;

class DemoContentTest {
    @Test
    void aNewcomerSeesALivingSiteWithCategoriesAuthorsAndOutlets() {
        try (RunningSite site = RunningSite.withDemo()) {
            assertThat(site.app().stores().posts().countPublished(PostFilter.all())).isEqualTo(30);
            Document home = site.page("/");
            assertThat(home.title()).startsWith("Tidings Demo");
            assertThat(home.select("main article")).hasSize(10);
            assertThat(home.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/page/2/");
            assertThat(home.select(".source")).isNotEmpty();
            Document parent = site.page("/category/refugees/");
            Document child = site.page("/category/resettlement/");
            assertThat(parent.select("main article").size()).isGreaterThan(child.select("main article").size());
            assertThat(site.page(home.select(".byline a[rel=author]").attr("href")).select("main h1").text())
                    .startsWith("Author: ");
        }
    }

    @Test
    void demoContentIsNotAddedToASiteThatHasPosts() {
        try (RunningSite site = RunningSite.withDemo()) {
            ContentService content = site.app().content();
            assertThat(DemoContent.fillIfEmpty(content, site.app().stores())).isZero();
            assertThat(site.app().stores().posts().countPublished(PostFilter.all())).isEqualTo(30);
        }
    }
}
