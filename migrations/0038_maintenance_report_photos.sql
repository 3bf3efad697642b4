-- Issue 15 (tester): a report's photos are sent with the report, not waiting for a comment. Photos uploaded
-- by the reporter with the multipart field `message=report` are marked `for_report = 1`: they no longer count
-- among the uploader's photos waiting for their message (which kept a renter who reported with 10 photos from
-- adding one to a comment), and the request's own gallery shows them. A comment's photos stay unmarked until
-- the comment names them; unnamed ones (a comment that failed) show nowhere. Existing photos that no comment
-- names were the reports' own: they are marked.
ALTER TABLE `maintenance_photos` ADD `for_report` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
UPDATE `maintenance_photos` SET `for_report` = 1 WHERE `comment_id` IS NULL;
