package org.tidings.transfer.wordpress;

import java.util.List;
import java.util.Optional;

/**
 * An {@code <item>}: a post, page, attachment, menu item or other post type, as the file writes it
 * (dates as {@code YYYY-MM-DD HH:MM:SS} text, numbers as text, empty when absent).
 */
public record WxrItem(
        String postId,
        String postType,
        String status,
        String title,
        String link,
        String guid,
        String creator,
        String content,
        String excerpt,
        String postDate,
        String postDateGmt,
        String postName,
        String postParent,
        String menuOrder,
        boolean sticky,
        String attachmentUrl,
        List<WxrItemTerm> terms,
        List<WxrMeta> meta,
        List<WxrComment> comments) {

    public WxrItem {
        terms = List.copyOf(terms);
        meta = List.copyOf(meta);
        comments = List.copyOf(comments);
    }

    /** The value of the first postmeta named {@code key}. */
    public Optional<String> meta(String key) {
        return meta.stream().filter(m -> m.key().equals(key)).map(WxrMeta::value).findFirst();
    }

    /** Every value of the postmeta named {@code key}, in file order ({@code _wp_old_slug} may repeat). */
    public List<String> metaValues(String key) {
        return meta.stream().filter(m -> m.key().equals(key)).map(WxrMeta::value).toList();
    }
}
