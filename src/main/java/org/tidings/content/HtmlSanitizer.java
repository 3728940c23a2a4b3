package org.tidings.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** The one gate every stored HTML fragment passes: formatting, links, lists, quotes, tables, images. */
public final class HtmlSanitizer {
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
                    .toFactory());

    private HtmlSanitizer() {
    }

    /** {@code html} with everything outside the policy removed; null counts as empty. */
    public static SafeHtml sanitize(String html) {
        return new SafeHtml(html == null ? "" : POLICY.sanitize(html));
    }
}
