package org.tidings.transfer.wordpress;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tidings.content.ContentService;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaLibrary;
import org.tidings.store.ImportedItem;

/**
 * The old site's uploads as the import brought them into the media library: what a post's
 * {@code <img src>} or {@code [gallery ids]} pointed to, found by the upload's old path (kind
 * {@code file} in {@code imported_items}) or its attachment id. WordPress's resized copies
 * ({@code photo-300x200.jpg}) lead to the library item of the original.
 */
final class ImportedMedia implements MediaLinks {
    private static final Pattern RESIZED = Pattern.compile("-\\d{1,5}x\\d{1,5}(\\.[A-Za-z0-9]{1,5})$");
    private final ContentService content;
    private final MediaLibrary library;
    private final OldSite site;

    ImportedMedia(ContentService content, MediaLibrary library, OldSite site) {
        this.content = content;
        this.library = library;
        this.site = site;
    }

    @Override
    public Optional<String> localUrl(String oldUrl) {
        String path = site.path(RESIZED.matcher(oldUrl.replaceFirst("[?#].*$", "")).replaceFirst("$1"));
        if (path == null) {
            return Optional.empty();
        }
        return content.imports().importedAt(path).stream()
                .filter(item -> item.kind().equals("file") && item.sourceSite().equals(site.address()))
                .map(ImportedItem::targetId).filter(java.util.Objects::nonNull).findFirst()
                .flatMap(library::find).map(MediaItem::url);
    }

    @Override
    public Optional<Attachment> attachment(long attachmentId) {
        return item(String.valueOf(attachmentId)).map(media -> new Attachment(media.url(), media.alt(), ""));
    }

    /** The library item an attachment of the old site became, if it was imported. */
    Optional<MediaItem> item(String attachmentId) {
        ImportedItem found = content.imports().imported(site.address(), "attachment", List.of(attachmentId))
                .get(attachmentId);
        return found == null || found.targetId() == null ? Optional.empty() : library.find(found.targetId());
    }
}
