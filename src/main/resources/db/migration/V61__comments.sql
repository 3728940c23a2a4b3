-- Comments brought by imports (WordPress), kept and counted but not shown while the site has no
-- comments. Each belongs to a post or a page; parent_id is the comment it answers. status is
-- approved, pending, spam or trash; kind is comment, pingback or trackback. Commenters' IP
-- addresses are not kept. import_key (the old site and the comment's id there) makes a re-run
-- replace a comment instead of adding it again.
CREATE TABLE comments (
  id ${identity},
  post_id BIGINT REFERENCES posts (id) ON DELETE CASCADE,
  page_id BIGINT REFERENCES pages (id) ON DELETE CASCADE,
  parent_id BIGINT REFERENCES comments (id) ON DELETE SET NULL,
  author_name VARCHAR(200) NOT NULL,
  author_email VARCHAR(200),
  author_url TEXT,
  body_html TEXT NOT NULL,
  status VARCHAR(20) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  created_at BIGINT,
  import_key VARCHAR(200) UNIQUE
);
CREATE INDEX comments_post ON comments (post_id);
CREATE INDEX comments_page ON comments (page_id);
