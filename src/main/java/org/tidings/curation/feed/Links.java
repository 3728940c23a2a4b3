package org.tidings.curation.feed;

import java.net.URI;

/** URLs in feeds, made absolute where a base is known. */
final class Links {
    private Links() {
    }

    /** {@code link} resolved against {@code base}; as given when either is not a usable URL; null when blank. */
    static String absolute(String link, String base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.isAbsolute() || base == null) {
                return trimmed;
            }
            return new URI(base).resolve(uri).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return trimmed;
        }
    }
}
