package org.tidings.media;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.regex.Pattern;
import org.tidings.store.MediaStore;

/**
 * {@code /media/HASH-WIDTH.ext} (or {@code /media/HASH.pdf}): a file of the library, read from the
 * database. Its name is the hash of its content, so it never changes and may be kept for a year.
 * Logged-out readers get it through the page cache like any public page (with its own strong
 * ETag and 304s); editors get it straight, with an ETag that is its name.
 */
public final class MediaFilePage implements Handler {
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}(?:-[0-9]{1,5})?\\.(?:jpg|png|pdf)");
    private final MediaStore store;

    public MediaFilePage(MediaStore store) {
        this.store = store;
    }

    @Override
    public void handle(Context ctx) {
        String name = ctx.pathParam("file");
        StoredFile stored = NAME.matcher(name).matches() ? store.file(name).orElse(null) : null;
        if (stored == null) {
            throw new NotFoundResponse();
        }
        String etag = "\"" + name + "\"";
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("ETag", etag);
        ctx.header("X-Content-Type-Options", "nosniff");
        if (stored.file().contentType().equals("application/pdf")) {
            ctx.header("Content-Disposition", "inline; filename=\"" + name + "\"");
        }
        ctx.contentType(stored.file().contentType());
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.result(stored.bytes());
    }
}
