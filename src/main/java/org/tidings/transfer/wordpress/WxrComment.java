package org.tidings.transfer.wordpress;

import java.util.List;

/** A {@code <wp:comment>} of an item; {@code approved} is 1, 0, spam or trash, {@code parent} 0 for none. */
public record WxrComment(String id, String author, String authorEmail, String authorUrl, String date,
        String dateGmt, String content, String approved, String type, String parent, List<WxrMeta> meta) {

    public WxrComment {
        meta = List.copyOf(meta);
    }
}
