package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.tidings.content.EditablePost;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.store.EditorStore;

/**
 * Loads the post named by the {@code id} in a URL for the logged-in user. Another's post is
 * answered as missing (404) for a contributor, so changing an id in a URL reveals nothing.
 */
final class PostAccess {
    private PostAccess() {
    }

    static EditablePost load(Context ctx, AdminRequest request, EditorStore editor) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
        return editor.editable(id)
                .filter(post -> request.user().mayChange(post.ownerUserId()))
                .orElseThrow(NotFoundResponse::new);
    }

    /** Whether the user may change the post as it stands: contributors only until it is scheduled or published. */
    static boolean mayEdit(AdminRequest request, EditablePost post) {
        PostStatus status = post.post().status();
        return request.user().may(Role.EDITOR) || status == PostStatus.DRAFT || status == PostStatus.PENDING;
    }
}
