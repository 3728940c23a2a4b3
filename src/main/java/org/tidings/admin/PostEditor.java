package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import org.tidings.site.Json;
import org.tidings.site.Site;
import org.tidings.store.Stores;

/**
 * The post editor at {@code /admin/posts/new/} and {@code /admin/posts/ID/}: shows the form,
 * saves it and moves the post to the status its button names; previews it in the public theme
 * (a submit button opening a new tab, no script needed); autosaves drafts for editor.js; and
 * opens a form kept when it came after the session had ended.
 */
public final class PostEditor {
    private final ContentService content;
    private final Stores stores;
    private final PostStatusChange statusChange;
    private final PostFormViews views;
    private final Templates templates;
    private final MediaLibrary library;
    private final AuditLog audit;
    private final PostPreview preview;
    private final ExpiredSave expiredSave;

    public PostEditor(ContentService content, Stores stores, MediaLibrary library, Admin admin, Templates templates,
            Site site) {
        this.content = content;
        this.stores = stores;
        this.library = library;
        this.audit = admin.audit();
        this.statusChange = new PostStatusChange(content, stores, audit);
        this.views = new PostFormViews(stores);
        this.templates = templates;
        this.preview = new PostPreview(stores, library, site, templates);
        this.expiredSave = admin.expiredSave();
    }

    public AdminHandler newForm() {
        return (ctx, request) -> render(ctx, views.of(page(request, null, request.notice()), null,
                PostForm.blank(ownByline(request)), request, Problems.NONE), HttpStatus.OK);
    }

    public AdminHandler editForm() {
        return (ctx, request) -> {
            EditablePost post = PostAccess.load(ctx, request, stores.editor());
            String notice = ctx.queryParam("saved") != null ? text("editor.saved") : request.notice();
            Long featured = library.featured(post.post().id()).map(MediaItem::id).orElse(null);
            render(ctx, views.of(page(request, post, notice), post, PostForm.of(post, views.publishAt(post), featured),
                    request, Problems.NONE), HttpStatus.OK);
        };
    }

    /** {@code /admin/posts/ID/preview/}: the post as saved, in the public theme. */
    public AdminHandler savedPreview() {
        return (ctx, request) -> {
            EditablePost post = PostAccess.load(ctx, request, stores.editor());
            preview.saved(ctx, post.post().id(), "/admin/posts/" + post.post().id() + "/");
        };
    }

    /** {@code /admin/post-at/ADDRESS}: the editor of the post at a public address (the "Edit" link of a post page). */
    public AdminHandler editorOfAddress() {
        return (ctx, request) -> {
            String[] segments = ctx.pathParam("address").split("/");
            String slug = segments.length == 0 ? "" : segments[segments.length - 1];
            long id = stores.posts().bySlug(slug).flatMap(p -> stores.editor().editable(p.id()))
                    .filter(p -> request.user().mayChange(p.ownerUserId()))
                    .orElseThrow(NotFoundResponse::new).post().id();
            SafeRedirect.to(ctx, "/admin/posts/" + id + "/", HttpStatus.SEE_OTHER);
        };
    }

    /** {@code /admin/posts/ID/kept/KEY/}: the editor holding a form kept when the session had ended, to save again. */
    public AdminHandler keptForm() {
        return (ctx, request) -> {
            String idParam = ctx.pathParam("id");
            EditablePost post = idParam.equals("new") ? null : PostAccess.load(ctx, request, stores.editor());
            String action = post == null ? "/admin/posts/new/" : "/admin/posts/" + post.post().id() + "/";
            String key = ctx.pathParam("key");
            KeptForms.Kept kept = expiredSave.kept().find(key, action).filter(k -> expiredSave.keptFor(ctx, key))
                    .orElseThrow(NotFoundResponse::new);
            PostForm form = PostForm.read(kept.fields(), stores.categories().all());
            render(ctx, views.of(page(request, post, text("editor.kept.notice")), post, form, request, Problems.NONE),
                    HttpStatus.OK);
        };
    }

    public AdminHandler create() {
        return (ctx, request) -> submit(ctx, request, null);
    }

    public AdminHandler save() {
        return (ctx, request) -> submit(ctx, request, changeable(ctx, request));
    }

    /**
     * {@code POST /admin/posts/new/autosave/} and {@code /admin/posts/ID/autosave/}, for editor.js:
     * stores the form as a draft through the one write path and answers the post's editor address
     * as JSON. Only drafts are autosaved: a published, scheduled or pending post changes only when
     * its editor presses a button (409). A form with problems is not stored (422).
     */
    public AdminHandler autosave() {
        return (ctx, request) -> {
            EditablePost post = ctx.pathParam("id").equals("new") ? null : changeable(ctx, request);
            if (post != null && post.post().status() != PostStatus.DRAFT) {
                answer(ctx, HttpStatus.CONFLICT, null, text("editor.autosave.notDraft"));
                return;
            }
            PostForm form = PostForm.read(ctx, stores.categories().all()).asDraft();
            Problems problems = problems(form, request);
            if (!problems.isEmpty()) {
                answer(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, String.join(" ", problems.messages()));
                return;
            }
            long id = store(ctx, request, post, form);
            answer(ctx, HttpStatus.OK, "/admin/posts/" + id + "/", text("editor.autosave.saved"));
        };
    }

    /** What the autosave tells editor.js: the saved post's editor address (null: not saved), and what to say. */
    private static void answer(Context ctx, HttpStatus status, String editor, String message) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("editor", editor);
        answer.put("message", message);
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(answer));
    }

    private EditablePost changeable(Context ctx, AdminRequest request) {
        EditablePost post = PostAccess.load(ctx, request, stores.editor());
        if (!PostAccess.mayEdit(request, post)) {
            throw new ForbiddenResponse(text("editor.readOnly"));
        }
        return post;
    }

    private void submit(Context ctx, AdminRequest request, EditablePost post) {
        PostForm form = PostForm.read(ctx, stores.categories().all());
        if (ctx.formParam("insert") != null) {
            insertImage(ctx, request, post, form);
            return;
        }
        if (ctx.formParam("preview") != null) {
            preview.typed(ctx, form, post == null ? null : post.post().id(),
                    post == null ? "/admin/posts/new/" : "/admin/posts/" + post.post().id() + "/");
            return;
        }
        Problems problems = problems(form, request);
        if (!problems.isEmpty()) {
            render(ctx, views.of(page(request, post, null), post, form, request, problems),
                    HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        long id = store(ctx, request, post, form);
        redate(ctx, request, post, id, form, stores.settings().siteZone());
        Instant when = form.status() == PostStatus.SCHEDULED ? form.publishInstant(stores.settings().siteZone()) : null;
        statusChange.apply(ctx, request.user(), id, form.status(), when);
        SafeRedirect.to(ctx, "/admin/posts/" + id + "/?saved", HttpStatus.SEE_OTHER);
    }

    /** Saves the form's content (not its status) as a new post or over {@code post}; returns the post's id. */
    private long store(Context ctx, AdminRequest request, EditablePost post, PostForm form) {
        Actor actor = request.user().actor(ctx.ip());
        long id;
        if (post == null) {
            id = content.create(form.toInput(), actor);
        } else {
            id = post.post().id();
            content.update(id, form.toInput(), actor);
        }
        if (!Objects.equals(form.featuredMediaId(), library.featured(id).map(MediaItem::id).orElse(null))) {
            library.setFeatured(id, form.featuredMediaId());
        }
        return id;
    }

    private Problems problems(PostForm form, AdminRequest request) {
        ZoneId zone = stores.settings().siteZone();
        return form.problems(request.user().may(Role.EDITOR), zone, content.clock().instant(), language());
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
        Problems problems = item == null ? Problems.of("insert_media", text("editor.problem.insert_media"))
                : Problems.NONE;
        render(ctx, views.of(page(request, post, null), post, changed, request, problems),
                item == null ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
    }

    private String ownByline(AdminRequest request) {
        Long authorId = request.user().authorId();
        return authorId == null ? "" : stores.authors().all().stream()
                .filter(a -> a.id() == authorId).map(a -> a.name()).findFirst().orElse("");
    }

    private AdminPage page(AdminRequest request, EditablePost post, String notice) {
        return new AdminPage(text(post == null ? "editor.title.new" : "editor.title.edit"), request.user(),
                request.csrfToken(), notice);
    }

    private Language language() {
        return stores.settings().siteLanguage();
    }

    private String text(String key) {
        return Messages.text(language(), key);
    }

    private void render(Context ctx, PostFormView view, HttpStatus status) {
        ctx.status(status).html(templates.render("admin/post-edit.jte", view));
    }
}
