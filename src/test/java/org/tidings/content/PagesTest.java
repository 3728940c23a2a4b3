package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tidings.testing.TestDatabase;

/** Simple pages: written through the one write path, ordered for the menu, re-imported without copies. */
class PagesTest {

    @Test
    void publishedPagesInTheMenuComeInMenuOrderAndDraftsStayOut() {
        try (TestDatabase db = TestDatabase.create()) {
            Pages pages = db.content().pages();
            pages.create(page("Contact", true, 2, null));
            long about = pages.create(page("About us", true, 1, null));
            pages.create(page("Unfinished", false, 0, null));
            assertThat(db.stores().pages().menu()).extracting(Page::title).containsExactly("About us", "Contact");
            assertThat(db.stores().pages().bySlug("about-us")).map(Page::id).contains(about);
            assertThat(db.stores().database().changeLog().latest()).isEqualTo(3);
        }
    }

    @Test
    void aReImportedPageIsUpdatedNotCopied() {
        try (TestDatabase db = TestDatabase.create()) {
            Pages pages = db.content().pages();
            long first = pages.createOrUpdate(page("About", true, 0, "wxr:site:page:2"));
            long again = pages.createOrUpdate(page("About the team", true, 0, "wxr:site:page:2"));
            assertThat(again).isEqualTo(first);
            assertThat(db.stores().pages().all()).extracting(Page::title).containsExactly("About the team");
        }
    }

    @Test
    void aPageCannotBecomeItsOwnAncestor() {
        try (TestDatabase db = TestDatabase.create()) {
            Pages pages = db.content().pages();
            long parent = pages.create(page("Parent", true, 0, null));
            long child = pages.create(new PageInput("Child", "", HtmlSanitizer.sanitize("<p>c</p>"), null, true, parent,
                    0, true, null));
            assertThatThrownBy(() -> pages.update(parent, new PageInput("Parent", "", HtmlSanitizer.sanitize("<p>p</p>"),
                    null, true, child, 0, true, null))).isInstanceOf(InvalidInputException.class);
            assertThat(pages.page(parent).parentId()).isNull();
        }
    }

    private static PageInput page(String title, boolean published, int order, String importKey) {
        return new PageInput(title, "", HtmlSanitizer.sanitize("<p>" + title + "</p>"), null, published, null, order,
                true, importKey);
    }
}
