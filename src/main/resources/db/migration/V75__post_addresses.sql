-- The date in a post's address (/YYYY/MM/DD/slug/), fixed the first time the post is published so
-- that changing the site's zone (or the post's date, unless the editor asks) never moves it:
-- 'YYYY-MM-DD', 'undated' for an address without a date (/post/slug/, for posts whose date is
-- unknown), NULL before the first publication. Published posts of earlier versions get theirs at
-- the next start, in the zone then in force (store/AddressDates), since SQL cannot read zones.
ALTER TABLE posts ADD COLUMN path_date VARCHAR(10);
