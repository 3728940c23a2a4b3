-- Each post's language (a BCP 47 tag such as "ko" or "en"), put on its lang attribute so
-- browsers, screen readers and Korean line breaking treat its text right. Null: not known
-- (posts saved before this; they are treated as the site's language).
ALTER TABLE posts ADD COLUMN lang VARCHAR(35);
