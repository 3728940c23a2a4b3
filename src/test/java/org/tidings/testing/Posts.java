package org.tidings.testing;

import java.time.Instant;
import java.util.List;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;

/** Posts for tests, written the way editors and importers create them. */
public final class Posts {
    private Posts() {
    }

    /** A published post with one paragraph of {@code body} text, excerpted from {@code outlet}. */
    public static PostInput published(String title, String body, String outlet, List<String> categories, Instant when) {
        return new PostInput(title, "", HtmlSanitizer.sanitize("<p>" + body + "</p>"), null, "",
                new Publication(PostStatus.PUBLISHED, when, false), "Desk", outlet, null, categories, List.of(), null);
    }

    public static PostInput published(String title, String body) {
        return published(title, body, null, List.of(), Instant.parse("2024-05-01T09:00:00Z"));
    }

    public static PostInput draft(String title, String body) {
        return new PostInput(title, "", HtmlSanitizer.sanitize("<p>" + body + "</p>"), null, "",
                new Publication(PostStatus.DRAFT, null, false), "Desk", null, null, List.of(), List.of(), null);
    }
}
