-- IRL values INSEE published in 2025 (series 001515333, base 100 = 4th quarter 1998), each checked against the
-- yearly variation INSEE printed with it: 2025-Q1 145.47 (+1.40 % on 143.46), 2025-Q2 146.68 (+1.04 % on 145.17),
-- 2025-Q3 145.77 (+0.87 % on 144.51; Informations rapides n° 254 of 15 October 2025). Existing rows are left
-- alone: a platform admin may already have recorded a quarter (PUT /api/admin/rent-index/{quarter}).
INSERT OR IGNORE INTO `rent_index_values` (`series`, `quarter`, `value`, `published_at`, `updated_by`, `updated_at`) VALUES
	('IRL', '2025-Q1', '145.47', NULL, 'migration:0029', '2026-12-01T00:00:00.000Z'),
	('IRL', '2025-Q2', '146.68', NULL, 'migration:0029', '2026-12-01T00:00:00.000Z'),
	('IRL', '2025-Q3', '145.77', '2025-10-15', 'migration:0029', '2026-12-01T00:00:00.000Z');
