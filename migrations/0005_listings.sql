CREATE TABLE `listing_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`listing_id` text NOT NULL,
	`r2_key` text NOT NULL,
	`content_type` text NOT NULL,
	`width` integer,
	`height` integer,
	`size` integer NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_photos_listing_idx` ON `listing_photos` (`listing_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `listing_photos_key_unique` ON `listing_photos` (`r2_key`);--> statement-breakpoint
CREATE TABLE `listing_rooms` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`listing_id` text NOT NULL,
	`name` text NOT NULL,
	`capacity` integer NOT NULL,
	`rent_amount` integer NOT NULL,
	`filled` integer DEFAULT 0 NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_rooms_listing_idx` ON `listing_rooms` (`listing_id`,`position`);--> statement-breakpoint
CREATE INDEX `listing_rooms_org_idx` ON `listing_rooms` (`org_id`,`listing_id`);--> statement-breakpoint
CREATE TABLE `listings` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`apartment_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`city` text NOT NULL,
	`address` text NOT NULL,
	`type` text NOT NULL,
	`rent_amount` integer NOT NULL,
	`charges_amount` integer DEFAULT 0 NOT NULL,
	`deposit_amount` integer DEFAULT 0 NOT NULL,
	`currency` text NOT NULL,
	`available_from` text NOT NULL,
	`guarantors_required` integer DEFAULT 0 NOT NULL,
	`required_documents` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` text,
	`closed_at` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`apartment_id`) REFERENCES `apartments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listings_org_idx` ON `listings` (`org_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `listings_search_city_price_idx` ON `listings` (`status`,`city`,`rent_amount`);--> statement-breakpoint
CREATE INDEX `listings_search_city_date_idx` ON `listings` (`status`,`city`,`published_at`);--> statement-breakpoint
CREATE INDEX `listings_search_price_idx` ON `listings` (`status`,`rent_amount`);--> statement-breakpoint
CREATE INDEX `listings_search_date_idx` ON `listings` (`status`,`published_at`);