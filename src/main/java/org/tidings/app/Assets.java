package org.tidings.app;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@code /assets/FILE}: the stylesheets, scripts (the admin's keyboard helpers) and icon in the jar's {@code public/} folder, read once
 * each. Javalin's classpath file server would do it too, but it mounts the whole jar as a file
 * system first, a third of a second of every start. Answered through {@link PageCache} like a
 * page, so assets get the same ETag, gzip and 304.
 */
final class Assets implements Handler {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|svg|js)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "js", "text/javascript; charset=utf-8");
    /** A day: the files change only with a new release. */
    private static final String CACHE_CONTROL = "public, max-age=86400";
    private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

    @Override
    public void handle(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] bytes = NAME.matcher(name).matches() ? files.computeIfAbsent(name, Assets::read).orElse(null) : null;
        if (bytes == null) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        ctx.result(bytes);
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/public/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + name, e);
        }
    }
}
