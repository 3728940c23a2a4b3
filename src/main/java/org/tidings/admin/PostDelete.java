package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import org.tidings.content.ContentService;
import org.tidings.content.EditablePost;

/** {@code POST /admin/posts/ID/delete/}: deletes a post (a contributor only their own unpublished one). */
public final class PostDelete implements AdminHandler {
    private final ContentService content;
    private final AuditLog audit;

    public PostDelete(ContentService content, AuditLog audit) {
        this.content = content;
        this.audit = audit;
    }

    @Override
    public void handle(Context ctx, AdminRequest request) {
        EditablePost post = PostAccess.load(ctx, request, content.stores().editor());
        if (!PostAccess.mayEdit(request, post)) {
            throw new ForbiddenResponse("This post is " + post.post().status().db() + ": only editors delete it now.");
        }
        content.delete(post.post().id());
        audit.record(ctx, request.user(), AuditEvent.POST_DELETED, PostStatusChange.subject(post.post()));
        ctx.redirect("/admin/posts/", HttpStatus.SEE_OTHER);
    }
}
