-- Loi n° 89-462 art. 25-13: a bail mobilité states why the renter takes it (formation professionnelle, études
-- supérieures, contrat d'apprentissage, stage, service civique, mutation professionnelle, mission temporaire:
-- worker/lib/mobility-reasons.ts). Null for every other kind, and for bails mobilité made before this column
-- (their agreement then asks for it).
ALTER TABLE `leases` ADD `mobility_reason` text;
