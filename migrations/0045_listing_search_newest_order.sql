-- Free text, newest first, at 100,000 listings (issue 17 §4). Written by hand.
-- 1. `listings_fts` numbers each published listing by its publication second and its own rowid,
-- `unixepoch(published_at) * 2^30 + rowid` (its "search rowid"), instead of by the rowid alone. FTS5 walks
-- its lists in rowid order and can walk them backwards: a search whose only other condition the index
-- holds (free text, and since 0044 the city) reads its page newest first from the index and stops there
-- (worker/listings/search.ts `newestTextPage`), instead of listing every match (~25,000 rowids for two
-- common words) for SQLite to probe row by row and sort. The listing's rowid is the low 30 bits
-- (`search rowid & 1073741823`): listings' rowids grow by one from 1, so this holds to a billion listings;
-- the publication second fits the high bits until 2242. A listing published without a date (never by the
-- app) counts as published at second 0, after every one dated since 1970
-- (earlier dates number below zero; the low bits are the rowid all the same).
-- The search rowid moves when `published_at` does (a reopened listing is published again, now): the update
-- trigger now also follows `published_at`, and every 'delete' names the search rowid the row was indexed
-- under (from the old values), as an external-content index requires. The text is 0044's: `search_text`,
-- a newline and the city key's token. Re-indexed from the published listings ('delete-all', then INSERT;
-- never 'rebuild', which would read the content table's rowids).
-- 2. `listings_fts_words` replaces `listings_fts_vocab` (0043) as the index's words that free text spells out
--    under a typed prefix: an fts5vocab table of type `instance` (one row per word and listing) yields a
--    word by reading the first entry of its list, where type `row` counts the listings of every word it
--    yields, reading its whole list (~1 ms for a word in half the listings, each word of each statement).
--    worker/listings/search.ts `wordMatch` steps from word to word with `LIMIT 1`. IF NOT EXISTS: it holds
--    no data and is not dropped with `listings_fts`.
DROP TRIGGER `listings_fts_insert`;--> statement-breakpoint
DROP TRIGGER `listings_fts_delete`;--> statement-breakpoint
DROP TRIGGER `listings_fts_update`;--> statement-breakpoint
INSERT INTO `listings_fts` (`listings_fts`) VALUES ('delete-all');--> statement-breakpoint
INSERT INTO `listings_fts` (rowid, search_text)
  SELECT coalesce(unixepoch(`published_at`), 0) * 1073741824 + rowid,
    `search_text` || char(10) || char(57344) || replace(`city_key`, ' ', char(57344))
  FROM `listings` WHERE `status` = 'published';--> statement-breakpoint
CREATE TRIGGER `listings_fts_insert` AFTER INSERT ON `listings` WHEN new.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (rowid, search_text)
    VALUES (coalesce(unixepoch(new.`published_at`), 0) * 1073741824 + new.rowid,
      new.`search_text` || char(10) || char(57344) || replace(new.`city_key`, ' ', char(57344)));
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_delete` AFTER DELETE ON `listings` WHEN old.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, search_text)
    VALUES ('delete', coalesce(unixepoch(old.`published_at`), 0) * 1073741824 + old.rowid,
      old.`search_text` || char(10) || char(57344) || replace(old.`city_key`, ' ', char(57344)));
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_update` AFTER UPDATE OF `search_text`, `city_key`, `status`, `published_at` ON `listings`
  WHEN old.`status` = 'published' OR new.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, search_text)
    SELECT 'delete', coalesce(unixepoch(old.`published_at`), 0) * 1073741824 + old.rowid,
      old.`search_text` || char(10) || char(57344) || replace(old.`city_key`, ' ', char(57344))
    WHERE old.`status` = 'published';
  INSERT INTO `listings_fts` (rowid, search_text)
    SELECT coalesce(unixepoch(new.`published_at`), 0) * 1073741824 + new.rowid,
      new.`search_text` || char(10) || char(57344) || replace(new.`city_key`, ' ', char(57344))
    WHERE new.`status` = 'published';
END;--> statement-breakpoint
DROP TABLE IF EXISTS `listings_fts_vocab`;--> statement-breakpoint
CREATE VIRTUAL TABLE IF NOT EXISTS `listings_fts_words` USING fts5vocab(`listings_fts`, instance);
