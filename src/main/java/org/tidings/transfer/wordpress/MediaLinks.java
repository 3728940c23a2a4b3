package org.tidings.transfer.wordpress;

import java.util.Optional;

/** Where an old site's media file lives here now, if it was brought over. */
public interface MediaLinks {
    /** No media brought over: every old address stays as it was. */
    MediaLinks NONE = oldUrl -> Optional.empty();

    Optional<String> localUrl(String oldUrl);
}
