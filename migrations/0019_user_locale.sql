-- The language each user reads Rentline in (issue 13): null until they choose; then fr, en, uk or he.
ALTER TABLE `users` ADD `locale` text;
