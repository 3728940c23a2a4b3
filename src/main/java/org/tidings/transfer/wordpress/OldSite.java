package org.tidings.transfer.wordpress;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The site an export comes from: its address, normalised (scheme and host in lower case, no
 * trailing slash), which names it in {@code imported_items}, and the paths of its old links.
 */
record OldSite(String address) {

    /** The blog's address (where its links live), else the site's, else the channel's link. */
    static OldSite of(WxrChannel channel) {
        String url = !channel.baseBlogUrl().isBlank() ? channel.baseBlogUrl()
                : !channel.baseSiteUrl().isBlank() ? channel.baseSiteUrl() : channel.link();
        return new OldSite(normalise(url));
    }

    static String normalise(String url) {
        String trimmed = url.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return trimmed;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
                    + path;
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    /**
     * The path and query of {@code url} below the old site's address, as the file spells it
     * ({@code /2008/09/hello-world/}, {@code /?p=12}); null when it has none.
     */
    String path(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String link = url.strip();
        String rest;
        if (link.toLowerCase(Locale.ROOT).startsWith(address.toLowerCase(Locale.ROOT))) {
            rest = link.substring(address.length());
        } else {
            try {
                URI uri = new URI(link);
                rest = (uri.getRawPath() == null ? "" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (URISyntaxException e) {
                return null;
            }
        }
        rest = rest.replaceFirst("#.*$", "");
        String path = rest.startsWith("/") ? rest : "/" + rest;
        return path.length() > 1000 ? null : path;
    }

    /** The import key of an item of {@code kind} with {@code id} there: short, whatever the address. */
    String key(String kind, String id) {
        return "wxr:" + hash() + ":" + kind + ":" + id;
    }

    private String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
