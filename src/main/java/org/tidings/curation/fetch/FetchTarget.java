package org.tidings.curation.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An http or https URL taken apart by hand: java.net.URI gives no host for names such as
 * {@code 0x7f.1}, which must still be checked as the address they spell.
 */
record FetchTarget(URI uri, String scheme, String host, int port, String pathAndQuery) {

    /** The target {@code url} names, or null when it is not an http(s) URL with a host. */
    static FetchTarget parse(String url) {
        try {
            URI uri = new URI(encodeIllegal(url.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String authority = uri.getRawAuthority();
            if (!(scheme.equals("http") || scheme.equals("https")) || authority == null) {
                return null;
            }
            String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = hostPort.lastIndexOf(':');
            boolean hasPort = colon > hostPort.lastIndexOf(']');
            String host = (hasPort ? hostPort.substring(0, colon) : hostPort).toLowerCase(Locale.ROOT);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port = hasPort && colon < hostPort.length() - 1 ? Integer.parseInt(hostPort.substring(colon + 1))
                    : scheme.equals("https") ? 443 : 80;
            if (host.isEmpty() || port < 1 || port > 65535) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new FetchTarget(uri, scheme, host, port, path + query);
        } catch (URISyntaxException | NumberFormatException e) {
            return null;
        }
    }

    /** The URL as fetched, without its fragment. */
    String url() {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    /** Where a Location header leads from here. */
    String resolve(String location) {
        try {
            return uri.resolve(new URI(encodeIllegal(location))).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return location; // parse() will call it a bad URL
        }
    }

    /** Percent-encodes what servers send in URLs but RFC 3986 forbids: spaces, non-ASCII and a few signs. */
    static String encodeIllegal(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
