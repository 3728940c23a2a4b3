package org.tidings.media;

/** What an editor puts in a post body to show a library item: Markdown or HTML, with its alt text. */
public final class MediaSnippets {
    private MediaSnippets() {
    }

    /** {@code ![alt](/media/...)} for an image, {@code [name](/media/...)} for a PDF. */
    public static String markdown(MediaItem item) {
        return item.isImage() ? "![" + escapeMarkdown(item.alt()) + "](" + item.url() + ")"
                : "[" + escapeMarkdown(item.originalName()) + "](" + item.url() + ")";
    }

    /** {@code <img src alt>} for an image, a link for a PDF. */
    public static String html(MediaItem item) {
        return item.isImage() ? "<img src=\"" + item.url() + "\" alt=\"" + escapeHtml(item.alt()) + "\">"
                : "<a href=\"" + item.url() + "\">" + escapeHtml(item.originalName()) + "</a>";
    }

    private static String escapeMarkdown(String text) {
        return text.replaceAll("([\\\\\\[\\]])", "\\\\$1").replaceAll("\\s+", " ");
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
