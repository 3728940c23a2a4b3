package org.tidings.curation;

import java.util.List;
import org.jsoup.nodes.Entities;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;

/**
 * The draft post an editor makes of an inbox item: its title, the paragraphs ticked as the excerpt
 * followed by a "Read more" link to the original, the outlet as the post's source (the "[Outlet]"
 * line under the post, linked to {@code url}) and the categories and tags the editor kept.
 *
 * @param url the item's canonical address, the post's source URL
 * @param paragraphs the ticked paragraphs' HTML, in the item's order
 */
public record ItemDraft(String title, String outlet, String url, List<String> paragraphs, List<String> categories,
        List<String> tags) {
    public ItemDraft {
        paragraphs = List.copyOf(paragraphs);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        // The source URL becomes a link on the public post: only a web address may.
        url = url != null && url.strip().matches("(?i)https?://\\S+") ? url.strip() : "";
    }

    /** The post to create: a draft, every fragment through the one sanitizer; {@code readMore} in the site's language. */
    public PostInput post(String readMore) {
        StringBuilder body = new StringBuilder();
        paragraphs.forEach(paragraph -> body.append("<p>").append(paragraph).append("</p>\n"));
        if (!url.isEmpty()) {
            body.append("<p><a href=\"").append(Entities.escape(url)).append("\">")
                    .append(Entities.escape(readMore)).append("</a></p>\n");
        }
        return new PostInput(title, "", HtmlSanitizer.sanitize(body.toString()), null, "",
                PostInput.Publication.draft(), "", outlet, url, categories, tags, null);
    }
}
