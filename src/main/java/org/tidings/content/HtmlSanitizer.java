package org.tidings.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one gate every stored HTML fragment passes: formatting, links, lists, quotes, tables, images, and audio
 * and video players of our own files. Images may carry {@code srcset} and {@code sizes} only when every
 * candidate is a file of our own media library (see media/MediaImages), so a {@code srcset} never loads
 * anything from elsewhere.
 */
public final class HtmlSanitizer {
    // A path on this site: never another host ("//host", "/\host"), no blanks that browsers would drop first.
    private static final Pattern SAME_SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\x00-\\x20\\x7f]*");
    private static final String MEDIA_CANDIDATE = "/media/[0-9a-f]{32}-[0-9]{1,5}\\.(?:jpg|png) [0-9]{1,5}w";
    private static final Pattern MEDIA_SRCSET = Pattern.compile(MEDIA_CANDIDATE + "(?: ?, ?" + MEDIA_CANDIDATE + ")*");
    private static final Pattern SIZES = Pattern.compile("[0-9a-z ().,:+/-]{1,200}");
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "figure", "figcaption", "hr", "br", "pre", "code", "cite", "abbr", "time")
                    .allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowAttributes("datetime").onElements("time")
                    .allowAttributes("title").onElements("abbr")
                    .allowElements("audio", "video")
                    .allowAttributes("controls").onElements("audio", "video")
                    .allowAttributes("src").matching(SAME_SITE_PATH).onElements("audio", "video")
                    .allowElements("img")
                    .allowAttributes("srcset").matching(MEDIA_SRCSET).onElements("img")
                    .allowAttributes("sizes").matching(SIZES).onElements("img")
                    .allowAttributes("loading").matching(true, "lazy", "eager").onElements("img")
                    .allowAttributes("decoding").matching(true, "async", "auto", "sync").onElements("img")
                    .toFactory());

    private HtmlSanitizer() {
    }

    /** {@code html} with everything outside the policy removed; null counts as empty. */
    public static SafeHtml sanitize(String html) {
        return new SafeHtml(html == null ? "" : POLICY.sanitize(html));
    }
}
