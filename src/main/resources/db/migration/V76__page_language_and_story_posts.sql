-- Each simple page's language (a BCP 47 tag such as "ko" or "en"), as posts have since V73, put on
-- its lang attribute. Null: not known (pages saved before this); treated as the site's language.
ALTER TABLE pages ADD COLUMN lang VARCHAR(35);

-- A post's related posts start with the other posts of its story, found through the items made into it.
CREATE INDEX feed_items_post ON feed_items (post_id);
