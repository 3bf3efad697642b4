-- The platform admin console (issue 16 §1): why an account was banned (shown to it at sign-in), a listing's
-- takedown by Rentline (why, when, and the status to restore), and the accounts' search index: FTS5 over
-- name and email, folded for case and Latin accents (external content: triggers keep it in step).
ALTER TABLE `users` ADD `ban_reason` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `takedown_reason` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `taken_down_at` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `status_before_takedown` text;--> statement-breakpoint
CREATE VIRTUAL TABLE `users_fts` USING fts5(name, email, content='users', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
INSERT INTO `users_fts` (rowid, name, email) SELECT rowid, name, email FROM `users`;--> statement-breakpoint
CREATE TRIGGER `users_fts_insert` AFTER INSERT ON `users` BEGIN
  INSERT INTO `users_fts` (rowid, name, email) VALUES (new.rowid, new.name, new.email);
END;--> statement-breakpoint
CREATE TRIGGER `users_fts_delete` AFTER DELETE ON `users` BEGIN
  INSERT INTO `users_fts` (`users_fts`, rowid, name, email) VALUES ('delete', old.rowid, old.name, old.email);
END;--> statement-breakpoint
CREATE TRIGGER `users_fts_update` AFTER UPDATE OF name, email ON `users` BEGIN
  INSERT INTO `users_fts` (`users_fts`, rowid, name, email) VALUES ('delete', old.rowid, old.name, old.email);
  INSERT INTO `users_fts` (rowid, name, email) VALUES (new.rowid, new.name, new.email);
END;
