package org.tidings.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What the editor saves: a body in Markdown or HTML (both end sanitized), a slug (blank: made
 * from the title), a byline and an outlet found or created by name, categories and tags by name.
 */
public record PostEdit(
        String title,
        String slug,
        String body,
        BodyFormat format,
        String excerpt,
        String byline,
        String sourceName,
        String sourceUrl,
        List<String> categoryNames,
        List<String> tagNames) {

    public PostEdit {
        title = strip(title);
        slug = strip(slug);
        body = body == null ? "" : body;
        format = format == null ? BodyFormat.MARKDOWN : format;
        excerpt = strip(excerpt);
        byline = strip(byline);
        sourceName = strip(sourceName);
        sourceUrl = strip(sourceUrl);
        categoryNames = clean(categoryNames);
        tagNames = clean(tagNames);
    }

    /** The body as HTML fit to store. */
    public String safeHtml() {
        return format.toSafeHtml(body);
    }

    /** The Markdown to keep for editing again, or null when the body is HTML. */
    public String markdownOrNull() {
        return format == BodyFormat.MARKDOWN ? body : null;
    }

    /** What is wrong with this edit, in words fit for the form; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add("Give the post a title.");
        } else if (title.length() > 300) {
            problems.add("The title is longer than 300 characters.");
        }
        if (!sourceUrl.isEmpty() && !isWebAddress(sourceUrl)) {
            problems.add("The original article URL must start with http:// or https://.");
        }
        if (!sourceUrl.isEmpty() && sourceName.isEmpty()) {
            problems.add("Name the outlet the original article comes from.");
        }
        return problems;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> clean(List<String> names) {
        return names == null ? List.of()
                : names.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
