ALTER TABLE `editorial_comments` ADD `anchor` text;--> statement-breakpoint
ALTER TABLE `editorial_comments` ADD `quote` text;