package org.tidings.curation.feed;

import java.util.Locale;
import org.tidings.i18n.Wording;

/**
 * Reads a feed of any kind Tidings follows: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 (through Rome) and
 * JSON Feed 1.0/1.1. Never resolves a DOCTYPE or entity; forgives what forgiving readers forgive;
 * every other failure is a {@link FeedParseException} naming the feed.
 */
public final class FeedParser {
    private FeedParser() {
    }

    /**
     * @param feedName the feed's URL (the base of its relative links when absolute) or another name
     *     for messages
     * @param contentType the HTTP Content-Type header, or null
     */
    public static ParsedFeed parse(String feedName, byte[] bytes, String contentType) {
        try {
            return read(feedName, bytes, contentType);
        } catch (FeedParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // a library's bug on a strange feed must not stop a poller's loop over the others
            throw new FeedParseException(feedName, Wording.of("curation.parse.failed", e.toString()), e);
        }
    }

    private static ParsedFeed read(String feedName, byte[] bytes, String contentType) {
        String base = feedName != null && feedName.matches("(?i)https?://.+") ? feedName : null;
        if (looksLikeJson(bytes, contentType)) {
            return JsonFeeds.read(feedName, FeedText.decode(bytes, null), base);
        }
        String text = FeedText.clean(FeedText.decode(bytes, contentType));
        if (text.isBlank()) {
            throw new FeedParseException(feedName, Wording.of("curation.parse.empty"));
        }
        return XmlFeeds.read(feedName, text, base);
    }

    private static boolean looksLikeJson(byte[] bytes, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }
}
