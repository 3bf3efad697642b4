-- Issue 15 §1–5: maintenance requests. A renter (or staff) reports a problem on an apartment; owners and
-- managers triage it, assign it to a maintenance member or an external vendor and schedule a visit; the
-- lifecycle open → triaged → scheduled → in_progress → resolved → closed (+ cancelled, reopened) is written as
-- one conditional UPDATE on the expected status plus its history row in one batch (worker/maintenance/state.ts).
-- Org-owned tables carry `org_id` and their indexes lead with it. Money in integer minor units + ISO currency.
-- Photos get their own table like listing photos (R2 key under the org, served through signed /files links).
CREATE TABLE `vendors` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`trade` text NOT NULL,
	`email` text,
	`phone` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `vendors_org_name_idx` ON `vendors` (`org_id`,`name`);--> statement-breakpoint
CREATE TABLE `maintenance_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`apartment_id` text NOT NULL,
	`lease_id` text,
	`reporter_user_id` text NOT NULL,
	`reporter_side` text NOT NULL,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`urgency` text NOT NULL,
	`priority` text DEFAULT 'normal' NOT NULL,
	`entry_permission` integer DEFAULT false NOT NULL,
	`availability` text,
	`status` text DEFAULT 'open' NOT NULL,
	`assignee_user_id` text,
	`vendor_id` text,
	`visit_date` text,
	`visit_from` text,
	`visit_to` text,
	`rating_stars` integer,
	`rating_comment` text,
	`rated_at` text,
	`acknowledged_at` text,
	`resolved_at` text,
	`escalated_at` text,
	`transition_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`apartment_id`) REFERENCES `apartments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lease_id`) REFERENCES `leases`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reporter_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `maintenance_requests_org_status_idx` ON `maintenance_requests` (`org_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `maintenance_requests_org_assignee_idx` ON `maintenance_requests` (`org_id`,`assignee_user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `maintenance_requests_apartment_idx` ON `maintenance_requests` (`apartment_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `maintenance_request_history` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`request_id` text NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` text,
	`actor_name` text NOT NULL,
	`actor_kind` text NOT NULL,
	`note` text,
	`at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `maintenance_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `maintenance_history_request_idx` ON `maintenance_request_history` (`request_id`,`at`);--> statement-breakpoint
CREATE TABLE `maintenance_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`request_id` text NOT NULL,
	`author_user_id` text,
	`author_name` text NOT NULL,
	`author_kind` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `maintenance_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `maintenance_comments_request_idx` ON `maintenance_comments` (`request_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `maintenance_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`request_id` text NOT NULL,
	`comment_id` text,
	`r2_key` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`uploaded_by_user_id` text,
	`uploaded_by_kind` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `maintenance_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `maintenance_comments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `maintenance_photos_request_idx` ON `maintenance_photos` (`request_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `maintenance_photos_key_unique` ON `maintenance_photos` (`r2_key`);--> statement-breakpoint
CREATE TABLE `maintenance_costs` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`request_id` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`hours` real,
	`logged_by_user_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `maintenance_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`logged_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `maintenance_costs_request_idx` ON `maintenance_costs` (`request_id`,`created_at`);--> statement-breakpoint
-- The number a renter calls for an emergency (shown before an emergency report); null: the contact phone.
ALTER TABLE `orgs` ADD `emergency_phone` text;
