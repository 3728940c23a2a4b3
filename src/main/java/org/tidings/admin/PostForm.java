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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import org.tidings.content.BodyFormat;
import org.tidings.content.Category;
import org.tidings.content.EditablePost;
import org.tidings.content.PostInput;
import org.tidings.content.PostStatus;
import org.tidings.content.Problems;
import org.tidings.content.SafeHtml;
import org.tidings.content.Slugs;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;

/**
 * The editor's form as typed: the post's fields with the body as written (Markdown or HTML), the
 * status asked for, and the post's date (a {@code datetime-local} value in the site's zone: the
 * time to publish at when scheduling, else the date it shows, which may be in the past), with
 * whether a published post's address moves to a new date. {@code lang} is the post's language tag,
 * blank to detect it from the text on save. {@link #toInput()} makes what is stored of it.
 */
public record PostForm(String title, String slug, String body, BodyFormat format, String excerpt, String byline,
        String sourceName, String sourceUrl, List<String> categoryNames, List<String> tagNames, PostStatus status,
        String publishAt, boolean moveAddress, Long featuredMediaId, String lang) {
    /** What the store makes the slug of an untitled post from (see PostStore). */
    private static final String UNTITLED_SLUG = "post";
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
                PostStatus.DRAFT, "", false, null, "");
    }

    /**
     * The form of a saved post: Markdown when it was written in Markdown, its HTML otherwise. The
     * slug of a post never public that was made from its title shows blank, so it is made again
     * from the title as it stands at each save (an untitled or autosaved draft's is provisional).
     */
    static PostForm of(EditablePost post, String publishAt, Long featuredMediaId) {
        boolean markdown = post.markdown() != null;
        return new PostForm(post.post().title(), madeFromTitle(post) ? "" : post.post().slug(),
                markdown ? post.markdown() : post.post().bodyHtml(),
                markdown ? BodyFormat.MARKDOWN : BodyFormat.HTML, post.post().excerpt(), post.bylineName(),
                post.sourceName(), post.post().sourceUrl(),
                post.details().categories().stream().map(Category::name).toList(),
                post.details().tags().stream().map(t -> t.name()).toList(), post.post().status(), publishAt,
                false, featuredMediaId, post.post().lang());
    }

    /** Reads the request's form. */
    static PostForm read(Context ctx, List<Category> categories) {
        return read(ctx.formParamMap(), categories);
    }

    /**
     * Reads a form's fields; category checkboxes carry ids, which only name categories that exist.
     * The status is the one the pressed button names (Publish, Schedule, Save draft...), else the
     * {@code status} field's.
     */
    static PostForm read(Map<String, List<String>> fields, List<Category> categories) {
        List<Long> checked = fields.getOrDefault("category", List.of()).stream().map(PostForm::id)
                .filter(Objects::nonNull).toList();
        List<String> categoryNames = categories.stream().filter(c -> checked.contains(c.id())).map(Category::name).toList();
        BodyFormat format = "html".equals(value(fields, "format")) ? BodyFormat.HTML : BodyFormat.MARKDOWN;
        PostStatus status = status(value(fields, "save")).or(() -> status(value(fields, "status")))
                .orElse(PostStatus.DRAFT);
        return new PostForm(value(fields, "title"), value(fields, "slug"), value(fields, "body"), format,
                value(fields, "excerpt"), value(fields, "byline"), value(fields, "source"), value(fields, "source_url"),
                categoryNames, Arrays.asList(value(fields, "tags").split(",")), status, value(fields, "publish_at"),
                "on".equals(value(fields, "move_address")), id(value(fields, "featured_media")),
                value(fields, "lang"));
    }

    private static Optional<PostStatus> status(String value) {
        return Arrays.stream(PostStatus.values()).filter(s -> s.db().equals(value)).findFirst();
    }

    /** The same form as a draft: what autosave stores, whatever button the editor will press later. */
    PostForm asDraft() {
        return new PostForm(title, slug, body, format, excerpt, byline, sourceName, sourceUrl, categoryNames, tagNames,
                PostStatus.DRAFT, publishAt, moveAddress, featuredMediaId, lang);
    }

    /** The same form with {@code snippet} (an image's Markdown or HTML) added as a paragraph at the end of the body. */
    PostForm withBodyEnding(String snippet) {
        String joined = body.isBlank() ? snippet : body.stripTrailing() + "\n\n" + snippet;
        return new PostForm(title, slug, joined, format, excerpt, byline, sourceName, sourceUrl, categoryNames, tagNames,
                status, publishAt, moveAddress, featuredMediaId, lang);
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

    /**
     * What is wrong with the form for this user, each at its field, in the site's {@code language};
     * empty when it can be saved. A draft may be untitled: the title is needed to go public.
     */
    Problems problems(boolean editor, ZoneId zone, Instant now, Language language) {
        Problems problems = Problems.NONE;
        boolean goesPublic = status == PostStatus.PUBLISHED || status == PostStatus.SCHEDULED;
        if (title.isEmpty() && goesPublic) {
            problems = problems.and("title", Messages.text(language, "editor.problem.title.missing"));
        } else if (title.length() > 300) {
            problems = problems.and("title", Messages.text(language, "editor.problem.title.long"));
        }
        if (!lang.isEmpty() && Language.ofTag(lang).isEmpty()) {
            problems = problems.and("lang", Messages.text(language, "admin.post.lang.unknown"));
        }
        if (!sourceUrl.isEmpty() && !isWebAddress(sourceUrl)) {
            problems = problems.and("source_url", Messages.text(language, "editor.problem.source_url"));
        }
        if (!sourceUrl.isEmpty() && sourceName.isEmpty()) {
            problems = problems.and("source", Messages.text(language, "editor.problem.source"));
        }
        if (!editor && goesPublic) {
            problems = problems.and("status", Messages.text(language, "editor.problem.status"));
        }
        return problems.and(dateProblems(zone, now, language));
    }

    /** What is wrong with the date: a scheduled post needs one to come, a published one cannot have one to come. */
    private Problems dateProblems(ZoneId zone, Instant now, Language language) {
        Instant when = publishInstant(zone);
        if (when == null && (status == PostStatus.SCHEDULED || !publishAt.isEmpty())) {
            return Problems.of("publish_at", Messages.text(language, "time.editor.date.unreadable"));
        }
        if (status == PostStatus.SCHEDULED && !when.isAfter(now)) {
            return Problems.of("publish_at", Messages.text(language, "time.editor.date.passed"));
        }
        if (status == PostStatus.PUBLISHED && when != null && when.isAfter(now)) {
            return Problems.of("publish_at", Messages.text(language, "time.editor.date.toCome"));
        }
        return Problems.NONE;
    }

    /** The date typed, in {@code zone}; null when it is missing or not a date-time. */
    Instant publishInstant(ZoneId zone) {
        try {
            return LocalDateTime.parse(publishAt).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean madeFromTitle(EditablePost post) {
        PostStatus status = post.post().status();
        if (status == PostStatus.PUBLISHED || status == PostStatus.SCHEDULED || post.post().publishedAt() != null) {
            return false;
        }
        String fromTitle = Slugs.slugify(post.post().title(), UNTITLED_SLUG);
        return Pattern.compile(Pattern.quote(fromTitle) + "(-\\d+)?").matcher(post.post().slug()).matches();
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

    private static String value(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    static Long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
