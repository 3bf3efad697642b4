CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`apartment_id` text NOT NULL,
	`lease_id` text NOT NULL,
	`template_name` text NOT NULL,
	`template_fields` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`pdf_key` text,
	`sha256` text,
	`pdf_size` integer,
	`signed_pdf_key` text,
	`signed_sha256` text,
	`failure_reason` text,
	`renewed_from_id` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`sent_at` text,
	`signed_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`apartment_id`) REFERENCES `apartments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lease_id`) REFERENCES `leases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `documents_org_apartment_idx` ON `documents` (`org_id`,`apartment_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `documents_lease_idx` ON `documents` (`lease_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `documents_sha256_idx` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_signed_sha256_idx` ON `documents` (`signed_sha256`);--> statement-breakpoint
CREATE TABLE `signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`document_id` text NOT NULL,
	`signer_user_id` text NOT NULL,
	`signer_name` text NOT NULL,
	`role` text NOT NULL,
	`signed_name` text NOT NULL,
	`image_key` text NOT NULL,
	`document_sha256` text NOT NULL,
	`ip` text NOT NULL,
	`user_agent` text NOT NULL,
	`signed_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`signer_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signatures_document_signer_unique` ON `signatures` (`document_id`,`signer_user_id`);--> statement-breakpoint
CREATE INDEX `signatures_org_document_idx` ON `signatures` (`org_id`,`document_id`);