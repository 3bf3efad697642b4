-- The search generation follows every write that changes what public search shows (issue 17 §4;
-- docs/decisions/0003). Written by hand.
-- A cached search answer is served only while `search_generation` (one row, id 1) has not moved since it
-- was computed. The app bumped it in the batch of each listing write it knew of, and a write it did not
-- know of left cached answers showing what had changed for up to five minutes: an org's closure or its
-- owner's erasure closing its listings, an apartment or property deleted with its listing, the
-- confirmation that fills a listing's last place, an apartment's number of rooms edited (every result
-- shows it). Triggers bump it instead, on the tables a search reads, whatever statement writes them:
-- - `listings`: a row inserted, updated or deleted while published (before or after the write);
-- - `listing_photos`: a photo added, moved or removed on a published listing (a result shows the first);
-- - `apartments`: `rooms_count` changed under a published listing.
-- The per-city counts (`listing_cities`) and the text index follow `listings` by their own triggers.
-- A trigger's write is part of the statement that fires it, so the bump lands with the change or not at all.
CREATE TRIGGER `search_generation_listing_insert` AFTER INSERT ON `listings` WHEN new.`status` = 'published' BEGIN
  UPDATE `search_generation` SET `value` = `value` + 1 WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `search_generation_listing_update` AFTER UPDATE ON `listings`
  WHEN old.`status` = 'published' OR new.`status` = 'published' BEGIN
  UPDATE `search_generation` SET `value` = `value` + 1 WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `search_generation_listing_delete` AFTER DELETE ON `listings` WHEN old.`status` = 'published' BEGIN
  UPDATE `search_generation` SET `value` = `value` + 1 WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `search_generation_photo_insert` AFTER INSERT ON `listing_photos`
  WHEN EXISTS (SELECT 1 FROM `listings` WHERE `id` = new.`listing_id` AND `status` = 'published') BEGIN
  UPDATE `search_generation` SET `value` = `value` + 1 WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `search_generation_photo_update` AFTER UPDATE ON `listing_photos`
  WHEN EXISTS (SELECT 1 FROM `listings` WHERE `id` IN (old.`listing_id`, new.`listing_id`) AND `status` = 'published') BEGIN
  UPDATE `search_generation` SET `value` = `value` + 1 WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `search_generation_photo_delete` AFTER DELETE ON `listing_photos`
  WHEN EXISTS (SELECT 1 FROM `listings` WHERE `id` = old.`listing_id` AND `status` = 'published') BEGIN
  UPDATE `search_generation` SET `value` = `value` + 1 WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `search_generation_apartment_rooms` AFTER UPDATE OF `rooms_count` ON `apartments`
  WHEN old.`rooms_count` IS NOT new.`rooms_count`
    AND EXISTS (SELECT 1 FROM `listings` WHERE `apartment_id` = new.`id` AND `status` = 'published') BEGIN
  UPDATE `search_generation` SET `value` = `value` + 1 WHERE `id` = 1;
END;
