-- What French rental ads must show (issue 13 §7; loi n° 89-462 art. 3-1, décret n° 2022-780, CCH art. L126-33).
-- Written by hand. Every column is nullable: drafts may lack them, and publishing a listing in France
-- without living area, furnished flag, DPE class (or "not_required") and GES class is refused by the
-- service (409 `listing_incomplete`), not by the table. Existing rows keep null ("not stated").
ALTER TABLE `listings` ADD `charges_kind` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `living_area` real;--> statement-breakpoint
ALTER TABLE `listings` ADD `furnished` integer;--> statement-breakpoint
ALTER TABLE `listings` ADD `energy_class` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `ghg_class` text;--> statement-breakpoint
ALTER TABLE `listings` ADD `energy_cost_min` integer;--> statement-breakpoint
ALTER TABLE `listings` ADD `energy_cost_max` integer;--> statement-breakpoint
ALTER TABLE `listings` ADD `energy_price_year` integer;--> statement-breakpoint
CREATE INDEX `listings_search_area_idx` ON `listings` (`status`,`living_area`);
