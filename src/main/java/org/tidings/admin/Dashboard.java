package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.List;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Actor;
import org.tidings.content.Author;
import org.tidings.content.ContentService;
import org.tidings.content.Markdown;
import org.tidings.content.PostDetails;
import org.tidings.content.PostInput;
import org.tidings.content.PostStatus;
import org.tidings.content.Problems;
import org.tidings.content.Role;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.store.ActivityStore;
import org.tidings.store.AdminPostFilter;
import org.tidings.store.Stores;

/**
 * The admin's start page at /admin/: what waits for review, the drafts, what is scheduled and
 * when, what people did lately, and a quick draft form. Contributors see only their own posts.
 */
public final class Dashboard {
    static final int SHOWN = 5;
    static final int ACTIVITY_SHOWN = 10;
    private static final int TITLE_LIMIT = 500;
    private final ContentService content;
    private final Stores stores;
    private final ActivityStore activity;
    private final Templates templates;

    public Dashboard(ContentService content, Stores stores, Templates templates) {
        this.content = content;
        this.stores = stores;
        this.activity = new ActivityStore(stores.database());
        this.templates = templates;
    }

    public AdminHandler show() {
        return (ctx, request) -> {
            String drafted = ctx.queryParam("drafted");
            AdminRequest shown = drafted == null ? request
                    : new AdminRequest(request.user(), request.csrfToken(), Messages.t("admin.dashboard.quick.saved"));
            render(ctx, shown, DashboardView.QuickDraft.EMPTY, HttpStatus.OK);
        };
    }

    /** Saves a title and text as a draft, owned by the user and under their byline; a refusal keeps both. */
    public AdminHandler quickDraft() {
        return (ctx, request) -> {
            String title = field(ctx, "title");
            String text = field(ctx, "text");
            Problems problems = Problems.NONE;
            if (title.isBlank()) {
                problems = problems.and("title", Messages.t("admin.dashboard.quick.titleMissing"));
            } else if (title.length() > TITLE_LIMIT) {
                problems = problems.and("title", Messages.t("admin.dashboard.quick.titleLong", TITLE_LIMIT));
            }
            if (!problems.isEmpty()) {
                render(ctx, request, new DashboardView.QuickDraft(title, text, problems),
                        HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            Actor actor = request.user().actor(ctx.ip());
            content.create(new PostInput(title, "", Markdown.toSafeHtml(text), text, "",
                    PostInput.Publication.draft(), byline(request.user()), "", "", List.of(), List.of(), null), actor);
            SafeRedirect.to(ctx, "/admin/?drafted", HttpStatus.SEE_OTHER);
        };
    }

    private void render(Context ctx, AdminRequest request, DashboardView.QuickDraft quickDraft, HttpStatus status) {
        CurrentUser user = request.user();
        Long owner = user.may(Role.EDITOR) ? null : user.id();
        ZoneId zone = stores.settings().siteZone();
        ctx.status(status).html(templates.render("admin/dashboard.jte", new DashboardView(
                request.page(Messages.t("admin.dashboard.title")),
                section(PostStatus.PENDING, owner, zone), section(PostStatus.DRAFT, owner, zone),
                section(PostStatus.SCHEDULED, owner, zone),
                DashboardActivity.lines(activity.recent(owner, ACTIVITY_SHOWN), zone), quickDraft)));
    }

    private DashboardView.Section section(PostStatus status, Long owner, ZoneId zone) {
        AdminPostFilter filter = new AdminPostFilter(status, null, null, null, owner, null);
        boolean scheduled = status == PostStatus.SCHEDULED;
        List<PostDetails> posts = scheduled ? stores.adminPosts().soonestFirst(filter, SHOWN)
                : stores.adminPosts().list(filter, SHOWN, 0);
        return new DashboardView.Section(posts.stream().map(details -> line(details, scheduled, zone)).toList(),
                stores.adminPosts().count(filter), "/admin/posts/?status=" + status.db());
    }

    private static DashboardView.PostLine line(PostDetails details, boolean scheduled, ZoneId zone) {
        var post = details.post();
        var at = scheduled && post.publishedAt() != null ? post.publishedAt() : post.updatedAt();
        return new DashboardView.PostLine("/admin/posts/" + post.id() + "/", DashboardActivity.titled(post.title()),
                details.author() == null ? "" : details.author().name(),
                Dates.minute(at, zone), at.toString());
    }

    private String byline(CurrentUser user) {
        return user.authorId() == null ? ""
                : stores.authors().all().stream().filter(a -> a.id() == user.authorId()).map(Author::name)
                        .findFirst().orElse("");
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
