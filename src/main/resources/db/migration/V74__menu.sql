-- The site menu as an editor arranged it, smallest position first. kind says what an item links
-- to: a category, an outlet (source) or a page by target_id; a custom link by url; or one of the
-- site's index pages (categories, tags, outlets, authors, archives). label, when not blank,
-- replaces the name of what it links to. No rows: the default menu (published menu pages, then
-- the Categories, Outlets and Archives index pages).
CREATE TABLE menu_items (
  id ${identity},
  position INTEGER NOT NULL,
  kind VARCHAR(20) NOT NULL,
  target_id BIGINT,
  url VARCHAR(1000),
  label VARCHAR(200) NOT NULL DEFAULT ''
);
CREATE INDEX menu_items_position ON menu_items (position);
