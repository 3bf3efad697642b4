-- An application may state the applicant's monthly income (issue 14 §6: the landlord's review shows it and
-- the rent-to-income ratio). Integer minor units in the listing's currency; null when not given.
ALTER TABLE `applications` ADD `income_amount` integer;
