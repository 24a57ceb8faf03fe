ALTER TABLE `review_revisions` ADD `lead_image_id` integer;--> statement-breakpoint
ALTER TABLE `reviews` ADD `lead_image_id` integer;
--> statement-breakpoint
-- Search matches a review's headline and standfirst as well as its text: the index gains two columns
-- (after `body`, which stays column 0 for the snippet), and every trigger that writes it fills them.
DROP TRIGGER `reviews_fts_insert`;--> statement-breakpoint
DROP TRIGGER `reviews_fts_update`;--> statement-breakpoint
DROP TRIGGER `review_revisions_fts_update`;--> statement-breakpoint
DROP TRIGGER `review_revisions_fts_delete`;--> statement-breakpoint
DROP TABLE `reviews_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `reviews_fts` USING fts5(`body`, `headline`, `standfirst`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `reviews_fts_insert` AFTER INSERT ON `reviews` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = new.`id`;
  INSERT INTO `reviews_fts`(rowid, `body`, `headline`, `standfirst`)
    SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), ''), coalesce(`review_revisions`.`headline`, ''), coalesce(`review_revisions`.`standfirst`, '')
    FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
    WHERE `reviews`.`id` = new.`id` AND `review_revisions`.`contains_spoilers` = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_fts_update` AFTER UPDATE OF `live_revision_id` ON `reviews` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = new.`id`;
  INSERT INTO `reviews_fts`(rowid, `body`, `headline`, `standfirst`)
    SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), ''), coalesce(`review_revisions`.`headline`, ''), coalesce(`review_revisions`.`standfirst`, '')
    FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
    WHERE `reviews`.`id` = new.`id` AND `review_revisions`.`contains_spoilers` = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `review_revisions_fts_update` AFTER UPDATE OF `body`, `contains_spoilers`, `headline`, `standfirst` ON `review_revisions` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = new.`review_id`;
  INSERT INTO `reviews_fts`(rowid, `body`, `headline`, `standfirst`)
    SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), ''), coalesce(`review_revisions`.`headline`, ''), coalesce(`review_revisions`.`standfirst`, '')
    FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
    WHERE `reviews`.`id` = new.`review_id` AND `review_revisions`.`contains_spoilers` = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `review_revisions_fts_delete` AFTER DELETE ON `review_revisions` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = old.`review_id`;
  INSERT INTO `reviews_fts`(rowid, `body`, `headline`, `standfirst`)
    SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), ''), coalesce(`review_revisions`.`headline`, ''), coalesce(`review_revisions`.`standfirst`, '')
    FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
    WHERE `reviews`.`id` = old.`review_id` AND `review_revisions`.`contains_spoilers` = 0;
END;
--> statement-breakpoint
INSERT INTO `reviews_fts`(rowid, `body`, `headline`, `standfirst`)
  SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), ''), coalesce(`review_revisions`.`headline`, ''), coalesce(`review_revisions`.`standfirst`, '')
  FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
  WHERE `review_revisions`.`contains_spoilers` = 0;