-- Glossary: a bedroom of a shared flat is a *place*; "room" means only the live apartment room.
-- Written by hand (drizzle-kit's own answer rebuilt `listing_places` and `applications`, and dropping the old
-- table would cascade-delete applications on D1, which ignores PRAGMA foreign_keys). A plain rename keeps
-- every row, and SQLite (≥ 3.26, legacy_alter_table off) rewrites the foreign key that points at the table
-- (`applications.room_id`). The indexes follow the new name. `search_generation`, now declared in drizzle,
-- already exists (0009): the snapshot records it, nothing creates it again.
ALTER TABLE `listing_rooms` RENAME TO `listing_places`;--> statement-breakpoint
DROP INDEX `listing_rooms_listing_idx`;--> statement-breakpoint
DROP INDEX `listing_rooms_org_idx`;--> statement-breakpoint
CREATE INDEX `listing_places_listing_idx` ON `listing_places` (`listing_id`,`position`);--> statement-breakpoint
CREATE INDEX `listing_places_org_idx` ON `listing_places` (`org_id`,`listing_id`);
