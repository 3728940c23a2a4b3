package org.tidings.app;

import java.util.Locale;

/**
 * What kind of page a request asked for, told from its path alone: a fixed set, so metrics by
 * route stay a few series whatever addresses clients make up. {@link #OPS} marks the server's
 * own health and metrics endpoints, which metrics leave out.
 */
enum RouteKind {
    HOME, POST, ARCHIVE, FEED, SITEMAP, SEARCH, ASSET, ADMIN, OPS, OTHER;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The value of the {@code route} label. */
    String label() {
        return label;
    }

    /** The kind of {@code path}; cheap enough for every request (no regular expressions, no copies). */
    static RouteKind of(String path) {
        if (path == null || path.isEmpty() || path.equals("/") || path.startsWith("/page/")) {
            return HOME;
        }
        if (path.equals("/healthz") || path.equals("/readyz") || path.equals("/metrics")) {
            return OPS;
        }
        if (path.startsWith("/feed/") || path.equals("/feed") || path.contains("/feed/") || path.endsWith("/feed")) {
            return FEED;
        }
        if (path.startsWith("/sitemap") || path.equals("/robots.txt")) {
            return SITEMAP;
        }
        if (path.startsWith("/search")) {
            return SEARCH;
        }
        if (path.startsWith("/assets/") || path.startsWith("/media/")) {
            return ASSET;
        }
        if (path.startsWith("/admin")) {
            return ADMIN;
        }
        if (path.startsWith("/category/") || path.startsWith("/tag/") || path.startsWith("/author/")
                || path.startsWith("/source/") || path.startsWith("/archive/")) {
            return ARCHIVE;
        }
        if (digits(path, 1, 4) && path.length() > 5 && path.charAt(5) == '/') {
            return isPostPath(path) ? POST : ARCHIVE;
        }
        return OTHER;
    }

    /** {@code /YYYY/MM/DD/SLUG/}, as opposed to a year's or a month's archive. */
    private static boolean isPostPath(String path) {
        return digits(path, 6, 2) && path.length() > 12 && path.charAt(8) == '/' && digits(path, 9, 2)
                && path.charAt(11) == '/';
    }

    private static boolean digits(String text, int from, int count) {
        if (text.length() < from + count) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
