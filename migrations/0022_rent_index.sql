-- Issue 13 §6: rent revision by the IRL (Indice de référence des loyers, INSEE), loi n° 89-462 art. 17-1.
-- The published quarterly index values (INSEE series 001515333, https://www.insee.fr/fr/statistiques/serie/001515333),
-- exactly as published (2 decimals, base 100 = 4th quarter 1998), kept as text so no float rounding touches them.
-- A platform admin adds the next quarters (PUT /api/admin/rent-index/{quarter}). `published_at` is the INSEE
-- publication date when known (YYYY-MM-DD); the seeded rows leave it null rather than guess it.
CREATE TABLE `rent_index_values` (
	`series` text NOT NULL,
	`quarter` text NOT NULL,
	`value` text NOT NULL,
	`published_at` text,
	`updated_by` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`series`, `quarter`)
);
--> statement-breakpoint
-- The 2020–2024 values (INSEE series 001515333). Later quarters: added by a platform admin.
INSERT INTO `rent_index_values` (`series`, `quarter`, `value`, `published_at`, `updated_by`, `updated_at`) VALUES
	('IRL', '2020-Q1', '130.57', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2020-Q2', '130.57', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2020-Q3', '130.59', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2020-Q4', '130.52', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2021-Q1', '130.69', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2021-Q2', '131.12', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2021-Q3', '131.67', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2021-Q4', '132.62', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2022-Q1', '133.93', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2022-Q2', '135.84', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2022-Q3', '136.27', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2022-Q4', '137.26', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2023-Q1', '138.61', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2023-Q2', '140.59', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2023-Q3', '141.03', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2023-Q4', '142.06', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2024-Q1', '143.46', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2024-Q2', '145.17', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2024-Q3', '144.51', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z'),
	('IRL', '2024-Q4', '144.64', NULL, 'migration:0022', '2026-12-01T00:00:00.000Z');
--> statement-breakpoint
-- The lease's revision clause (art. 17-1): whether the rent is revised yearly, the IRL quarter of reference
-- written in the lease (`YYYY-Qn`, the last index published when it was signed), its value as written, and the
-- date of the last revision (YYYY-MM-DD, in the org's time zone).
ALTER TABLE `leases` ADD `rent_revision_clause` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE `leases` ADD `rent_index_quarter` text;
--> statement-breakpoint
ALTER TABLE `leases` ADD `rent_index_base_value` text;
--> statement-breakpoint
ALTER TABLE `leases` ADD `rent_revised_on` text;
--> statement-breakpoint
-- One confirmed revision per lease and anniversary (the unique key makes a second confirmation a no-op):
-- the index values used, the rent before and after (minor units) and the first period charged the new rent.
CREATE TABLE `rent_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`apartment_id` text NOT NULL,
	`lease_id` text NOT NULL,
	`anniversary` text NOT NULL,
	`previous_rent` integer NOT NULL,
	`new_rent` integer NOT NULL,
	`currency` text NOT NULL,
	`base_quarter` text NOT NULL,
	`base_value` text NOT NULL,
	`new_quarter` text NOT NULL,
	`new_value` text NOT NULL,
	`effective_period` text NOT NULL,
	`confirmed_by` text NOT NULL,
	`confirmed_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lease_id`) REFERENCES `leases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rent_revisions_lease_anniversary_unique` ON `rent_revisions` (`lease_id`,`anniversary`);
--> statement-breakpoint
CREATE INDEX `rent_revisions_org_lease_idx` ON `rent_revisions` (`org_id`,`lease_id`);
