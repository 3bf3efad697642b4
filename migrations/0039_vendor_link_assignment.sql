-- Issue 15 (tester): a vendor's link is the link of one assignment. Reassigning a request to someone else
-- and back to the same vendor revived the old link (it named only the vendor and the request), so a forwarded
-- email from before worked again. `vendor_assigned_at` changes with every assignment of a vendor; the link
-- carries it and must match. Requests with a vendor today keep working with links signed from now on.
ALTER TABLE `maintenance_requests` ADD `vendor_assigned_at` text;
--> statement-breakpoint
UPDATE `maintenance_requests` SET `vendor_assigned_at` = `updated_at` WHERE `vendor_id` IS NOT NULL;
