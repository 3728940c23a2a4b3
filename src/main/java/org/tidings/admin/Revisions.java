package org.tidings.admin;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.ContentService;
import org.tidings.content.EditablePost;
import org.tidings.content.Revision;
import org.tidings.content.RevisionDiff;
import org.tidings.content.User;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.store.Stores;

/** {@code /admin/posts/ID/revisions/}: every saved revision of a post; compare two; restore one. */
public final class Revisions {
    private final ContentService content;
    private final Stores stores;
    private final Templates templates;

    public Revisions(ContentService content, Stores stores, Templates templates) {
        this.content = content;
        this.stores = stores;
        this.templates = templates;
    }

    /** The list; with {@code ?from=A&to=B}, the changes from revision A to revision B. */
    public AdminHandler list() {
        return (ctx, request) -> {
            EditablePost post = PostAccess.load(ctx, request, stores.editor());
            List<Revision> revisions = stores.revisions().ofPost(post.post().id());
            Optional<Revision> from = chosen(revisions, ctx.queryParam("from"));
            Optional<Revision> to = chosen(revisions, ctx.queryParam("to"));
            RevisionDiff diff = from.isPresent() && to.isPresent() ? RevisionDiff.between(from.get(), to.get()) : null;
            Map<Long, String> names = stores.users().all().stream()
                    .collect(Collectors.toMap(User::id, User::username));
            var zone = stores.settings().siteZone();
            List<RevisionsView.Row> rows = revisions.stream().map(r -> new RevisionsView.Row(r.id(),
                    Dates.second(r.createdAt(), zone),
                    r.userId() == null ? Messages.t("admin.revisions.import") : names.getOrDefault(r.userId(), Messages.t("admin.revisions.deleted_account")),
                    r.content().title(), from.map(f -> f.id() == r.id()).orElse(false),
                    to.map(t -> t.id() == r.id()).orElse(false))).toList();
            String comparing = diff == null ? null : Messages.t("words.revisions.comparing", from.get().id(), to.get().id());
            ctx.html(templates.render("admin/revisions.jte", new RevisionsView(request.page(Messages.t("admin.revisions.title")),
                    post.post().id(), post.post().title(), rows, diff, comparing, PostAccess.mayEdit(request, post))));
        };
    }

    /** {@code POST .../revisions/REV/restore/}: brings the revision back as a new save. */
    public AdminHandler restore() {
        return (ctx, request) -> {
            EditablePost post = PostAccess.load(ctx, request, stores.editor());
            if (!PostAccess.mayEdit(request, post)) {
                throw new ForbiddenResponse(Messages.t("words.posts.onlyEditorsChange", post.post().status().db(),
                    Messages.t("editor.status." + post.post().status().db())));
            }
            Revision revision = chosen(stores.revisions().ofPost(post.post().id()), ctx.pathParam("revision"))
                    .orElseThrow(NotFoundResponse::new);
            content.restore(post.post().id(), revision.id(), request.user().actor(ctx.ip()));
            SafeRedirect.to(ctx, "/admin/posts/" + post.post().id() + "/?saved", HttpStatus.SEE_OTHER);
        };
    }

    private static Optional<Revision> chosen(List<Revision> revisions, String id) {
        return revisions.stream().filter(r -> String.valueOf(r.id()).equals(id)).findFirst();
    }
}
