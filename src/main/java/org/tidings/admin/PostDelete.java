package org.tidings.admin;

import org.tidings.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.ContentService;
import org.tidings.content.EditablePost;
import org.tidings.store.Stores;

/**
 * {@code POST /admin/posts/ID/delete/}: first asks (a page naming the post), then with
 * {@code confirm=yes} deletes it (a contributor only their own unpublished one).
 */
public final class PostDelete implements AdminHandler {
    private final ContentService content;
    private final Stores stores;
    private final AuditLog audit;
    private final Templates templates;
    private final DeleteQuestions questions;

    public PostDelete(ContentService content, Stores stores, AuditLog audit, Templates templates) {
        this.content = content;
        this.stores = stores;
        this.audit = audit;
        this.templates = templates;
        this.questions = new DeleteQuestions(stores);
    }

    @Override
    public void handle(Context ctx, AdminRequest request) {
        EditablePost post = PostAccess.load(ctx, request, stores.editor());
        if (!PostAccess.mayEdit(request, post)) {
            throw new ForbiddenResponse(Messages.t("words.posts.onlyEditorsDelete", post.post().status().db(),
                    Messages.t("editor.status." + post.post().status().db())));
        }
        if (!DeleteQuestions.confirmed(ctx)) {
            ctx.html(templates.render("admin/delete-question.jte", questions.post(request, post.post())));
            return;
        }
        content.delete(post.post().id());
        audit.record(ctx, request.user(), AuditEvent.POST_DELETED, PostStatusChange.subject(post.post()));
        SafeRedirect.to(ctx, "/admin/posts/", HttpStatus.SEE_OTHER);
    }
}
