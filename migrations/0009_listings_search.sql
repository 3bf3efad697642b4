-- Public listing search: FTS5 over title, description and city (external content: the text lives in
-- `listings`, triggers keep the index in step), case-insensitive city indexes for the filter + sort
-- shapes, and the search generation that versions the edge cache (bumped by every listing write).
CREATE VIRTUAL TABLE `listings_fts` USING fts5(title, description, city, content='listings', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
INSERT INTO `listings_fts` (rowid, title, description, city) SELECT rowid, title, description, city FROM `listings`;--> statement-breakpoint
CREATE TRIGGER `listings_fts_insert` AFTER INSERT ON `listings` BEGIN
  INSERT INTO `listings_fts` (rowid, title, description, city) VALUES (new.rowid, new.title, new.description, new.city);
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_delete` AFTER DELETE ON `listings` BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, title, description, city) VALUES ('delete', old.rowid, old.title, old.description, old.city);
END;--> statement-breakpoint
CREATE TRIGGER `listings_fts_update` AFTER UPDATE OF title, description, city ON `listings` BEGIN
  INSERT INTO `listings_fts` (`listings_fts`, rowid, title, description, city) VALUES ('delete', old.rowid, old.title, old.description, old.city);
  INSERT INTO `listings_fts` (rowid, title, description, city) VALUES (new.rowid, new.title, new.description, new.city);
END;--> statement-breakpoint
CREATE INDEX `listings_search_city_nocase_price_idx` ON `listings` (`status`, `city` COLLATE NOCASE, `rent_amount`);--> statement-breakpoint
CREATE INDEX `listings_search_city_nocase_date_idx` ON `listings` (`status`, `city` COLLATE NOCASE, `published_at`);--> statement-breakpoint
CREATE INDEX `listings_search_type_date_idx` ON `listings` (`status`, `type`, `available_from`);--> statement-breakpoint
CREATE TABLE `search_generation` (`id` integer PRIMARY KEY NOT NULL, `value` integer NOT NULL);--> statement-breakpoint
INSERT INTO `search_generation` (`id`, `value`) VALUES (1, 1);
