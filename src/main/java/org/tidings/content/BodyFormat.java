package org.tidings.content;

/** How a post's body is written in the editor; either way it is sanitized before it is stored. */
public enum BodyFormat {
    MARKDOWN, HTML;

    public SafeHtml toSafeHtml(String body) {
        return this == MARKDOWN ? Markdown.toSafeHtml(body) : HtmlSanitizer.sanitize(body);
    }
}
