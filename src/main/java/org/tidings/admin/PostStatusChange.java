package org.tidings.admin;

import io.javalin.http.Context;
import java.time.Instant;
import org.tidings.content.ContentService;
import org.tidings.content.Post;
import org.tidings.content.PostStatus;
import org.tidings.store.Stores;

/** Moves a saved post to the status the form asked for, and records publishing events in the audit log. */
final class PostStatusChange {
    private final ContentService content;
    private final Stores stores;
    private final AuditLog audit;

    PostStatusChange(ContentService content, Stores stores, AuditLog audit) {
        this.content = content;
        this.stores = stores;
        this.audit = audit;
    }

    /** {@code when} is the time to publish at, for {@link PostStatus#SCHEDULED}. */
    void apply(Context ctx, CurrentUser user, long id, PostStatus wanted, Instant when) {
        Post post = stores.posts().byId(id).orElseThrow();
        PostStatus was = post.status();
        switch (wanted) {
            case DRAFT -> {
                if (was != PostStatus.DRAFT) {
                    content.unpublish(id);
                }
            }
            case PENDING -> {
                if (was != PostStatus.PENDING) {
                    content.submitForReview(id);
                }
            }
            case SCHEDULED -> {
                content.schedule(id, when);
                audit.record(ctx, user, AuditEvent.POST_SCHEDULED, subject(post) + " at " + when);
            }
            case PUBLISHED -> {
                if (was != PostStatus.PUBLISHED) {
                    content.publish(id);
                    audit.record(ctx, user, AuditEvent.POST_PUBLISHED, subject(post));
                }
            }
        }
        if (was == PostStatus.PUBLISHED && wanted != PostStatus.PUBLISHED) {
            audit.record(ctx, user, AuditEvent.POST_UNPUBLISHED, subject(post));
        }
    }

    static String subject(Post post) {
        return "post " + post.id() + " \"" + post.title() + "\"";
    }
}
