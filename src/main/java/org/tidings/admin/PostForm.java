package org.tidings.admin;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tidings.content.BodyFormat;
import org.tidings.content.Category;
import org.tidings.content.PostEdit;
import org.tidings.content.PostStatus;

/**
 * The editor's form as sent: the post's content, the status asked for, and the time to publish
 * at (a {@code datetime-local} value in the site's zone, used when scheduling).
 */
record PostForm(PostEdit edit, PostStatus status, String publishAt) {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** Reads the form; category checkboxes carry ids, which only name categories that exist. */
    static PostForm read(Context ctx, List<Category> categories) {
        List<Long> checked = ctx.formParams("category").stream().map(PostForm::id).filter(Objects::nonNull).toList();
        List<String> categoryNames = categories.stream().filter(c -> checked.contains(c.id())).map(Category::name).toList();
        List<String> tags = Arrays.asList(value(ctx, "tags").split(","));
        BodyFormat format = "html".equals(ctx.formParam("format")) ? BodyFormat.HTML : BodyFormat.MARKDOWN;
        PostEdit edit = new PostEdit(value(ctx, "title"), value(ctx, "slug"), value(ctx, "body"), format,
                value(ctx, "excerpt"), value(ctx, "byline"), value(ctx, "source"), value(ctx, "source_url"),
                categoryNames, tags);
        PostStatus status = Arrays.stream(PostStatus.values()).filter(s -> s.db().equals(ctx.formParam("status")))
                .findFirst().orElse(PostStatus.DRAFT);
        return new PostForm(edit, status, value(ctx, "publish_at"));
    }

    /** What is wrong with the form for this user, fit to show on it. */
    List<String> problems(boolean editor, ZoneId zone, Instant now) {
        List<String> problems = new ArrayList<>(edit.problems());
        if (!editor && (status == PostStatus.PUBLISHED || status == PostStatus.SCHEDULED)) {
            problems.add("Only editors publish or schedule posts: save it as a draft or submit it for review.");
        }
        if (status == PostStatus.SCHEDULED) {
            Instant when = publishInstant(zone);
            if (when == null) {
                problems.add("Give the date and time to publish at, such as 2026-05-01T09:30.");
            } else if (!when.isAfter(now)) {
                problems.add("The time to publish at has passed: choose a later one, or publish now.");
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

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    private static Long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
