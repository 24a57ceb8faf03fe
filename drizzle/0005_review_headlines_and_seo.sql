ALTER TABLE `films` ADD `seo_title` text;--> statement-breakpoint
ALTER TABLE `films` ADD `seo_description` text;--> statement-breakpoint
ALTER TABLE `review_revisions` ADD `headline` text;--> statement-breakpoint
ALTER TABLE `review_revisions` ADD `standfirst` text;--> statement-breakpoint
ALTER TABLE `review_revisions` ADD `seo_title` text;--> statement-breakpoint
ALTER TABLE `review_revisions` ADD `seo_description` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `headline` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `standfirst` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `seo_title` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `seo_description` text;