-- Core content. One file for SQLite and PostgreSQL: ${identity} is the auto-increment key
-- column type of each database (see store/Database). Times are epoch milliseconds (BIGINT).
CREATE TABLE authors (
  id ${identity},
  name VARCHAR(200) NOT NULL,
  slug VARCHAR(200) NOT NULL UNIQUE,
  bio TEXT NOT NULL DEFAULT ''
);

CREATE TABLE categories (
  id ${identity},
  name VARCHAR(200) NOT NULL,
  slug VARCHAR(200) NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  parent_id BIGINT REFERENCES categories (id) ON DELETE SET NULL
);

CREATE TABLE tags (
  id ${identity},
  name VARCHAR(200) NOT NULL,
  slug VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE sources (
  id ${identity},
  name VARCHAR(200) NOT NULL,
  slug VARCHAR(200) NOT NULL UNIQUE,
  homepage_url TEXT
);

CREATE TABLE posts (
  id ${identity},
  title TEXT NOT NULL,
  slug VARCHAR(200) NOT NULL UNIQUE,
  body_html TEXT NOT NULL,
  excerpt TEXT NOT NULL DEFAULT '',
  status VARCHAR(20) NOT NULL,
  published_at BIGINT,
  date_unknown BOOLEAN NOT NULL DEFAULT FALSE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  author_id BIGINT REFERENCES authors (id) ON DELETE SET NULL,
  source_id BIGINT REFERENCES sources (id) ON DELETE SET NULL,
  source_url TEXT,
  import_key VARCHAR(100) UNIQUE
);
CREATE INDEX posts_status_published ON posts (status, published_at);
CREATE INDEX posts_author ON posts (author_id);
CREATE INDEX posts_source ON posts (source_id);

-- sort_order 0 is the primary category or tag, as in Ghost's posts_tags.
CREATE TABLE post_categories (
  post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  category_id BIGINT NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (post_id, category_id)
);
CREATE INDEX post_categories_category ON post_categories (category_id);

CREATE TABLE post_tags (
  post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  tag_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag ON post_tags (tag_id);

CREATE TABLE settings (
  name VARCHAR(100) PRIMARY KEY,
  value TEXT NOT NULL
);

-- Old public paths that answer 301 to a new one (changed slugs, imported sites).
CREATE TABLE redirects (
  old_path VARCHAR(1000) PRIMARY KEY,
  new_path VARCHAR(1000) NOT NULL
);
