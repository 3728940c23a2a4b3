package org.tidings.curation.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/** Reads the headers a poller cares about; a malformed one counts as absent. */
final class HeaderValues {
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';,\\s]+)");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,10}");

    private HeaderValues() {
    }

    static ResponseHeaders read(HttpResponse response, Clock clock) {
        String contentType = value(response, "Content-Type");
        return new ResponseHeaders(value(response, "ETag"), value(response, "Last-Modified"),
                maxAge(value(response, "Cache-Control")), retryAfter(value(response, "Retry-After"), clock),
                contentType, charset(contentType));
    }

    static Duration maxAge(String cacheControl) {
        Matcher m = cacheControl == null ? null : MAX_AGE.matcher(cacheControl.toLowerCase(Locale.ROOT));
        return m != null && m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
    }

    /** Retry-After as a wait from now: delay-seconds, or an HTTP date (a date past counts as no wait). */
    static Duration retryAfter(String value, Clock clock) {
        if (value == null) {
            return null;
        }
        if (SECONDS.matcher(value).matches()) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            ZonedDateTime date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), date.toInstant());
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String charset(String contentType) {
        Matcher m = contentType == null ? null : CHARSET.matcher(contentType);
        return m != null && m.find() ? m.group(1) : null;
    }

    private static String value(HttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null || header.getValue().isBlank() ? null : header.getValue().strip();
    }
}
