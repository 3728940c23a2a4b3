package org.tidings.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post's fields as every writer gives them: the editor, importers, the demo. The body is
 * {@link SafeHtml}, so nothing unsanitized can be stored. Names (byline, outlet, categories, tags)
 * are found or created by name; blank ones mean none.
 *
 * @param slug the wanted slug; blank: made from the title for a new post, kept for an existing one
 * @param markdown the Markdown the body was written in, kept to edit again; null when it came as HTML
 * @param publication status and date; null: a new post is a draft, an existing one keeps its own
 * @param importKey makes repeated imports add nothing; null for posts not imported
 * @param lang the language of the text ("ko", "en"...); blank: detected from the text on save
 */
public record PostInput(
        String title,
        String slug,
        SafeHtml body,
        String markdown,
        String excerpt,
        Publication publication,
        String byline,
        String sourceName,
        String sourceUrl,
        List<String> categoryNames,
        List<String> tagNames,
        String importKey,
        String lang) {

    public PostInput {
        title = strip(title);
        slug = strip(slug);
        Objects.requireNonNull(body, "body");
        excerpt = strip(excerpt);
        byline = strip(byline);
        sourceName = strip(sourceName);
        sourceUrl = strip(sourceUrl);
        categoryNames = clean(categoryNames);
        tagNames = clean(tagNames);
        lang = strip(lang);
    }

    /** A post whose language is detected from its text on save. */
    public PostInput(String title, String slug, SafeHtml body, String markdown, String excerpt,
            Publication publication, String byline, String sourceName, String sourceUrl, List<String> categoryNames,
            List<String> tagNames, String importKey) {
        this(title, slug, body, markdown, excerpt, publication, byline, sourceName, sourceUrl, categoryNames,
                tagNames, importKey, "");
    }

    /** The language to store: the one given, else the one its title and body are written in. */
    public String languageTag() {
        return lang.isEmpty() ? TextLanguage.ofPost(title, body.html()) : lang;
    }

    /** A post with only a title and a body; the other fields empty. */
    public static PostInput of(String title, SafeHtml body, Publication publication) {
        return new PostInput(title, "", body, null, "", publication, "", "", "", List.of(), List.of(), null);
    }

    /** The same post with another body (the same one, with its library images made responsive). */
    public PostInput withBody(SafeHtml newBody) {
        return new PostInput(title, slug, newBody, markdown, excerpt, publication, byline, sourceName, sourceUrl,
                categoryNames, tagNames, importKey, lang);
    }

    /** The text the body was written in: its Markdown, or its HTML. */
    public String source() {
        return markdown != null ? markdown : body.html();
    }

    /** A post's status and date, as an importer or a test sets them directly. */
    public record Publication(PostStatus status, Instant publishedAt, boolean dateUnknown) {
        public Publication {
            Objects.requireNonNull(status, "status");
        }

        public static Publication draft() {
            return new Publication(PostStatus.DRAFT, null, false);
        }

        public static Publication published(Instant at) {
            return new Publication(PostStatus.PUBLISHED, at, false);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> clean(List<String> names) {
        return names == null ? List.of()
                : names.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                        .toList();
    }
}
