package org.tidings.app;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tidings.site.OldLinks;
import org.tidings.site.Urls;

/**
 * Answers 301 for a page path that is not canonical: missing trailing slash, or upper case; an old
 * address spelled so (an import's {@code /archives/12}, {@code /wp-content/uploads/Photo.JPG})
 * goes straight to where it lives now, in one hop. The health and metrics endpoints keep the
 * exact paths tools ask for.
 */
final class CanonicalPaths {
    private final OldLinks oldLinks;

    CanonicalPaths(OldLinks oldLinks) {
        this.oldLinks = oldLinks;
    }

    void redirectIfNeeded(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return;
        }
        String path = ctx.path();
        if (RouteKind.of(path) == RouteKind.OPS) {
            return;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        boolean isFile = lastSegment.contains(".");
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String lower = decoded.toLowerCase(Locale.ROOT);
        boolean wrongCase = !lower.equals(decoded);
        boolean missingSlash = !isFile && !path.endsWith("/");
        if (!wrongCase && !missingSlash) {
            return;
        }
        String query = ctx.queryString();
        String target = oldLinks.target(ctx).orElseGet(() -> {
            String canonical = (wrongCase ? encode(lower) : path) + (missingSlash ? "/" : "");
            return query == null ? canonical : canonical + "?" + query;
        });
        SafeRedirect.to(ctx, target, HttpStatus.MOVED_PERMANENTLY);
        ctx.skipRemainingHandlers();
    }

    private static String encode(String decodedPath) {
        return Arrays.stream(decodedPath.split("/", -1)).map(Urls::segment).collect(Collectors.joining("/"));
    }
}
