package org.tidings.admin;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tidings.app.Templates;
import org.tidings.content.Category;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.site.Urls;
import org.tidings.store.AdminPostFilter;
import org.tidings.store.Stores;

/**
 * {@code /admin/posts/}: every post a user may see (a contributor only their own), filtered by
 * status, byline, category and outlet, searched by title, 25 a page, newest change first.
 */
public final class PostList implements AdminHandler {
    static final int PAGE_SIZE = 25;
    private final Stores stores;
    private final Templates templates;

    public PostList(Stores stores, Templates templates) {
        this.stores = stores;
        this.templates = templates;
    }

    @Override
    public void handle(Context ctx, AdminRequest request) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : List.of("q", "status", "author", "category", "outlet")) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                chosen.put(name, value.strip());
            }
        }
        Long categoryId = number(chosen.get("category"));
        AdminPostFilter filter = new AdminPostFilter(status(chosen.get("status")), number(chosen.get("author")),
                categoryId == null ? null : stores.categories().withDescendants(categoryId),
                number(chosen.get("outlet")),
                request.user().may(Role.EDITOR) ? null : request.user().id(), chosen.get("q"));
        int total = stores.adminPosts().count(filter);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Long asked = number(ctx.queryParam("page"));
        int page = asked == null ? 1 : (int) Math.max(1, Math.min(pages, asked));
        List<PostDetails> posts = stores.adminPosts().list(filter, PAGE_SIZE, (page - 1) * PAGE_SIZE);
        ZoneId zone = stores.settings().siteZone();
        ctx.html(templates.render("admin/posts.jte", new PostListView(request.page(Messages.t("admin.posts.title")), chosen.getOrDefault("q", ""),
                statuses(chosen.get("status")),
                choices(stores.authors().all(), a -> a.id(), a -> a.name(), chosen.get("author")),
                choices(stores.categories().all(), Category::id, Category::name, chosen.get("category")),
                choices(stores.sources().all(), s -> s.id(), s -> s.name(), chosen.get("outlet")),
                posts.stream().map(details -> row(details, zone)).toList(), total,
                page > 1 ? link(chosen, page - 1) : null, page < pages ? link(chosen, page + 1) : null,
                Messages.t("admin.posts.pageOf", page, pages))));
    }

    private PostListView.Row row(PostDetails details, ZoneId zone) {
        var post = details.post();
        boolean published = post.status() == PostStatus.PUBLISHED;
        return new PostListView.Row(post.id(), DashboardActivity.titled(post.title()),
                Messages.t("admin.posts.status." + post.status().db()),
                details.author() == null ? "" : details.author().name(),
                details.source() == null ? "" : details.source().name(),
                details.categories().stream().map(Category::name).collect(Collectors.joining(", ")),
                publishDate(post, zone), Dates.minute(post.updatedAt(), zone),
                published ? Urls.post(post, zone) : "/admin/posts/" + post.id() + "/",
                Messages.t(published ? "admin.posts.view" : "admin.posts.edit"));
    }

    /** When it went or goes out; a draft has no date yet, an imported post may have lost its own. */
    private static String publishDate(Post post, ZoneId zone) {
        if (post.publishedAt() == null || post.status() == PostStatus.DRAFT || post.status() == PostStatus.PENDING) {
            return "";
        }
        return post.dateUnknown() ? Messages.t("admin.posts.dateUnknown") : Dates.minute(post.publishedAt(), zone);
    }

    private static List<PostFormView.Choice> statuses(String chosen) {
        List<PostFormView.Choice> choices = new ArrayList<>();
        for (PostStatus status : PostStatus.values()) {
            choices.add(new PostFormView.Choice(status.db(), Messages.t("admin.posts.status." + status.db()),
                    status.db().equals(chosen)));
        }
        return choices;
    }

    private static <T> List<PostFormView.Choice> choices(List<T> items, Function<T, Long> id, Function<T, String> name,
            String chosen) {
        return items.stream().map(item -> new PostFormView.Choice(String.valueOf(id.apply(item)), name.apply(item),
                String.valueOf(id.apply(item)).equals(chosen))).toList();
    }

    private static String link(Map<String, String> chosen, int page) {
        Map<String, String> query = new LinkedHashMap<>(chosen);
        query.put("page", String.valueOf(page));
        return "/admin/posts/?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static PostStatus status(String value) {
        for (PostStatus status : PostStatus.values()) {
            if (status.db().equals(value)) {
                return status;
            }
        }
        return null;
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
