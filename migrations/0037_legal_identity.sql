-- Issue 13 §1 and §5 (loi n° 89-462 art. 3 and 10): who the org is in law.
-- `family_company`: a company that is a société civile constituée exclusivement entre parents et alliés jusqu'au
-- quatrième degré inclus (an SCI familiale), which keeps the three-year minimum of a natural person (art. 10).
-- `representative`: who signs for a company ("Odile Fabre, gérante"), printed on its agreements (art. 3).
ALTER TABLE `orgs` ADD `family_company` integer DEFAULT 0 NOT NULL;
ALTER TABLE `orgs` ADD `representative` text;
-- A company number is a company's. Orgs that said "individual" and gave one were, under the old model, a
-- family SCI letting as a person (three years): they become a company that is an SCI familiale, which keeps
-- the term their leases already have.
UPDATE `orgs` SET `legal_kind` = 'company', `family_company` = 1 WHERE `legal_kind` = 'individual' AND `company_number` IS NOT NULL;
-- Issue 13 (lease cancellation): when a lease was called off before it started. Its tenure still ends the day
-- before its start (`end_date`, the empty tenure every occupancy query relies on); `cancelled_at` records the
-- cancellation, so the status and the screens no longer infer it from an impossible range. Leases cancelled
-- before this column: the time of their `lease.cancel` audit row, else their creation.
ALTER TABLE `leases` ADD `cancelled_at` text;
UPDATE `leases` SET `cancelled_at` = coalesce((SELECT max(`at`) FROM `audit_log` WHERE `action` = 'lease.cancel' AND `target_id` = `leases`.`id`), `created_at`) WHERE `end_date` < `start_date`;
