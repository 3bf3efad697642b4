-- Issue 15 §6: a maintenance request's logged labour and materials are recorded as an expense once. An expense
-- made from them (POST /expenses with `maintenanceRequestId` and no amount) is marked `from_logged_costs = 1`;
-- the partial unique index lets one such expense per request exist, so a second attempt (a double click, two
-- managers at once) inserts nothing and the API answers 409 `expense_already_recorded`. Expenses with an
-- amount of their own (a partial invoice) stay unmarked and unlimited. Existing rows are unmarked.
ALTER TABLE `expenses` ADD `from_logged_costs` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX `expenses_logged_costs_once` ON `expenses` (`maintenance_request_id`) WHERE `from_logged_costs` = 1;
