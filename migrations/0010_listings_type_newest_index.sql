-- "type + available by, newest first": walk the type's listings newest first and stop at a page, instead
-- of sorting every listing of that type (bench/search.mjs measured the sort).
CREATE INDEX `listings_search_type_newest_idx` ON `listings` (`status`, `type`, `published_at`);
