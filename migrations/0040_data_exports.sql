-- Issue 16 §3: a person's data as a ZIP (GDPR art. 15 and 20). One row per request; the queue job
-- (worker/jobs/export-consumer.ts) builds the ZIP into R2 at `r2_key` and marks it ready for 7 days.
-- At most one export in progress per person (the partial unique index), whatever races.
CREATE TABLE `data_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`r2_key` text,
	`bytes` integer,
	`failure_reason` text,
	`created_at` text NOT NULL,
	`ready_at` text,
	`expires_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `data_exports_user_idx` ON `data_exports` (`user_id`,`created_at`);
--> statement-breakpoint
CREATE INDEX `data_exports_expires_idx` ON `data_exports` (`expires_at`);
--> statement-breakpoint
CREATE UNIQUE INDEX `data_exports_one_in_progress` ON `data_exports` (`user_id`) WHERE "data_exports"."status" in ('requested', 'building');
