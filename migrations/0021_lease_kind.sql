-- Issue 13 §5: French rental law. A lease's kind (loi n° 89-462: `unfurnished` location nue, `furnished`
-- location meublée, `student_furnished` nine-month student lease, `mobility` bail mobilité) and who lets it
-- (`individual` or `company`: the minimum term of an unfurnished lease, art. 10). Existing leases become
-- `unfurnished`, the law's default regime (titre Ier), except those with an agreement drafted on a furnished
-- template, which become `furnished`; every existing landlord is taken as `individual` (the shorter minimum:
-- nothing existing is reclassified as breaking a rule it did not break before). The rules run only when a
-- lease is created or its agreement sent, never on stored rows (worker/lib/french-lease-law.ts).
ALTER TABLE `leases` ADD `kind` text DEFAULT 'unfurnished' NOT NULL;
--> statement-breakpoint
ALTER TABLE `leases` ADD `landlord_kind` text DEFAULT 'individual' NOT NULL;
--> statement-breakpoint
UPDATE `leases` SET `kind` = 'furnished'
  WHERE EXISTS (SELECT 1 FROM `documents` d WHERE d.`lease_id` = `leases`.`id` AND d.`template_name` LIKE '%-furnished');
