package org.tidings.admin;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tidings.content.BodyFormat;
import org.tidings.content.Category;
import org.tidings.content.EditablePost;
import org.tidings.content.PostInput;
import org.tidings.content.PostStatus;
import org.tidings.content.Problems;
import org.tidings.content.SafeHtml;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;

/**
 * The editor's form as typed: the post's fields with the body as written (Markdown or HTML), the
 * status asked for, and the time to publish at (a {@code datetime-local} value in the site's
 * zone, used when scheduling). {@code lang} is the post's language tag, blank to detect it from the
 * text on save. {@link #toInput()} makes what is stored of it.
 */
public record PostForm(String title, String slug, String body, BodyFormat format, String excerpt, String byline,
        String sourceName, String sourceUrl, List<String> categoryNames, List<String> tagNames, PostStatus status,
        String publishAt, Long featuredMediaId, String lang) {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    public PostForm {
        title = strip(title);
        slug = strip(slug);
        body = body == null ? "" : body;
        format = format == null ? BodyFormat.MARKDOWN : format;
        excerpt = strip(excerpt);
        byline = strip(byline);
        sourceName = strip(sourceName);
        sourceUrl = strip(sourceUrl);
        categoryNames = categoryNames == null ? List.of() : List.copyOf(categoryNames);
        tagNames = tagNames == null ? List.of()
                : tagNames.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        status = status == null ? PostStatus.DRAFT : status;
        publishAt = strip(publishAt);
        lang = strip(lang);
    }

    /** A new post's empty form, signed with {@code byline}. */
    static PostForm blank(String byline) {
        return new PostForm("", "", "", BodyFormat.MARKDOWN, "", byline, "", "", List.of(), List.of(),
                PostStatus.DRAFT, "", null, "");
    }

    /** The form of a saved post: Markdown when it was written in Markdown, its HTML otherwise. */
    static PostForm of(EditablePost post, String publishAt, Long featuredMediaId) {
        boolean markdown = post.markdown() != null;
        return new PostForm(post.post().title(), post.post().slug(),
                markdown ? post.markdown() : post.post().bodyHtml(),
                markdown ? BodyFormat.MARKDOWN : BodyFormat.HTML, post.post().excerpt(), post.bylineName(),
                post.sourceName(), post.post().sourceUrl(),
                post.details().categories().stream().map(Category::name).toList(),
                post.details().tags().stream().map(t -> t.name()).toList(), post.post().status(), publishAt,
                featuredMediaId, post.post().lang());
    }

    /** Reads the form; category checkboxes carry ids, which only name categories that exist. */
    static PostForm read(Context ctx, List<Category> categories) {
        List<Long> checked = ctx.formParams("category").stream().map(PostForm::id).filter(Objects::nonNull).toList();
        List<String> categoryNames = categories.stream().filter(c -> checked.contains(c.id())).map(Category::name).toList();
        BodyFormat format = "html".equals(ctx.formParam("format")) ? BodyFormat.HTML : BodyFormat.MARKDOWN;
        PostStatus status = Arrays.stream(PostStatus.values()).filter(s -> s.db().equals(ctx.formParam("status")))
                .findFirst().orElse(PostStatus.DRAFT);
        return new PostForm(value(ctx, "title"), value(ctx, "slug"), value(ctx, "body"), format,
                value(ctx, "excerpt"), value(ctx, "byline"), value(ctx, "source"), value(ctx, "source_url"),
                categoryNames, Arrays.asList(value(ctx, "tags").split(",")), status, value(ctx, "publish_at"),
                id(value(ctx, "featured_media")), value(ctx, "lang"));
    }

    /** The same form with {@code snippet} (an image's Markdown or HTML) added as a paragraph at the end of the body. */
    PostForm withBodyEnding(String snippet) {
        String joined = body.isBlank() ? snippet : body.stripTrailing() + "\n\n" + snippet;
        return new PostForm(title, slug, joined, format, excerpt, byline, sourceName, sourceUrl, categoryNames, tagNames,
                status, publishAt, featuredMediaId, lang);
    }

    public boolean markdown() {
        return format == BodyFormat.MARKDOWN;
    }

    /** The body as it would be stored and shown. */
    SafeHtml preview() {
        return format.toSafeHtml(body);
    }

    /** What is stored of the form: the body sanitized; a blank slug made from the title; the status set apart. */
    PostInput toInput() {
        return new PostInput(title, slug.isEmpty() ? title : slug, preview(), markdown() ? body : null, excerpt, null,
                byline, sourceName, sourceUrl, categoryNames, tagNames, null, lang);
    }

    /** What is wrong with the form for this user, each at its field; empty when it can be saved. */
    Problems problems(boolean editor, ZoneId zone, Instant now) {
        Problems problems = Problems.NONE;
        if (title.isEmpty()) {
            problems = problems.and("title", "Give the post a title.");
        } else if (title.length() > 300) {
            problems = problems.and("title", "The title is longer than 300 characters.");
        }
        if (!lang.isEmpty() && Language.ofTag(lang).isEmpty()) {
            problems = problems.and("lang", Messages.t("admin.post.lang.unknown"));
        }
        if (!sourceUrl.isEmpty() && !isWebAddress(sourceUrl)) {
            problems = problems.and("source_url", "The original article URL must start with http:// or https://.");
        }
        if (!sourceUrl.isEmpty() && sourceName.isEmpty()) {
            problems = problems.and("source", "Name the outlet the original article comes from.");
        }
        if (!editor && (status == PostStatus.PUBLISHED || status == PostStatus.SCHEDULED)) {
            problems = problems.and("status",
                    "Only editors publish or schedule posts: save it as a draft or submit it for review.");
        }
        if (status == PostStatus.SCHEDULED) {
            Instant when = publishInstant(zone);
            if (when == null) {
                problems = problems.and("publish_at",
                        "Give the date and time to publish at, such as 2026-05-01T09:30.");
            } else if (!when.isAfter(now)) {
                problems = problems.and("publish_at",
                        "The time to publish at has passed: choose a later one, or publish now.");
            }
        }
        return problems;
    }

    /** The time to publish at, or null when it is missing or not a date-time. */
    Instant publishInstant(ZoneId zone) {
        try {
            return LocalDateTime.parse(publishAt).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    static Long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
