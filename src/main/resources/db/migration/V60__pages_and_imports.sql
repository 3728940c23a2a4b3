-- Simple pages (About, Contact...) at /SLUG/ addresses: a parent page and a place in the site
-- menu (menu_order, smallest first; in_menu false keeps a page out of it). status is
-- 'published' or 'draft'; only published pages are public.
CREATE TABLE pages (
  id ${identity},
  title TEXT NOT NULL,
  slug VARCHAR(200) NOT NULL UNIQUE,
  body_html TEXT NOT NULL,
  body_markdown TEXT,
  status VARCHAR(20) NOT NULL,
  parent_id BIGINT REFERENCES pages (id) ON DELETE SET NULL,
  menu_order INTEGER NOT NULL DEFAULT 0,
  in_menu BOOLEAN NOT NULL DEFAULT TRUE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  import_key VARCHAR(200) UNIQUE
);

-- What an import brought from another site, by that site and its id there (kind: post, page,
-- attachment, category, tag, author, comment): a re-run finds and updates it instead of adding it
-- again, and old links (/?p=ID, /?cat=ID, the old permalink) find where it lives now.
-- target_id is our id of the post, page, media item, category, tag or author it became;
-- old_path is the item's path on the old site; fingerprint tells whether it changed since.
CREATE TABLE imported_items (
  source_site VARCHAR(500) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  source_id VARCHAR(200) NOT NULL,
  target_id BIGINT,
  old_path VARCHAR(1000),
  fingerprint VARCHAR(64),
  PRIMARY KEY (source_site, kind, source_id)
);
CREATE INDEX imported_items_old_path ON imported_items (old_path);

-- A sticky post is pinned at the top of the home page, as in WordPress.
ALTER TABLE posts ADD COLUMN sticky BOOLEAN NOT NULL DEFAULT FALSE;
