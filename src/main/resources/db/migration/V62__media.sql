-- The media library. The bytes of every served file live in the database (${blob} is BLOB on
-- SQLite, BYTEA on PostgreSQL), so every node that shares the database serves the same files.
-- An item is one upload; its files are the re-encoded variants (an image in a few widths, a PDF
-- once), each named by the hash of its own bytes, so a file's address never changes its content.
CREATE TABLE media (
  id ${identity},
  kind VARCHAR(10) NOT NULL,
  original_name VARCHAR(300) NOT NULL,
  alt TEXT NOT NULL DEFAULT '',
  source_hash VARCHAR(64) NOT NULL UNIQUE,
  width INTEGER NOT NULL DEFAULT 0,
  height INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  import_key VARCHAR(300) UNIQUE
);

CREATE TABLE media_files (
  name VARCHAR(100) PRIMARY KEY,
  media_id BIGINT NOT NULL REFERENCES media (id) ON DELETE CASCADE,
  content_type VARCHAR(100) NOT NULL,
  width INTEGER NOT NULL DEFAULT 0,
  height INTEGER NOT NULL DEFAULT 0,
  size_bytes BIGINT NOT NULL,
  bytes ${blob} NOT NULL
);
CREATE INDEX media_files_media ON media_files (media_id);

-- A post's featured image, shown on its page and carried by feeds.
ALTER TABLE posts ADD COLUMN featured_media_id BIGINT REFERENCES media (id) ON DELETE SET NULL;
