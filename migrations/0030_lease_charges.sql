-- Loi n° 89-462 art. 21: a quittance distinguishes the rent and the charges. A lease's monthly charges
-- (minor units of its currency: the provision sur charges or the forfait), beside `rent_amount`, which is the
-- rent excluding charges. The monthly amount due is their sum (worker/lib/rent-dates.ts `chargeOf`).
-- Existing leases get 0: what they were charged stays the rent they were charged.
ALTER TABLE `leases` ADD `charges_amount` integer DEFAULT 0 NOT NULL;
