CREATE TABLE `film_stills` (
	`film_id` integer NOT NULL,
	`media_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`film_id`, `media_id`),
	FOREIGN KEY (`film_id`) REFERENCES `films`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `film_stills_order_unique` ON `film_stills` (`film_id`,`position`);--> statement-breakpoint
CREATE INDEX `film_stills_media_idx` ON `film_stills` (`media_id`);--> statement-breakpoint
ALTER TABLE `reviewer_profiles` ADD `portrait_media_id` integer REFERENCES media(id);--> statement-breakpoint
CREATE INDEX `reviewer_profiles_portrait_idx` ON `reviewer_profiles` (`portrait_media_id`);