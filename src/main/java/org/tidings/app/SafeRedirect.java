package org.tidings.app;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * The one way Tidings answers with a redirect: every Location it sends is a path on this site
 * that no browser reads as another host. Browsers take {@code //host}, {@code /\host}, and
 * either with tabs or newlines inside, for a link to another site; servers (ours included)
 * decode {@code %2f}, {@code %5c} and {@code %2e} into separators and dots, which turns a
 * harmless-looking path into such a link one hop later. So separators and dots are made plain
 * and collapsed before the path is sent, whoever built it: a handler, a stored redirect or a form.
 */
public final class SafeRedirect {
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("%(2[fF]|5[cC])");
    private static final Pattern ENCODED_DOT = Pattern.compile("%2[eE]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern EDGE_CONTROLS = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    private SafeRedirect() {
    }

    /** Answers {@code status} (a 3xx) with a Location of {@code target} made safe by {@link #location}. */
    public static void to(Context ctx, String target, HttpStatus status) {
        ctx.redirect(location(target), status);
    }

    /**
     * {@code target} (a path, optionally with a query) as a Location on this site: it starts with
     * one slash and then no slash or backslash, has no dot segments and no control characters.
     * A target that is not a path (say {@code https://elsewhere/}) becomes a path of this site.
     */
    public static String location(String target) {
        String cleaned = INVISIBLE.matcher(EDGE_CONTROLS.matcher(target == null ? "" : target).replaceAll(""))
                .replaceAll("");
        int queryAt = cleaned.indexOf('?');
        String path = queryAt < 0 ? cleaned : cleaned.substring(0, queryAt);
        String query = queryAt < 0 ? "" : cleaned.substring(queryAt);
        return escaped(plainPath(path)) + escaped(query);
    }

    /**
     * {@code path} with every spelling of a separator made a plain slash ({@code \}, {@code %2f},
     * {@code %5c}), {@code %2e} made a dot, runs of slashes collapsed, and {@code .} and {@code ..}
     * segments resolved; always starting with a single slash.
     */
    public static String plainPath(String path) {
        String plain = ENCODED_DOT.matcher(ENCODED_SEPARATOR.matcher(path).replaceAll("/")).replaceAll(".")
                .replace('\\', '/');
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = SLASHES.matcher("/" + plain).replaceAll("/").split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                kept.pollLast();
            } else if (!segment.equals(".")) {
                kept.addLast(segment);
                continue;
            }
            if (last) {
                kept.addLast("");
            }
        }
        return "/" + String.join("/", kept);
    }

    /** Percent-encodes what may not stand in a Location as it is: controls, spaces, quotes, non-ASCII. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
