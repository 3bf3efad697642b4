-- Issue 11 §2–3. Open room sockets, so a revocation (logout, ban, removal, lease change) can close them at
-- once; rows are written by the room on connect and removed on close (stale rows only cost an extra RPC).
CREATE TABLE `room_connections` (
	`room` text NOT NULL,
	`connection_id` text NOT NULL,
	`user_id` text NOT NULL,
	`session_id` text NOT NULL,
	`org_id` text NOT NULL,
	`opened_at` text NOT NULL,
	PRIMARY KEY(`room`, `connection_id`)
);
--> statement-breakpoint
CREATE INDEX `room_connections_user_idx` ON `room_connections` (`user_id`,`session_id`);
--> statement-breakpoint
CREATE INDEX `room_connections_org_idx` ON `room_connections` (`org_id`,`user_id`);
--> statement-breakpoint
-- Whether renters of separate current leases of one apartment (a shared flat) share its chat.
ALTER TABLE `apartments` ADD `shared_chat` integer DEFAULT false NOT NULL;
