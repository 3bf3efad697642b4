-- Issue 13 §1/§8: org settings. New columns on `orgs` (one row per org, always present, read with the org in
-- the same statement by receipts and the apartment page) rather than an `org_settings` table, which would need
-- a row created with every org (and back-filled for existing ones) and a join on every read. The existing
-- `address` column becomes the street line of the registered address and `phone` the contact phone.
-- New orgs are created fr / FR / EUR / Europe/Paris by the code (worker/orgs/service.ts `newOrgRows`); the
-- column defaults of `locale` and `timezone` stay as they are (changing a default means rebuilding `orgs`,
-- whose children cascade on delete), and existing orgs keep the language and time zone they have.
ALTER TABLE `orgs` ADD `legal_name` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `legal_form` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `legal_kind` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `company_number` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `postal_code` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `city` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `address_country` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `contact_email` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `bank_holder` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `bank_iban` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `bank_bic` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `logo_key` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `logo_type` text;
--> statement-breakpoint
ALTER TABLE `orgs` ADD `country` text DEFAULT 'FR' NOT NULL;
