package org.tidings.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;

/** Builds known posts for tests through the same content path the product uses. */
public final class SampleContent {
    private SampleContent() {
    }

    /** Midnight UTC of a date, the time sample posts are published at. */
    public static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A published post with one paragraph of body text. */
    public static PostInput post(String title, Instant published, String author, String source, String sourceUrl,
            List<String> categories, List<String> tags) {
        return new PostInput(title, "", HtmlSanitizer.sanitize("<p>Body of " + title + ".</p>"), null, "",
                new Publication(PostStatus.PUBLISHED, published, false), author, source, sourceUrl, categories, tags,
                        null);
    }

    public static long publish(ContentService content, String title, Instant published, String author, String source,
            String sourceUrl, List<String> categories, List<String> tags) {
        return content.create(post(title, published, author, source, sourceUrl, categories, tags), Actor.COMMAND_LINE);
    }
}
