CREATE TABLE `lease_renters` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`lease_id` text NOT NULL,
	`apartment_id` text NOT NULL,
	`email` text NOT NULL,
	`user_id` text,
	`token_hash` text NOT NULL,
	`invited_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`joined_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lease_id`) REFERENCES `leases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lease_renters_token_unique` ON `lease_renters` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `lease_renters_lease_email_unique` ON `lease_renters` (`lease_id`,`email`);--> statement-breakpoint
CREATE INDEX `lease_renters_user_idx` ON `lease_renters` (`user_id`,`apartment_id`);--> statement-breakpoint
CREATE INDEX `lease_renters_org_lease_idx` ON `lease_renters` (`org_id`,`lease_id`);--> statement-breakpoint
CREATE TABLE `leases` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`apartment_id` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`rent_amount` integer NOT NULL,
	`currency` text NOT NULL,
	`due_day` integer NOT NULL,
	`deposit_amount` integer,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`apartment_id`) REFERENCES `apartments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `leases_org_apartment_idx` ON `leases` (`org_id`,`apartment_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `renter_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`phone` text NOT NULL,
	`birth_date` text NOT NULL,
	`address` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`apartment_id` text NOT NULL,
	`lease_id` text,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`amount` integer,
	`currency` text,
	`period` text,
	`author_user_id` text NOT NULL,
	`author_name` text NOT NULL,
	`author_side` text NOT NULL,
	`status` text NOT NULL,
	`confirm_by_side` text,
	`confirmed_at` text,
	`confirmed_by` text,
	`confirmed_by_name` text,
	`rejected_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`apartment_id`) REFERENCES `apartments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activities_org_apartment_idx` ON `activities` (`org_id`,`apartment_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `activities_apartment_updated_idx` ON `activities` (`apartment_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `room_chat_counts` (
	`apartment_id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`messages` integer DEFAULT 0 NOT NULL,
	`last_message_at` text
);
--> statement-breakpoint
CREATE TABLE `room_reads` (
	`apartment_id` text NOT NULL,
	`user_id` text NOT NULL,
	`read_messages` integer DEFAULT 0 NOT NULL,
	`digested_messages` integer DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`apartment_id`, `user_id`)
);
--> statement-breakpoint
CREATE INDEX `room_reads_user_idx` ON `room_reads` (`user_id`);