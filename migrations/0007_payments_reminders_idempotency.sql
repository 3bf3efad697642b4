CREATE TABLE `idempotency_keys` (
	`user_id` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer,
	`response_body` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`lease_id` text NOT NULL,
	`provider` text NOT NULL,
	`checkout_session_id` text NOT NULL,
	`payment_intent_id` text,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`period` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`failure_reason` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lease_id`) REFERENCES `leases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_checkout_session_unique` ON `payments` (`checkout_session_id`);--> statement-breakpoint
CREATE INDEX `payments_payment_intent_idx` ON `payments` (`payment_intent_id`);--> statement-breakpoint
CREATE INDEX `payments_org_lease_idx` ON `payments` (`org_id`,`lease_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `rent_reminders` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`lease_id` text NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`sent_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lease_id`) REFERENCES `leases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rent_reminders_unique` ON `rent_reminders` (`lease_id`,`period`,`kind`);--> statement-breakpoint
CREATE TABLE `stripe_events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`received_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `leases` ADD `reminders_enabled` integer DEFAULT true NOT NULL;