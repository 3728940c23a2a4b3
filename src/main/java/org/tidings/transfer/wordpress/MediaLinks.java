package org.tidings.transfer.wordpress;

import java.util.List;
import java.util.Optional;

/**
 * How the importer tells the converter where an old upload now lives; {@link #NONE} keeps URLs as they are.
 * Every URL found in a {@code src}, {@code href}, {@code srcset} or {@code poster} attribute, and every media
 * shortcode's source, is offered to {@link #localUrl}: the importer decides which are its site's uploads.
 */
public interface MediaLinks {
    MediaLinks NONE = u -> Optional.empty();

    /** The media library's address of what {@code oldUrl} pointed to, if the import brought it in. */
    Optional<String> localUrl(String oldUrl);

    /** The imported attachment with WordPress id {@code attachmentId}, for {@code [gallery ids="..."]}. */
    default Optional<Attachment> attachment(long attachmentId) {
        return Optional.empty();
    }

    /** The images attached to the post being converted, in their menu order, for a {@code [gallery]} without ids. */
    default List<Attachment> attachedImages() {
        return List.of();
    }

    /** An imported image: its media library address, alternative text and caption (both may be empty). */
    record Attachment(String url, String alt, String caption) {
    }
}
