package org.tidings.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one gate every stored HTML fragment passes: formatting, links, lists, quotes, tables, images, and audio
 * and video players of our own files.
 */
public final class HtmlSanitizer {
    // A path on this site: never another host ("//host", "/\host"), no blanks that browsers would drop first.
    private static final Pattern SAME_SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\x00-\\x20\\x7f]*");
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
                    .toFactory());

    private HtmlSanitizer() {
    }

    /** {@code html} with everything outside the policy removed; null counts as empty. */
    public static SafeHtml sanitize(String html) {
        return new SafeHtml(html == null ? "" : POLICY.sanitize(html));
    }
}
