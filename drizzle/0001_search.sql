-- Full-text search (FTS5). Three external indexes keyed by the rowid of their source row, kept in
-- step by triggers so that every write path (admin screens, scripts, seeds) updates them without
-- knowing they exist. Accents are folded (remove_diacritics 2) so "ballérina" finds "Ballerina".
-- The reviews index holds only the text of each review's LIVE revision, and never the text of a
-- revision flagged as containing spoilers: a spoiler can't leak through search excerpts. Whether
-- a review is public yet (published_at passed) is checked at query time with the visibility rule.
CREATE VIRTUAL TABLE `films_fts` USING fts5(`title`, `original_title`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `people_fts` USING fts5(`name`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `reviews_fts` USING fts5(`body`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `films_fts_insert` AFTER INSERT ON `films` BEGIN
  INSERT INTO `films_fts`(rowid, `title`, `original_title`) VALUES (new.`id`, new.`title`, coalesce(new.`original_title`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `films_fts_update` AFTER UPDATE OF `title`, `original_title` ON `films` BEGIN
  DELETE FROM `films_fts` WHERE rowid = old.`id`;
  INSERT INTO `films_fts`(rowid, `title`, `original_title`) VALUES (new.`id`, new.`title`, coalesce(new.`original_title`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `films_fts_delete` AFTER DELETE ON `films` BEGIN
  DELETE FROM `films_fts` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO `people_fts`(rowid, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_update` AFTER UPDATE OF `name` ON `people` BEGIN
  DELETE FROM `people_fts` WHERE rowid = old.`id`;
  INSERT INTO `people_fts`(rowid, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `people_fts_delete` AFTER DELETE ON `people` BEGIN
  DELETE FROM `people_fts` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_fts_insert` AFTER INSERT ON `reviews` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = new.`id`;
  INSERT INTO `reviews_fts`(rowid, `body`)
    SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), '')
    FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
    WHERE `reviews`.`id` = new.`id` AND `review_revisions`.`contains_spoilers` = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_fts_update` AFTER UPDATE OF `live_revision_id` ON `reviews` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = new.`id`;
  INSERT INTO `reviews_fts`(rowid, `body`)
    SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), '')
    FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
    WHERE `reviews`.`id` = new.`id` AND `review_revisions`.`contains_spoilers` = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_fts_delete` AFTER DELETE ON `reviews` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
-- Revisions are written once, but a correction to the live one (or its removal) must reach the index.
CREATE TRIGGER `review_revisions_fts_update` AFTER UPDATE OF `body`, `contains_spoilers` ON `review_revisions` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = new.`review_id`;
  INSERT INTO `reviews_fts`(rowid, `body`)
    SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), '')
    FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
    WHERE `reviews`.`id` = new.`review_id` AND `review_revisions`.`contains_spoilers` = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `review_revisions_fts_delete` AFTER DELETE ON `review_revisions` BEGIN
  DELETE FROM `reviews_fts` WHERE rowid = old.`review_id`;
  INSERT INTO `reviews_fts`(rowid, `body`)
    SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), '')
    FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
    WHERE `reviews`.`id` = old.`review_id` AND `review_revisions`.`contains_spoilers` = 0;
END;
--> statement-breakpoint
INSERT INTO `films_fts`(rowid, `title`, `original_title`) SELECT `id`, `title`, coalesce(`original_title`, '') FROM `films`;
--> statement-breakpoint
INSERT INTO `people_fts`(rowid, `name`) SELECT `id`, `name` FROM `people`;
--> statement-breakpoint
INSERT INTO `reviews_fts`(rowid, `body`)
  SELECT `reviews`.`id`, coalesce((SELECT group_concat(`value`, ' ') FROM json_tree(`review_revisions`.`body`) WHERE `key` = 'text' AND `type` = 'text'), '')
  FROM `reviews` JOIN `review_revisions` ON `review_revisions`.`id` = `reviews`.`live_revision_id`
  WHERE `review_revisions`.`contains_spoilers` = 0;
