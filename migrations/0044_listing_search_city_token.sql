-- City + free text at 100,000 listings (issue 17 §4). Written by hand.
-- `listings_fts` also indexes each listing's city key as one more token: U+E000 (a private-use character,
-- which the `unicode61` tokenizer keeps inside tokens by default, categories "L* N* Co") before the key, its
-- spaces written as U+E000 too (`saint etienne` → `\uE000saint\uE000etienne`). A search with a city and free
-- text adds that token to its MATCH (worker/listings/search.ts `cityToken`), so FTS5 intersects the typed
-- words' lists with the city's short one instead of listing every match of a common word (~48,000 rowids)
-- for the statement to probe. People cannot match the token: typed text is split on everything that is not
-- a letter or a digit, U+E000 included, and a typed word's vocabulary range never starts with it.
-- The token is written here, by the triggers, from `city_key` (not by the app into `search_text`), so
-- every write to a listing's city key, by any path, re-indexes it; the index's text is therefore
-- `search_text`, a newline and the token, which is what each 'delete' must repeat. (Like since 0043, the
-- index is not its content table's copy: re-index with 'delete-all' and the INSERT below, never 'rebuild'.)
DROP TRIGGER `listings_fts_insert`;--> statement-breakpoint
DROP TRIGGER `listings_fts_delete`;--> statement-breakpoint
DROP TRIGGER `listings_fts_update`;--> statement-breakpoint
INSERT INTO `listings_fts` (`listings_fts`) VALUES ('delete-all');--> statement-breakpoint
INSERT INTO `listings_fts` (rowid, search_text)
  SELECT rowid, `search_text` || char(10) || char(57344) || replace(`city_key`, ' ', char(57344)) FROM `listings`
  WHERE `status` = 'published';--> statement-breakpoint
CREATE TRIGGER `listings_fts_insert` AFTER INSERT ON `listings` WHEN new.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (rowid, search_text)
    VALUES (new.rowid, new.`search_text` || char(10) || char(57344) || replace(new.`city_key`, ' ', char(57344)));
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_delete` AFTER DELETE ON `listings` WHEN old.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, search_text)
    VALUES ('delete', old.rowid, old.`search_text` || char(10) || char(57344) || replace(old.`city_key`, ' ', char(57344)));
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_update` AFTER UPDATE OF `search_text`, `city_key`, `status` ON `listings`
  WHEN old.`status` = 'published' OR new.`status` = 'published' BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, search_text)
    SELECT 'delete', old.rowid, old.`search_text` || char(10) || char(57344) || replace(old.`city_key`, ' ', char(57344))
    WHERE old.`status` = 'published';
  INSERT INTO `listings_fts` (rowid, search_text)
    SELECT new.rowid, new.`search_text` || char(10) || char(57344) || replace(new.`city_key`, ' ', char(57344))
    WHERE new.`status` = 'published';
END;
