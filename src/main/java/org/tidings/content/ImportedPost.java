package org.tidings.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post as a bulk importer writes it: terms and byline already resolved to ids, its times as the
 * old site had them. {@code slug} is the wanted slug (blank: from the title).
 *
 * @param publishedAt null for a draft whose date was never fixed
 * @param modifiedAt when the old site last changed it; null: now
 */
public record ImportedPost(
        String importKey,
        String title,
        String slug,
        SafeHtml body,
        String excerpt,
        PostStatus status,
        Instant publishedAt,
        boolean dateUnknown,
        Instant modifiedAt,
        Long authorId,
        List<Long> categoryIds,
        List<Long> tagIds,
        boolean sticky) {

    public ImportedPost {
        Objects.requireNonNull(importKey, "importKey");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title.strip();
        slug = slug == null ? "" : slug.strip();
        excerpt = excerpt == null ? "" : excerpt.strip();
        categoryIds = List.copyOf(categoryIds.stream().distinct().toList());
        tagIds = List.copyOf(tagIds.stream().distinct().toList());
    }

    /** The language its title and body are written in (WXR exports do not say per post). */
    public String languageTag() {
        return TextLanguage.ofPost(title, body.html());
    }
}
