-- Issue 15 §6: expenses an owner or manager records per property (optionally one of its apartments), in the
-- org's currency (minor units; `currency` copied from the org when recorded), the day incurred (`incurred_on`,
-- an ISO date in the org's time zone), a category from worker/expenses/schema.ts `EXPENSE_CATEGORIES` and an
-- optional receipt (photo or PDF, stored in R2 at `receipt_key` through worker/lib/uploads.ts). An expense may
-- name the maintenance request it pays for and the vendor paid (0031's tables; set null if those go). Read by
-- the owner statement (§7) per property and month: the index leads with the org, then the property and day.
CREATE TABLE `expenses` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`property_id` text NOT NULL,
	`apartment_id` text,
	`maintenance_request_id` text,
	`vendor_id` text,
	`category` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`incurred_on` text NOT NULL,
	`note` text,
	`receipt_key` text,
	`receipt_type` text,
	`receipt_name` text,
	`receipt_size` integer,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`apartment_id`) REFERENCES `apartments`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`maintenance_request_id`) REFERENCES `maintenance_requests`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `expenses_org_property_day_idx` ON `expenses` (`org_id`,`property_id`,`incurred_on`);
