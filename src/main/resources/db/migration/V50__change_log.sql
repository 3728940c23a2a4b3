-- Every committed change to content, terms, settings and accounts appends one row, in the same
-- transaction as the change. Each node follows the rows in order of seq (page cache, search
-- index, settings), whoever wrote them. post_ids lists the posts whose public view changed,
-- comma-separated; kinds says what else did (posts, terms, redirects, settings, accounts).
CREATE TABLE changes (
  seq ${identity},
  kinds VARCHAR(100) NOT NULL,
  post_ids TEXT NOT NULL,
  changed_at BIGINT NOT NULL
);
