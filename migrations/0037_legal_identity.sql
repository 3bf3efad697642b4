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
