CREATE TABLE `media` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`path` text NOT NULL,
	`version` text NOT NULL,
	`mime` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`bytes` integer NOT NULL,
	`alt` text NOT NULL,
	`caption` text,
	`credit` text,
	`uploader_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`uploader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "media_alt_present" CHECK(length(trim("media"."alt")) > 0),
	CONSTRAINT "media_size_positive" CHECK("media"."width" > 0 and "media"."height" > 0)
);
--> statement-breakpoint
CREATE INDEX `media_created_idx` ON `media` (`created_at`);--> statement-breakpoint
CREATE INDEX `media_uploader_idx` ON `media` (`uploader_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `media_uses` (
	`media_id` integer NOT NULL,
	`review_id` integer NOT NULL,
	PRIMARY KEY(`media_id`, `review_id`),
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `media_uses_review_idx` ON `media_uses` (`review_id`);