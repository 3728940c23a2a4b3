package org.tidings.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tidings.curation.Feed;
import org.tidings.i18n.Wording;

/** The followed feeds and their polling state. Writes run inside Database.write (through curation.Curation). */
public final class FeedStore {
    private static final String COLUMNS = "f.id, f.source_id, s.name AS outlet, f.url, f.title, f.site_url, f.etag, "
            + "f.last_modified, f.next_fetch_at, f.next_fetch_reason, f.last_fetch_at, f.last_status, f.last_error, "
            + "f.error_count, f.item_count, f.created_at";
    private static final String FROM = " FROM feeds f JOIN sources s ON s.id = f.source_id";
    private final Jdbi jdbi;

    public FeedStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** What one poll of a feed leaves for the next: validators, outcome and when to come back. */
    public record FetchRecord(String etag, String lastModified, Instant fetchedAt, Integer status, Wording error,
            int errorCount, Instant nextFetchAt, Wording nextFetchReason) {
    }

    public long insert(long sourceId, String url, String title, String siteUrl, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO feeds (source_id, url, title, site_url, next_fetch_at, next_fetch_reason, created_at)
                        VALUES (:source, :url, :title, :site, :now, :reason, :now)""")
                .bind("source", sourceId).bind("url", url).bind("title", title).bind("site", siteUrl)
                .bind("reason", Wording.of("curation.next.new").stored())
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public Optional<Feed> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + " WHERE f.id = :id")
                .bind("id", id).mapTo(Feed.class).findOne());
    }

    public Optional<Feed> byUrl(String url) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + " WHERE f.url = :url")
                .bind("url", url).mapTo(Feed.class).findOne());
    }

    /** Every feed, by outlet then URL. */
    public List<Feed> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + " ORDER BY lower(s.name), f.url")
                .mapTo(Feed.class).list());
    }

    /** Feeds due at {@code now}, the longest waiting first. */
    public List<Feed> due(Instant now, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM
                        + " WHERE f.next_fetch_at <= :now ORDER BY f.next_fetch_at, f.id LIMIT :limit")
                .bind("now", now).bind("limit", limit).mapTo(Feed.class).list());
    }

    /** When the next feed falls due, if any feed is followed. */
    public Optional<Instant> nextDue() {
        return jdbi.withHandle(h -> h.createQuery("SELECT min(next_fetch_at) FROM feeds")
                .mapTo(Instant.class).findOne().filter(java.util.Objects::nonNull));
    }

    public void recordFetch(long feedId, FetchRecord fetch) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE feeds SET etag = :etag, last_modified = :lastModified, last_fetch_at = :fetchedAt,
                          last_status = :status, last_error = :error, error_count = :errorCount,
                          next_fetch_at = :nextFetchAt, next_fetch_reason = :nextFetchReason WHERE id = :id""")
                .bindMethods(fetch).bind("error", stored(fetch.error()))
                .bind("nextFetchReason", stored(fetch.nextFetchReason())).bind("id", feedId).execute());
    }

    /** Updates what the feed says of itself (its title and site), and counts the items it brought. */
    public void describe(long feedId, String title, String siteUrl, int newItems) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE feeds SET title = COALESCE(:title, title), site_url = COALESCE(:site, site_url),
                          item_count = item_count + :added WHERE id = :id""")
                .bind("title", title).bind("site", siteUrl).bind("added", newItems).bind("id", feedId).execute());
    }

    /** Moves the next fetch of {@code feedIds} to {@code until} unless it is later already. */
    public void postpone(Collection<Long> feedIds, Instant until, Wording reason) {
        if (feedIds.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE feeds SET next_fetch_at = :until, next_fetch_reason = :reason
                        WHERE id IN (<ids>) AND next_fetch_at < :until""")
                .bind("until", until).bind("reason", stored(reason)).bindList("ids", List.copyOf(feedIds)).execute());
    }

    /** What to tell an editor, kept to be worded in the language of whoever reads it (see Wording). */
    private static String stored(Wording wording) {
        return wording == null ? null : wording.stored();
    }

    /** An address an outlet is known by: its homepage, or a feed's or feed site's URL. */
    public record OutletAddress(long sourceId, String url) {
    }

    /** Every address of every outlet, to match a new feed to its outlet by host. */
    public List<OutletAddress> outletAddresses() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id AS source_id, homepage_url AS url FROM sources WHERE homepage_url IS NOT NULL
                        UNION ALL SELECT source_id, url FROM feeds
                        UNION ALL SELECT source_id, site_url FROM feeds WHERE site_url IS NOT NULL""")
                .map((rs, ctx) -> new OutletAddress(rs.getLong("source_id"), rs.getString("url"))).list());
    }

    public void delete(long feedId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM feeds WHERE id = :id").bind("id", feedId).execute());
    }
}
