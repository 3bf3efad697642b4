-- Issue 16 §2 and §4: the audit archive in R2 and the retention rules (worker/privacy/).
-- One row per (org, UTC day) whose audit entries were written to R2 as `audit/<org_key>/<day>.ndjson`
-- (org_key: the org's id, or 'platform' for entries without an org). Only closed days are archived.
CREATE TABLE `audit_archive_days` (
	`org_key` text NOT NULL,
	`day` text NOT NULL,
	`object_key` text NOT NULL,
	`entries` integer NOT NULL,
	`sha256` text NOT NULL,
	`archived_at` text NOT NULL,
	PRIMARY KEY(`org_key`, `day`)
);
--> statement-breakpoint
CREATE INDEX `audit_archive_days_day_idx` ON `audit_archive_days` (`day`);
--> statement-breakpoint
-- audit_log stays append-only, except that the retention rule may delete an entry once its (org, day) is
-- in the archive: nothing recorded can disappear before a copy of it is in R2. UPDATE stays refused.
DROP TRIGGER `audit_log_no_delete`;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN NOT EXISTS (
	SELECT 1 FROM audit_archive_days a
	WHERE a.org_key = coalesce(old.org_id, 'platform') AND a.day = substr(old.at, 1, 10)
)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
