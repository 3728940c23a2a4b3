package org.tidings.content;

import java.util.Objects;

/**
 * An HTML fragment that passed the sanitizer. Only {@link HtmlSanitizer} makes one, so a value
 * of this type cannot hold HTML that nobody cleaned.
 */
public final class SafeHtml {
    /** No HTML at all, which needs no cleaning. */
    public static final SafeHtml EMPTY = new SafeHtml("");
    private final String html;

    // Package-private on purpose: the sanitizer is the only way in.
    SafeHtml(String html) {
        this.html = Objects.requireNonNull(html);
    }

    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml safe && safe.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }
}
