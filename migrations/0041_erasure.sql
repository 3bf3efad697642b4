-- Erasure (issue 16 §3, GDPR art. 17): an erased account keeps its row, pseudonymised, with the time it went
-- (`erased_at`); a closed org keeps its data until `purge_after` (its retention period: worker/erasure/purge.ts),
-- then `purgeClosedOrgs` marks it (`purged_at`) and deletes it. The ledger stays append-only except for the
-- ledger of an org being purged: the delete trigger lets those rows go, and nothing else.
ALTER TABLE `users` ADD `erased_at` text;--> statement-breakpoint
ALTER TABLE `orgs` ADD `closed_at` text;--> statement-breakpoint
ALTER TABLE `orgs` ADD `purge_after` text;--> statement-breakpoint
ALTER TABLE `orgs` ADD `purged_at` text;--> statement-breakpoint
DROP TRIGGER `ledger_entries_no_delete`;--> statement-breakpoint
CREATE TRIGGER `ledger_entries_no_delete` BEFORE DELETE ON `ledger_entries`
WHEN NOT EXISTS (SELECT 1 FROM `orgs` WHERE `orgs`.`id` = old.`org_id` AND `orgs`.`purged_at` IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'ledger_entries is append-only'); END;
