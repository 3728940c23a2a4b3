package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.tidings.app.SafeRedirect;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaLibrary;
import org.tidings.media.MediaSnippets;
import org.tidings.app.Templates;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.EditablePost;
import org.tidings.content.PostStatus;
import org.tidings.content.Problems;
import org.tidings.content.Role;
import org.tidings.store.Stores;

/**
 * The post editor at {@code /admin/posts/new/} and {@code /admin/posts/ID/}: shows the form,
 * previews it (a submit button, no script), saves it and moves the post to the status asked for.
 */
public final class PostEditor {
    private final ContentService content;
    private final Stores stores;
    private final PostStatusChange statusChange;
    private final PostFormViews views;
    private final Templates templates;
    private final MediaLibrary library;
    private final AuditLog audit;

    public PostEditor(ContentService content, Stores stores, MediaLibrary library, AuditLog audit, Templates templates) {
        this.content = content;
        this.stores = stores;
        this.library = library;
        this.audit = audit;
        this.statusChange = new PostStatusChange(content, stores, audit);
        this.views = new PostFormViews(stores);
        this.templates = templates;
    }

    public AdminHandler newForm() {
        return (ctx, request) -> {
            String byline = request.user().authorId() == null ? "" : stores.authors().all().stream()
                    .filter(a -> a.id() == request.user().authorId()).map(a -> a.name()).findFirst().orElse("");
            render(ctx, views.of(request.page("New post"), null, PostForm.blank(byline), request, Problems.NONE, null),
                    HttpStatus.OK);
        };
    }

    public AdminHandler editForm() {
        return (ctx, request) -> {
            EditablePost post = PostAccess.load(ctx, request, stores.editor());
            String notice = ctx.queryParam("saved") != null ? "Saved." : null;
            AdminPage page = new AdminPage("Edit post", request.user(), request.csrfToken(),
                    notice != null ? notice : request.notice());
            Long featured = library.featured(post.post().id()).map(MediaItem::id).orElse(null);
            render(ctx, views.of(page, post, PostForm.of(post, views.publishAt(post), featured), request, Problems.NONE,
                    null),
                    HttpStatus.OK);
        };
    }

    public AdminHandler create() {
        return (ctx, request) -> submit(ctx, request, null);
    }

    public AdminHandler save() {
        return (ctx, request) -> {
            EditablePost post = PostAccess.load(ctx, request, stores.editor());
            if (!PostAccess.mayEdit(request, post)) {
                throw new ForbiddenResponse("This post is " + post.post().status().db()
                        + ": only editors change it now.");
            }
            submit(ctx, request, post);
        };
    }

    private void submit(Context ctx, AdminRequest request, EditablePost post) {
        PostForm form = PostForm.read(ctx, stores.categories().all());
        if (ctx.formParam("insert") != null) {
            insertImage(ctx, request, post, form);
            return;
        }
        ZoneId zone = stores.settings().siteZone();
        Problems problems = form.problems(request.user().may(Role.EDITOR), zone, content.clock().instant());
        boolean preview = ctx.formParam("preview") != null;
        if (preview || !problems.isEmpty()) {
            AdminPage page = request.page(post == null ? "New post" : "Edit post");
            PostFormView view = views.of(page, post, form, request, problems, preview ? form.preview() : null);
            render(ctx, view, problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        Actor actor = request.user().actor(ctx.ip());
        long id;
        if (post == null) {
            id = content.create(form.toInput(), actor);
        } else {
            id = post.post().id();
            content.update(id, form.toInput(), actor);
        }
        redate(ctx, request, post, id, form, zone);
        if (!Objects.equals(form.featuredMediaId(), library.featured(id).map(MediaItem::id).orElse(null))) {
            library.setFeatured(id, form.featuredMediaId());
        }
        Instant when = form.status() == PostStatus.SCHEDULED ? form.publishInstant(zone) : null;
        statusChange.apply(ctx, request.user(), id, form.status(), when);
        SafeRedirect.to(ctx, "/admin/posts/" + id + "/?saved", HttpStatus.SEE_OTHER);
    }

    /**
     * Gives the post the date typed, when it is not being scheduled (scheduling dates it itself)
     * and the date is not the one the form showed: a backdate, a correction, or the real date of a
     * post whose date was unknown.
     */
    private void redate(Context ctx, AdminRequest request, EditablePost post, long id, PostForm form, ZoneId zone) {
        Instant when = form.publishInstant(zone);
        Instant shown = post == null || post.post().dateUnknown() || post.post().publishedAt() == null ? null
                : post.post().publishedAt().truncatedTo(ChronoUnit.SECONDS);
        if (form.status() == PostStatus.SCHEDULED || when == null || when.equals(shown)) {
            return;
        }
        content.redate(id, when, form.moveAddress());
        if (post != null && post.post().pathDate() != null) {
            audit.record(ctx, request.user(), AuditEvent.POST_REDATED, PostStatusChange.subject(post.post()) + " to "
                    + when + (form.moveAddress() ? ", address moved" : ", address kept"));
        }
    }

    /** Adds the chosen library image to the end of the body (as Markdown or HTML) and shows the form again, unsaved. */
    private void insertImage(Context ctx, AdminRequest request, EditablePost post, PostForm form) {
        Long chosen = PostForm.id(ctx.formParam("insert_media"));
        MediaItem item = chosen == null ? null : library.find(chosen).orElse(null);
        PostForm changed = item == null ? form
                : form.withBodyEnding(form.markdown() ? MediaSnippets.markdown(item) : MediaSnippets.html(item));
        AdminPage page = request.page(post == null ? "New post" : "Edit post");
        Problems problems = item == null ? Problems.of("insert_media", "Choose an image to insert.") : Problems.NONE;
        render(ctx, views.of(page, post, changed, request, problems, null),
                item == null ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
    }

    private void render(Context ctx, PostFormView view, HttpStatus status) {
        ctx.status(status).html(templates.render("admin/post-edit.jte", view));
    }
}
