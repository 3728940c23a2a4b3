package org.tidings.site;

import java.util.Optional;
import org.tidings.media.MediaItem;
import org.tidings.store.MediaStore;

/** Where a media library item is served now, for old links to imported attachments and their files. */
@FunctionalInterface
public interface MediaAddresses {
    /** The public path of media item {@code mediaId}, or empty when there is no such item. */
    Optional<String> path(long mediaId);

    /** The library's address of each item: its widest file. */
    static MediaAddresses of(MediaStore media) {
        return id -> media.byId(id).map(MediaItem::url);
    }
}
