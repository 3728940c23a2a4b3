package org.tidings.transfer.wordpress;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.tidings.content.ContentService;
import org.tidings.media.MediaLibrary;

/**
 * Imports a WordPress export (WXR 1.0 to 1.2, and other versions WordPress's parser accepts) through
 * the write path, in batches of {@value #BATCH} items: each batch commits its posts, pages, terms,
 * comments and their {@code imported_items} rows together, or nothing, so an interrupted import run
 * again ends as if it had never stopped. A first pass reads the whole file, so one that is not
 * well-formed or not WXR is refused before anything is imported.
 *
 * <p>Identity and old links, as recorded in {@code imported_items}:
 * <ul>
 * <li>{@code source_site}: the old blog's address, normalised: {@code wp:base_blog_url}, else
 *     {@code wp:base_site_url}, else the channel's link; scheme and host in lower case, no trailing
 *     slash ({@code http://example.org}, {@code https://example.org/blog}). The blog's address, not
 *     the site's, since links live there and WordPress.com exports give {@code http://wordpress.com/}
 *     as every blog's site.</li>
 * <li>kinds {@code post}, {@code page}, {@code attachment}: {@code source_id} = {@code wp:post_id};
 *     {@code target_id} our post, page or media library item (null for an attachment whose file was
 *     not brought: no {@code --media-from}/{@code --download-media}, missing or refused);
 *     {@code old_path} the path and query of the item's {@code <link>} below the old address, as the
 *     file spells it (percent-encoding kept): {@code /2008/09/hello-world/}, {@code /?page_id=2}.</li>
 * <li>{@code file}: an imported attachment's file: {@code source_id} = its {@code wp:post_id},
 *     {@code target_id} the media item, {@code old_path} the path of {@code wp:attachment_url}
 *     ({@code /wp-content/uploads/2008/06/photo.jpg}), for old links to uploads.</li>
 * <li>{@code category}, {@code tag}: {@code source_id} = {@code wp:term_id}, else the slug;
 *     {@code old_path} = {@code /category/PARENT/SLUG/} and {@code /tag/SLUG/} (WordPress's default bases).</li>
 * <li>{@code author}: {@code source_id} = {@code wp:author_id}, else the login; {@code target_id} our
 *     byline ({@code authors.id}); {@code old_path} = {@code /author/LOGIN/}.</li>
 * <li>{@code fingerprint}: a hash of everything imported of the item; a re-run skips an item whose
 *     fingerprint is unchanged and updates one whose fingerprint changed.</li>
 * </ul>
 * A published post's {@code _wp_old_slug} values become redirects (table {@code redirects}) from the
 * old link with the old slug in place of the current one to the post's address here. Comments are
 * identified by {@code comments.import_key} and replaced with their post.
 */
public final class WxrImporter {
    /** Items (and channel authors and terms) per transaction. */
    static final int BATCH = 200;
    /** Characters of content per transaction, so a file of huge posts keeps memory bounded too. */
    private static final long BATCH_CHARS = 4_000_000;
    /** Attachments per transaction: each is a file to read and re-encode. */
    private static final int ATTACHMENT_BATCH = 20;
    private final ContentService content;
    private final ZoneId zone;
    private final MediaLibrary library;
    private final Uploads uploads;

    /** An importer without attachments: they are recorded with their old addresses and reported. */
    public WxrImporter(ContentService content, ZoneId zone) {
        this(content, zone, null, null);
    }

    /** An importer that brings attachments from {@code uploads} into {@code library} first, then the rest. */
    public WxrImporter(ContentService content, ZoneId zone, MediaLibrary library, Uploads uploads) {
        this.content = content;
        this.zone = zone;
        this.library = library;
        this.uploads = uploads;
    }

    /** Which items a pass over the file imports. */
    enum Pass {
        ALL, ATTACHMENTS, ALL_BUT_ATTACHMENTS
    }

    /** What an import with attachments uses: the library, where the files are, and where they went. */
    record MediaImport(MediaLibrary library, Uploads uploads, ImportedMedia links) {
    }

    /** Reads {@code file} once to its end: its channel and item count, or why it cannot be imported. */
    public WxrReader.Checked check(Path file) {
        return WxrReader.check(file);
    }

    /** Imports {@code file}, checked first; {@code progress} hears how many items each batch brought. */
    public WxrReport importFile(Path file, WxrReader.Checked checked, LongConsumer progress) {
        OldSite site = OldSite.of(checked.channel());
        WxrReport report = new WxrReport();
        Resolved resolved = new Resolved();
        MediaImport media = library == null || uploads == null ? null
                : new MediaImport(library, uploads, new ImportedMedia(content, library, site));
        if (media != null) {
            // Attachments first, so that posts find their featured images and their images' new addresses.
            Run attachments = new Run(site, progress, report, resolved, media, Pass.ATTACHMENTS);
            WxrReader.read(file, attachments);
            attachments.flush();
        }
        Run run = new Run(site, progress, report, resolved, media, media == null ? Pass.ALL : Pass.ALL_BUT_ATTACHMENTS);
        WxrReader.read(file, run);
        run.finish();
        return report;
    }

    /** One import: the batch being gathered, and what earlier batches resolved (ids of terms, bylines, pages). */
    private final class Run implements WxrHandler {
        private final OldSite site;
        private final LongConsumer progress;
        private final WxrReport report;
        private final Resolved resolved;
        private final MediaImport media;
        private final Pass pass;
        private final Instant started = content.clock().instant();
        private List<Object> pending = new ArrayList<>();
        private long pendingChars;
        private int pendingItems;

        Run(OldSite site, LongConsumer progress, WxrReport report, Resolved resolved, MediaImport media, Pass pass) {
            this.site = site;
            this.progress = progress;
            this.report = report;
            this.resolved = resolved;
            this.media = media;
            this.pass = pass;
        }

        @Override
        public void author(WxrAuthor author) {
            if (pass != Pass.ATTACHMENTS) {
                add(author, 0);
            }
        }

        @Override
        public void term(WxrTerm term) {
            if (pass != Pass.ATTACHMENTS) {
                add(term, 0);
            }
        }

        @Override
        public void item(WxrItem item) {
            boolean attachment = item.postType().equals("attachment");
            if (pass == Pass.ALL || attachment == (pass == Pass.ATTACHMENTS)) {
                pendingItems++;
                add(item, item.content().length() + item.excerpt().length());
            }
        }

        private void add(Object unit, long chars) {
            pending.add(unit);
            pendingChars += chars;
            int limit = pass == Pass.ATTACHMENTS ? ATTACHMENT_BATCH : BATCH;
            if (pending.size() >= limit || pendingChars >= BATCH_CHARS) {
                flush();
            }
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Object> units = pending;
            int items = pendingItems;
            pending = new ArrayList<>();
            pendingChars = 0;
            pendingItems = 0;
            content.imports().inOneWrite(() -> new WxrBatch(content, site, zone, media, resolved, report, started)
                    .write(units));
            progress.accept(items);
        }

        void finish() {
            flush();
            content.imports().inOneWrite(() -> new WxrBatch(content, site, zone, media, resolved, report, started)
                    .fixUp());
        }
    }

    /**
     * What earlier batches of a run resolved: old slugs and ids to ids here, and the parents to set
     * once every item is in. Bounded by the number of terms, bylines and pages, not of posts.
     */
    static final class Resolved {
        final Map<String, Long> authors = new HashMap<>();
        final Map<String, Long> categories = new HashMap<>();
        final Map<String, Long> tags = new HashMap<>();
        final Map<String, Long> pages = new HashMap<>();
        final Map<String, String> categoryParents = new HashMap<>();
        final Map<String, String> pageParents = new HashMap<>();
    }
}
