-- Old links such as /?p=12 and /?cat=3 find an imported item by its kind and id on the old site,
-- whatever site it came from: one indexed lookup per request.
CREATE INDEX imported_items_kind_source ON imported_items (kind, source_id);
