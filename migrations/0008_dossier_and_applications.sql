CREATE TABLE `dossier_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`guarantor_id` text,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`r2_key` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`guarantor_id`) REFERENCES `guarantors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dossier_documents_user_idx` ON `dossier_documents` (`user_id`,`guarantor_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `guarantors` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`relationship` text NOT NULL,
	`income_amount` integer,
	`income_currency` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `guarantors_user_idx` ON `guarantors` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `application_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`application_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`actor_side` text NOT NULL,
	`note` text,
	`at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_history_idx` ON `application_status_history` (`application_id`,`at`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`listing_id` text NOT NULL,
	`room_id` text NOT NULL,
	`renter_user_id` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`move_in_date` text NOT NULL,
	`duration_months` integer NOT NULL,
	`guarantor_ids` text NOT NULL,
	`message` text,
	`profile` text NOT NULL,
	`transition_id` text,
	`lease_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`room_id`) REFERENCES `listing_rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`renter_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lease_id`) REFERENCES `leases`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_listing_renter_unique` ON `applications` (`listing_id`,`renter_user_id`);--> statement-breakpoint
CREATE INDEX `applications_org_listing_idx` ON `applications` (`org_id`,`listing_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `applications_renter_idx` ON `applications` (`renter_user_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `renter_profiles` ADD `nationality` text;--> statement-breakpoint
ALTER TABLE `renter_profiles` ADD `education` text;--> statement-breakpoint
ALTER TABLE `renter_profiles` ADD `budget_amount` integer;--> statement-breakpoint
ALTER TABLE `renter_profiles` ADD `budget_currency` text;