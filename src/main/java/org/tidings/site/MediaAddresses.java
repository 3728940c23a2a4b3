package org.tidings.site;

import java.util.Optional;

/** Where a media library item is served now, for old links to imported attachments and their files. */
@FunctionalInterface
public interface MediaAddresses {
    /** For a site without a media library: no attachment has an address. */
    MediaAddresses NONE = id -> Optional.empty();

    /** The public path of media item {@code mediaId}, or empty when there is no such item. */
    Optional<String> path(long mediaId);
}
