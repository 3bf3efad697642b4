-- Listing search at 100,000 listings (issue 17 §4). Written by hand.
-- 1. `listing_cities`: how many published listings each spelling of each folded city key has, kept by
--    triggers on `listings` (insert, delete, and updates of status, city or city key), so the search's city
--    chips (`topCitiesQuery`: the 8 cities with the most published listings, one spelling per key) and the
--    unfiltered total read a few rows instead of grouping every published listing (~0.9 s at 100,000). A
--    spelling's row goes when its count reaches 0, so `max(city)` per key is the same as over `listings`.
-- 2. "Type + available by, newest first" walks (status, type, published_at) newest first and stops at the
--    page's end (the query tells SQLite the date condition is likely true; without that it read every
--    listing of the type available by then and sorted them, ~160 ms at 100,000): `available_from` joins
--    that index, so the listings not yet available are skipped inside it instead of by reading each row.
--    The same column joins (status, published_at) for "available by, newest first".
-- 3. `listings_fts` indexes published listings only (public search reads nothing else): the free-text
--    total counts the index's matches instead of checking each match's status against every published
--    listing. Its triggers add a listing when it is published (inserted published, or its status becomes
--    published), remove it when it stops being published or is deleted, and re-index its text while
--    published; an external-content index must be told exactly what it holds, so every 'delete' is of a
--    row it indexed. Rebuilt from the published listings.
-- 4. `listings_fts_vocab`: the index's words, one row each (fts5vocab), read by free text to ask for the
--    indexed words under a typed prefix by name (worker/listings/search.ts `wordMatch`) instead of a prefix
--    term, which makes FTS5 merge every covered word's list before answering. IF NOT EXISTS: it holds no
--    data and is not dropped with `listings_fts`.
CREATE TABLE `listing_cities` (
  `city_key` text NOT NULL,
  `city` text NOT NULL,
  `listings` integer NOT NULL,
  PRIMARY KEY (`city_key`, `city`)
);--> statement-breakpoint
INSERT INTO `listing_cities` (`city_key`, `city`, `listings`)
  SELECT `city_key`, `city`, count(*) FROM `listings` WHERE `status` = 'published' GROUP BY `city_key`, `city`;--> statement-breakpoint
CREATE TRIGGER `listing_cities_insert` AFTER INSERT ON `listings` WHEN new.`status` = 'published' BEGIN
  INSERT INTO `listing_cities` (`city_key`, `city`, `listings`) VALUES (new.`city_key`, new.`city`, 1)
    ON CONFLICT (`city_key`, `city`) DO UPDATE SET `listings` = `listings` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `listing_cities_delete` AFTER DELETE ON `listings` WHEN old.`status` = 'published' BEGIN
  UPDATE `listing_cities` SET `listings` = `listings` - 1 WHERE `city_key` = old.`city_key` AND `city` = old.`city`;
  DELETE FROM `listing_cities` WHERE `city_key` = old.`city_key` AND `city` = old.`city` AND `listings` <= 0;
END;--> statement-breakpoint
CREATE TRIGGER `listing_cities_update` AFTER UPDATE OF `status`, `city`, `city_key` ON `listings`
  WHEN old.`status` = 'published' OR new.`status` = 'published' BEGIN
  UPDATE `listing_cities` SET `listings` = `listings` - 1
    WHERE old.`status` = 'published' AND `city_key` = old.`city_key` AND `city` = old.`city`;
  DELETE FROM `listing_cities` WHERE `city_key` = old.`city_key` AND `city` = old.`city` AND `listings` <= 0;
  INSERT INTO `listing_cities` (`city_key`, `city`, `listings`) SELECT new.`city_key`, new.`city`, 1
    WHERE new.`status` = 'published'
    ON CONFLICT (`city_key`, `city`) DO UPDATE SET `listings` = `listings` + 1;
END;--> statement-breakpoint
DROP INDEX `listings_search_type_newest_idx`;--> statement-breakpoint
CREATE INDEX `listings_search_type_newest_idx` ON `listings` (`status`, `type`, `published_at`, `available_from`);--> statement-breakpoint
DROP INDEX `listings_search_date_idx`;--> statement-breakpoint
CREATE INDEX `listings_search_date_idx` ON `listings` (`status`, `published_at`, `available_from`);--> statement-breakpoint
DROP TRIGGER `listings_fts_insert`;--> statement-breakpoint
DROP TRIGGER `listings_fts_delete`;--> statement-breakpoint
DROP TRIGGER `listings_fts_update`;--> statement-breakpoint
INSERT INTO `listings_fts` (`listings_fts`) VALUES ('delete-all');--> statement-breakpoint
INSERT INTO `listings_fts` (rowid, search_text) SELECT rowid, `search_text` FROM `listings` WHERE `status` = 'published';--> statement-breakpoint
CREATE TRIGGER `listings_fts_insert` AFTER INSERT ON `listings` WHEN new.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (rowid, search_text) VALUES (new.rowid, new.`search_text`);
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_delete` AFTER DELETE ON `listings` WHEN old.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, search_text) VALUES ('delete', old.rowid, old.`search_text`);
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_update` AFTER UPDATE OF `search_text`, `status` ON `listings`
  WHEN old.`status` = 'published' OR new.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, search_text)
    SELECT 'delete', old.rowid, old.`search_text` WHERE old.`status` = 'published';
  INSERT INTO `listings_fts` (rowid, search_text) SELECT new.rowid, new.`search_text` WHERE new.`status` = 'published';
END;--> statement-breakpoint
CREATE VIRTUAL TABLE IF NOT EXISTS `listings_fts_vocab` USING fts5vocab(`listings_fts`, row);
