package org.tidings.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.tidings.media.MediaFile;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaKind;
import org.tidings.media.StoredFile;

/** The media library's items and the bytes of their files, and posts' featured images. */
public final class MediaStore {
    private static final String ITEM_COLUMNS = "id, kind, original_name, alt, width, height, created_at";
    private static final String FILE_COLUMNS = "name, content_type, width, height, size_bytes";
    private final Jdbi jdbi;

    public MediaStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** What an item is made of before it has an id. */
    public record NewItem(MediaKind kind, String originalName, String alt, String sourceHash, String importKey,
            Instant createdAt, List<StoredFile> files) {
    }

    /** Stores an item and its files; its id. */
    public long insert(NewItem item) {
        return jdbi.inTransaction(h -> {
            MediaFile widest = item.files().getLast().file();
            long id = h.createUpdate("INSERT INTO media (kind, original_name, alt, source_hash, width, height,"
                            + " created_at, import_key) VALUES (:kind, :name, :alt, :hash, :width, :height, :at, :key)")
                    .bind("kind", item.kind().db()).bind("name", item.originalName()).bind("alt", item.alt())
                    .bind("hash", item.sourceHash()).bind("width", widest.width()).bind("height", widest.height())
                    .bind("at", item.createdAt()).bind("key", item.importKey())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (StoredFile file : item.files()) {
                h.createUpdate("INSERT INTO media_files (name, media_id, content_type, width, height, size_bytes, bytes)"
                                + " VALUES (:name, :id, :type, :width, :height, :size, :bytes)")
                        .bind("name", file.file().name()).bind("id", id).bind("type", file.file().contentType())
                        .bind("width", file.file().width()).bind("height", file.file().height())
                        .bind("size", file.bytes().length).bind("bytes", file.bytes()).execute();
            }
            return id;
        });
    }

    /** The item whose upload had this SHA-256, or that was imported under this key, or that owns this file. */
    public Optional<Long> find(String sourceHash, String importKey, String fileName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM media WHERE source_hash = :hash OR import_key = :key"
                        + " OR id IN (SELECT media_id FROM media_files WHERE name = :file) ORDER BY id LIMIT 1")
                .bind("hash", sourceHash).bind("key", importKey).bind("file", fileName)
                .mapTo(Long.class).findOne());
    }

    public Optional<Long> byImportKey(String importKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM media WHERE import_key = :key")
                .bind("key", importKey).mapTo(Long.class).findOne());
    }

    public Optional<MediaItem> byId(long id) {
        return items("WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The item that owns the file {@code fileName} (any of its widths). */
    public Optional<MediaItem> byFileName(String fileName) {
        return items("WHERE id IN (SELECT media_id FROM media_files WHERE name = :name)", Map.of("name", fileName))
                .stream().findFirst();
    }

    /** A page of items, newest first. */
    public List<MediaItem> list(int limit, int offset) {
        return items("ORDER BY id DESC LIMIT :limit OFFSET :offset", Map.of("limit", limit, "offset", offset));
    }

    /** Every image, newest first, for the editor's choices. */
    public List<MediaItem> images(int limit) {
        return items("WHERE kind = 'image' ORDER BY id DESC LIMIT :limit", Map.of("limit", limit));
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM media").mapTo(Integer.class).one());
    }

    /** A served file and its bytes. */
    public Optional<StoredFile> file(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + FILE_COLUMNS + ", bytes FROM media_files WHERE name = :name")
                .bind("name", name).map((rs, ctx) -> new StoredFile(file(rs), rs.getBytes("bytes"))).findOne());
    }

    public void updateAlt(long id, String alt) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE media SET alt = :alt WHERE id = :id")
                .bind("alt", alt).bind("id", id).execute());
    }

    /** Deletes an item and its files; posts it was featured on lose their featured image. */
    public void delete(long id) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE posts SET featured_media_id = NULL WHERE featured_media_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM media_files WHERE media_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM media WHERE id = :id").bind("id", id).execute();
        });
    }

    /** The posts that show this item as their featured image. */
    public List<Long> featuredOn(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM posts WHERE featured_media_id = :id")
                .bind("id", id).mapTo(Long.class).list());
    }

    public void setFeatured(long postId, Long mediaId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE posts SET featured_media_id = :media WHERE id = :post")
                .bind("media", mediaId).bind("post", postId).execute());
    }

    /** The featured image of a post, if it has one. */
    public Optional<MediaItem> featured(long postId) {
        return items("WHERE id = (SELECT featured_media_id FROM posts WHERE id = :post)", Map.of("post", postId))
                .stream().findFirst();
    }

    private List<MediaItem> items(String rest, Map<String, Object> arguments) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT " + ITEM_COLUMNS + " FROM media " + rest);
            arguments.forEach(query::bind);
            Map<Long, ItemRow> rows = new LinkedHashMap<>();
            query.map((rs, ctx) -> ItemRow.read(rs)).forEach(row -> rows.put(row.id(), row));
            return rows.values().stream().map(row -> row.toItem(files(h, row.id()))).toList();
        });
    }

    private static List<MediaFile> files(Handle h, long mediaId) {
        return h.createQuery("SELECT " + FILE_COLUMNS + " FROM media_files WHERE media_id = :id ORDER BY width")
                .bind("id", mediaId).map((rs, ctx) -> file(rs)).list();
    }

    private static MediaFile file(ResultSet rs) throws SQLException {
        return new MediaFile(rs.getString("name"), rs.getString("content_type"), rs.getInt("width"),
                rs.getInt("height"), rs.getLong("size_bytes"));
    }

    /** One row of {@code media}, read before its files. */
    private record ItemRow(long id, MediaKind kind, String originalName, String alt, int width, int height,
            Instant createdAt) {
        static ItemRow read(ResultSet rs) throws SQLException {
            return new ItemRow(rs.getLong("id"), MediaKind.fromDb(rs.getString("kind")), rs.getString("original_name"),
                    rs.getString("alt"), rs.getInt("width"), rs.getInt("height"),
                    Instant.ofEpochMilli(rs.getLong("created_at")));
        }

        MediaItem toItem(List<MediaFile> files) {
            return new MediaItem(id, kind, originalName, alt, width, height, createdAt, files);
        }
    }
}
