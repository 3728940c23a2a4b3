package org.tidings.app;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Decides how to answer a request for a cached page: which encoding, and whether 304 will do. */
final class ConditionalGet {
    private ConditionalGet() {
    }

    /** The variant to send, and whether the reader's copy is current so no body is needed. */
    record Reply(CachedPage.Variant variant, boolean notModified) {
    }

    static Reply decide(CachedPage page, String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {
        CachedPage.Variant variant = page.gzip() != null && acceptsGzip(acceptEncoding) ? page.gzip() : page.plain();
        return new Reply(variant, isNotModified(page, ifNoneMatch, ifModifiedSince));
    }

    /** If-None-Match decides when present (RFC 9110 13.2.2); If-Modified-Since only when the date is exact. */
    private static boolean isNotModified(CachedPage page, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String plain = tag.strip();
                plain = plain.startsWith("W/") ? plain.substring(2) : plain;
                if (plain.equals("*") || plain.equals(page.plain().etag())
                        || (page.gzip() != null && plain.equals(page.gzip().etag()))) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null || !page.generation().lastModifiedExact()) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !page.generation().lastModified().isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            int semicolon = coding.indexOf(';');
            String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).strip();
            boolean refused = semicolon >= 0 && coding.substring(semicolon + 1).replace(" ", "").matches("q=0(\\.0*)?");
            if ((name.equalsIgnoreCase("gzip") || name.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }
}
