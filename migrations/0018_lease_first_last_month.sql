-- Issue 12 §6: the landlord's own amount for a lease's first and last month (minor units), replacing the
-- pro-rata-by-days charge of a partial month (worker/rent/periods.ts `chargeOf`). Null: pro-rated.
ALTER TABLE `leases` ADD `first_month_amount` integer;
--> statement-breakpoint
ALTER TABLE `leases` ADD `last_month_amount` integer;
