package org.tidings.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Turns a Markdown body into HTML fit to store: CommonMark (raw HTML allowed), then the sanitizer. */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private Markdown() {
    }

    /** The sanitized HTML of {@code markdown}; pasted HTML passes the same sanitizer. */
    public static SafeHtml toSafeHtml(String markdown) {
        return HtmlSanitizer.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}
