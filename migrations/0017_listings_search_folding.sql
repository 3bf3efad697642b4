-- Search finds what people type (issue 12 §4). Written by hand.
-- 1. `city_key`: the city filter compares folded keys (worker/listings/search-text.ts `cityKey`) instead of
--    `city = ? collate nocase`, which folds ASCII case only. Existing rows get the key from the FTS5 index of
--    0009, whose `unicode61 remove_diacritics 2` tokenizer folds exactly that way: the city's tokens, in order,
--    joined by spaces (`Saint-Étienne` → `saint etienne`), read through an fts5vocab table dropped afterwards.
-- 2. `search_text`: what the index reads, written by the app (title, description, city, with CJK runs also as
--    bigrams). Existing rows get title, description and city joined by newlines (their Latin text is folded
--    by the tokenizer as before), their CJK runs rewritten as bigrams the same way in SQL.
-- 3. `listings_fts` is rebuilt over `search_text` (same tokenizer, same external-content triggers), and the
--    city indexes move to `city_key`.
ALTER TABLE `listings` ADD `city_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `listings` ADD `search_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE VIRTUAL TABLE `listings_fts_terms_0017` USING fts5vocab(`listings_fts`, instance);--> statement-breakpoint
CREATE TABLE `listings_city_keys_0017` AS
  SELECT `doc`, group_concat(`term`, ' ' ORDER BY `offset`) AS `city_key`
  FROM `listings_fts_terms_0017` WHERE `col` = 'city' GROUP BY `doc`;--> statement-breakpoint
UPDATE `listings` SET
  `city_key` = coalesce((SELECT k.`city_key` FROM `listings_city_keys_0017` k WHERE k.`doc` = `listings`.rowid), lower(`city`)),
  `search_text` = `title` || char(10) || `description` || char(10) || `city`;--> statement-breakpoint
-- CJK runs (Hiragana, Katakana, Han, Hangul by code point) written as the app writes them: each character
-- followed by the next as a pair, the run's last one alone (`两室一厅公寓` → ` 两室 室一 一厅 厅公 公寓 寓 `), one
-- character at a time in a recursive CTE, only for the rows that hold such characters.
UPDATE `listings` SET `search_text` = (
  WITH RECURSIVE `walk`(`i`, `out`) AS (
    SELECT 1, ''
    UNION ALL
    SELECT `i` + 1, `out` || (
      SELECT CASE
        WHEN NOT `c_cjk` THEN `ch`
        WHEN `n_cjk` THEN ' ' || `ch` || `nx`
        ELSE ' ' || `ch` || ' '
      END
      FROM (
        SELECT `ch`, `nx`,
          (unicode(`ch`) BETWEEN 0x3040 AND 0x30FA OR unicode(`ch`) BETWEEN 0x30FC AND 0x30FF OR unicode(`ch`) BETWEEN 0x3400 AND 0x4DBF OR unicode(`ch`) BETWEEN 0x4E00 AND 0x9FFF OR unicode(`ch`) BETWEEN 0xAC00 AND 0xD7AF OR unicode(`ch`) BETWEEN 0xF900 AND 0xFAFF OR unicode(`ch`) BETWEEN 0x20000 AND 0x3134F) AS `c_cjk`,
          (unicode(`nx`) BETWEEN 0x3040 AND 0x30FA OR unicode(`nx`) BETWEEN 0x30FC AND 0x30FF OR unicode(`nx`) BETWEEN 0x3400 AND 0x4DBF OR unicode(`nx`) BETWEEN 0x4E00 AND 0x9FFF OR unicode(`nx`) BETWEEN 0xAC00 AND 0xD7AF OR unicode(`nx`) BETWEEN 0xF900 AND 0xFAFF OR unicode(`nx`) BETWEEN 0x20000 AND 0x3134F) AS `n_cjk`
        FROM (SELECT substr(`listings`.`search_text`, `i`, 1) AS `ch`, substr(`listings`.`search_text`, `i` + 1, 1) AS `nx`)
      )
    )
    FROM `walk` WHERE `i` <= length(`listings`.`search_text`)
  )
  SELECT `out` FROM `walk` ORDER BY `i` DESC LIMIT 1
)
WHERE `search_text` GLOB '*[぀-ヿ㐀-䶿一-鿿가-힯豈-﫿]*';--> statement-breakpoint
DROP TABLE `listings_city_keys_0017`;--> statement-breakpoint
DROP TABLE `listings_fts_terms_0017`;--> statement-breakpoint
DROP TRIGGER `listings_fts_insert`;--> statement-breakpoint
DROP TRIGGER `listings_fts_delete`;--> statement-breakpoint
DROP TRIGGER `listings_fts_update`;--> statement-breakpoint
DROP TABLE `listings_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `listings_fts` USING fts5(search_text, content='listings', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
INSERT INTO `listings_fts` (`listings_fts`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `listings_fts_insert` AFTER INSERT ON `listings` BEGIN
  INSERT INTO `listings_fts` (rowid, search_text) VALUES (new.rowid, new.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_delete` AFTER DELETE ON `listings` BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_update` AFTER UPDATE OF search_text ON `listings` BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
  INSERT INTO `listings_fts` (rowid, search_text) VALUES (new.rowid, new.search_text);
END;--> statement-breakpoint
DROP INDEX `listings_search_city_price_idx`;--> statement-breakpoint
DROP INDEX `listings_search_city_date_idx`;--> statement-breakpoint
DROP INDEX `listings_search_city_nocase_price_idx`;--> statement-breakpoint
DROP INDEX `listings_search_city_nocase_date_idx`;--> statement-breakpoint
CREATE INDEX `listings_search_city_key_price_idx` ON `listings` (`status`,`city_key`,`rent_amount`);--> statement-breakpoint
CREATE INDEX `listings_search_city_key_date_idx` ON `listings` (`status`,`city_key`,`published_at`);
