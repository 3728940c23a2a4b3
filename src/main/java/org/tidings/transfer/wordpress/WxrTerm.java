package org.tidings.transfer.wordpress;

import java.util.List;

/**
 * A term of the channel ({@code wp:category}, {@code wp:tag} or {@code wp:term}): taxonomy
 * {@code category}, {@code post_tag} or another; {@code parent} is the parent's slug; {@code id} may be empty.
 */
public record WxrTerm(String taxonomy, String id, String slug, String name, String parent, String description,
        List<WxrMeta> meta) {

    public WxrTerm {
        meta = List.copyOf(meta);
    }
}
