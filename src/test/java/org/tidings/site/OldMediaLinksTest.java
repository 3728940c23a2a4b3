package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidings.store.ImportedItem;
import org.tidings.store.Stores;
import org.tidings.testing.TestDatabase;

/**
 * Old addresses of imported attachments (their attachment pages, {@code /?attachment_id=ID} and
 * their files under {@code /wp-content/uploads/}, resized copies included) lead to the media
 * library's copy, wherever the library serves it; without a library they name nothing.
 */
class OldMediaLinksTest {

    @Test
    void attachmentPagesAndUploadedFilesLeadToTheLibraryCopy() {
        try (TestDatabase db = TestDatabase.create()) {
            Stores stores = db.stores();
            db.content().imports().record(List.of(
                    new ImportedItem("http://old.example", "attachment", "30", 7L, "/2008/06/hello/photo/", null),
                    new ImportedItem("http://old.example", "file", "30", 7L, "/wp-content/uploads/2008/06/Photo.jpg",
                            null)));
            Site site = new Site("Test", "", "https://news.example", ZoneOffset.UTC);
            OldLinks library = new OldLinks(stores, site, id -> id == 7 ? Optional.of("/media/abc-960.jpg")
                    : Optional.empty());
            for (String path : List.of("/2008/06/hello/photo/", "/2008/06/hello/photo",
                    "/index.php/2008/06/hello/photo/",
                    "/wp-content/uploads/2008/06/Photo.jpg", "/wp-content/uploads/2008/06/Photo-150x150.jpg",
                    "/wp-content/uploads/2008/06/Photo-1024x768.jpg")) {
                assertThat(library.target(path, Map.of())).as(path).contains("/media/abc-960.jpg");
            }
            assertThat(library.target("/", Map.of("attachment_id", List.of("30")))).contains("/media/abc-960.jpg");
            assertThat(library.target("/", Map.of("p", List.of("30")))).contains("/media/abc-960.jpg");
            assertThat(library.target("/wp-content/uploads/2008/06/Other.jpg", Map.of())).isEmpty();

            OldLinks withoutLibrary = new OldLinks(stores, site, id -> Optional.empty());
            assertThat(withoutLibrary.target("/wp-content/uploads/2008/06/Photo.jpg", Map.of())).isEmpty();
            assertThat(withoutLibrary.target("/", Map.of("attachment_id", List.of("30")))).isEmpty();
        }
    }
}
