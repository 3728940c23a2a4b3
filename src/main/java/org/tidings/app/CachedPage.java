package org.tidings.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * One rendered public page as it was sent, ready to be sent again: the headers every copy
 * carries, the plain body, and the same body gzipped once (null when that would not help).
 */
record CachedPage(PageCache.Generation generation, List<HttpField> headers, Variant plain, Variant gzip) {
    /** Readers and a CDN may keep a page a minute, and serve it a minute longer while they check it. */
    static final String PUBLIC = "public, max-age=60, stale-while-revalidate=60";
    private static final int MIN_GZIP_SIZE = 256;
    private static final int ENTRY_OVERHEAD = 1024;

    /**
     * One encoding of the page: its bytes, its strong ETag, and the headers that describe the
     * bytes. The bytes live outside the heap, so the socket is written from them with no copy.
     */
    record Variant(ByteBuffer content, String etag, HttpField etagField, List<HttpField> entityFields) {
        static Variant of(byte[] body, String etag, String contentType, String encoding) {
            List<HttpField> fields = new ArrayList<>();
            if (contentType != null) {
                fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType));
            }
            if (encoding != null) {
                fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, encoding));
            }
            fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, body.length));
            ByteBuffer content = ByteBuffer.allocateDirect(body.length).put(body).flip().asReadOnlyBuffer();
            return new Variant(content, etag, new PreEncodedHttpField(HttpHeader.ETAG, etag), List.copyOf(fields));
        }

        /** The bytes to send, for one response: a view of its own over the shared buffer. */
        ByteBuffer body() {
            return content.duplicate();
        }

        /** A copy of the bytes on the heap. */
        byte[] bytes() {
            byte[] bytes = new byte[content.capacity()];
            content.duplicate().get(bytes);
            return bytes;
        }
    }

    /**
     * A page from what its handler made: {@code captured} are the headers already on the response
     * (security headers and the handler's own), {@code cacheControl} null for the public default.
     */
    static CachedPage of(PageCache.Generation generation, List<HttpField> captured, String contentType,
            String cacheControl, byte[] body) {
        List<HttpField> headers = new ArrayList<>(captured);
        headers.add(new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, cacheControl == null ? PUBLIC : cacheControl));
        headers.add(new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding, Cookie"));
        headers.add(new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, generation.httpDate()));
        String etag = etag(body);
        byte[] gzipped = isText(contentType) && body.length >= MIN_GZIP_SIZE ? gzip(body) : null;
        // A different representation needs a different strong ETag (RFC 9110 8.8.3).
        Variant gzip = gzipped != null && gzipped.length < body.length
                ? Variant.of(gzipped, etag.substring(0, etag.length() - 1) + "-gz\"", contentType, "gzip") : null;
        return new CachedPage(generation, List.copyOf(headers), Variant.of(body, etag, contentType, null), gzip);
    }

    /** Roughly what this entry holds on to, for the cache's memory budget. */
    long size() {
        return plain.content().capacity() + (gzip == null ? 0 : gzip.content().capacity()) + ENTRY_OVERHEAD;
    }

    private static boolean isText(String contentType) {
        return contentType != null && (contentType.startsWith("text/") || contentType.contains("xml")
                || contentType.contains("json") || contentType.contains("javascript"));
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        // Compressed once per page, not per request, so the smallest output is worth the time.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
