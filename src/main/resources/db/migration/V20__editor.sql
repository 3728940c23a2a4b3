-- The editor: the Markdown a body was written in (null for bodies imported as HTML), the
-- account that owns a post (contributors may touch only their own), and a revision per save.
ALTER TABLE posts ADD COLUMN body_markdown TEXT;
ALTER TABLE posts ADD COLUMN owner_user_id BIGINT;
CREATE INDEX posts_owner ON posts (owner_user_id);

-- A copy of what the editor shows, by value, so a revision survives renamed or deleted terms.
-- Category and tag names are one per line.
CREATE TABLE post_revisions (
  id ${identity},
  post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  user_id BIGINT,
  title TEXT NOT NULL,
  slug VARCHAR(200) NOT NULL,
  body_markdown TEXT,
  body_html TEXT NOT NULL,
  excerpt TEXT NOT NULL DEFAULT '',
  byline VARCHAR(200),
  source_name VARCHAR(200),
  source_url TEXT,
  category_names TEXT NOT NULL DEFAULT '',
  tag_names TEXT NOT NULL DEFAULT ''
);
CREATE INDEX post_revisions_post ON post_revisions (post_id, id);
