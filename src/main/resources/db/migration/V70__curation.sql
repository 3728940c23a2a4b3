-- Curation: outlets' feeds polled into one inbox of items, grouped into stories across outlets.
-- Times are epoch milliseconds, as everywhere. Each feed belongs to an outlet (sources).
CREATE TABLE feeds (
  id ${identity},
  source_id BIGINT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  url VARCHAR(2000) NOT NULL UNIQUE,
  title TEXT,
  site_url TEXT,
  etag TEXT,
  last_modified TEXT,
  next_fetch_at BIGINT NOT NULL,
  next_fetch_reason TEXT,
  last_fetch_at BIGINT,
  last_status INTEGER,
  last_error TEXT,
  error_count INTEGER NOT NULL DEFAULT 0,
  item_count INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX feeds_next_fetch ON feeds (next_fetch_at);
CREATE INDEX feeds_source ON feeds (source_id);

-- A story: items of one or more outlets reporting the same event; post_id once it was published.
CREATE TABLE stories (
  id ${identity},
  created_at BIGINT NOT NULL,
  post_id BIGINT REFERENCES posts (id) ON DELETE SET NULL
);

-- One row per article of an outlet however often it is polled and in however many of the
-- outlet's section feeds it appears: url is the canonical URL (the feed's guid when it gives none).
-- The HTML passed the sanitizer, images turned into links (never hot-linked).
CREATE TABLE feed_items (
  id ${identity},
  feed_id BIGINT REFERENCES feeds (id) ON DELETE SET NULL,
  source_id BIGINT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  url VARCHAR(2000) NOT NULL,
  guid TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  summary_html TEXT NOT NULL DEFAULT '',
  content_html TEXT NOT NULL DEFAULT '',
  author TEXT,
  published_at BIGINT NOT NULL,
  lang VARCHAR(20),
  state VARCHAR(20) NOT NULL DEFAULT 'new',
  story_id BIGINT REFERENCES stories (id) ON DELETE SET NULL,
  post_id BIGINT REFERENCES posts (id) ON DELETE SET NULL,
  fetched_at BIGINT NOT NULL,
  flagged BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE (source_id, url)
);
CREATE INDEX feed_items_state_published ON feed_items (state, published_at);
CREATE INDEX feed_items_published ON feed_items (published_at);
CREATE INDEX feed_items_story ON feed_items (story_id);
CREATE INDEX feed_items_feed ON feed_items (feed_id);

-- Why an item joined its story (or what came closest): the most similar item, the score and the
-- shared terms that weighed most ("word weight" per line), for the editor to judge.
CREATE TABLE story_reasons (
  item_id BIGINT NOT NULL PRIMARY KEY REFERENCES feed_items (id) ON DELETE CASCADE,
  matched_item_id BIGINT REFERENCES feed_items (id) ON DELETE SET NULL,
  score DOUBLE PRECISION NOT NULL,
  shared_terms TEXT NOT NULL DEFAULT ''
);

-- Editors' rules: items matching query get a category, are dismissed or flagged (optionally only one outlet's).
CREATE TABLE curation_rules (
  id ${identity},
  query TEXT NOT NULL,
  action VARCHAR(20) NOT NULL,
  target TEXT,
  outlet_id BIGINT REFERENCES sources (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL
);
