CREATE TABLE `film_stats` (
	`film_id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`first_release` text,
	`review_count` integer DEFAULT 0 NOT NULL,
	`mark_count` integer DEFAULT 0 NOT NULL,
	`average_mark` real,
	`last_published_at` integer
);
--> statement-breakpoint
CREATE INDEX `film_stats_release_idx` ON `film_stats` ("first_release" desc,`title`);--> statement-breakpoint
CREATE INDEX `film_stats_mark_idx` ON `film_stats` ("average_mark" desc,"mark_count" desc,`title`);--> statement-breakpoint
CREATE INDEX `film_stats_title_idx` ON `film_stats` (`title`);--> statement-breakpoint
CREATE TABLE `reviewer_stats` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`review_count` integer DEFAULT 0 NOT NULL,
	`last_published_at` integer
);
--> statement-breakpoint
CREATE TABLE `stats_clock` (
	`id` integer PRIMARY KEY NOT NULL,
	`applied_until` integer NOT NULL,
	CONSTRAINT "stats_clock_one_row" CHECK("stats_clock"."id" = 1)
);
--> statement-breakpoint
DROP INDEX `reviews_public_idx`;--> statement-breakpoint
DROP INDEX `reviews_film_public_idx`;--> statement-breakpoint
CREATE INDEX `reviews_author_public_idx` ON `reviews` (`author_id`,`published_at`,`live_revision_id`);--> statement-breakpoint
CREATE INDEX `reviews_status_published_idx` ON `reviews` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `reviews_live_revision_idx` ON `reviews` (`live_revision_id`);--> statement-breakpoint
CREATE INDEX `reviews_public_idx` ON `reviews` (`published_at`,`author_id`,`live_revision_id`);--> statement-breakpoint
CREATE INDEX `reviews_film_public_idx` ON `reviews` (`film_id`,`published_at`,`live_revision_id`);--> statement-breakpoint
CREATE INDEX `releases_kind_date_idx` ON `releases` (`kind`,`date`,`film_id`);--> statement-breakpoint
-- Read aggregates, kept by triggers so that every writer (desk, catalogue, seed, scripts) updates
-- them in its own transaction without knowing they exist. A review counts once it has a live
-- revision and its publication time is at or before stats_clock.applied_until; lib/dal/stats.ts
-- moves that instant to "now" before public reads, which makes the stats_clock trigger recompute
-- the films and critics whose scheduled reviews went live in between (no cron needed).
-- The two *_fresh views compute the aggregates from scratch; the triggers apply them to the few
-- rows a write touches. Every film and every user has its row from its insert on, so the triggers
-- only UPDATE (an INSERT OR REPLACE would take the conflict policy of the outer statement, e.g. the
-- ABORT of an ON DELETE SET NULL action, and fail).
CREATE VIEW `film_stats_fresh` AS
SELECT f.`id` AS `film_id`, f.`title` AS `title`,
  (SELECT min(r.`date`) FROM `releases` r WHERE r.`film_id` = f.`id`) AS `first_release`,
  (SELECT count(*) FROM `reviews` v
    WHERE v.`film_id` = f.`id` AND v.`live_revision_id` IS NOT NULL AND v.`published_at` <= (SELECT `applied_until` FROM `stats_clock` WHERE `id` = 1)) AS `review_count`,
  (SELECT count(rr.`mark`) FROM `reviews` v JOIN `review_revisions` rr ON rr.`id` = v.`live_revision_id`
    WHERE v.`film_id` = f.`id` AND v.`published_at` <= (SELECT `applied_until` FROM `stats_clock` WHERE `id` = 1)) AS `mark_count`,
  (SELECT avg(rr.`mark`) FROM `reviews` v JOIN `review_revisions` rr ON rr.`id` = v.`live_revision_id`
    WHERE v.`film_id` = f.`id` AND v.`published_at` <= (SELECT `applied_until` FROM `stats_clock` WHERE `id` = 1)) AS `average_mark`,
  (SELECT max(v.`published_at`) FROM `reviews` v
    WHERE v.`film_id` = f.`id` AND v.`live_revision_id` IS NOT NULL AND v.`published_at` <= (SELECT `applied_until` FROM `stats_clock` WHERE `id` = 1)) AS `last_published_at`
FROM `films` f;
--> statement-breakpoint
CREATE VIEW `reviewer_stats_fresh` AS
SELECT u.`id` AS `user_id`,
  (SELECT count(*) FROM `reviews` v
    WHERE v.`author_id` = u.`id` AND v.`live_revision_id` IS NOT NULL AND v.`published_at` <= (SELECT `applied_until` FROM `stats_clock` WHERE `id` = 1)) AS `review_count`,
  (SELECT max(v.`published_at`) FROM `reviews` v
    WHERE v.`author_id` = u.`id` AND v.`live_revision_id` IS NOT NULL AND v.`published_at` <= (SELECT `applied_until` FROM `stats_clock` WHERE `id` = 1)) AS `last_published_at`
FROM `users` u;
--> statement-breakpoint
CREATE TRIGGER `stats_film_insert` AFTER INSERT ON `films` BEGIN
  INSERT INTO `film_stats` SELECT * FROM `film_stats_fresh` WHERE `film_id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_film_title` AFTER UPDATE OF `title` ON `films` BEGIN
  UPDATE `film_stats` SET `title` = new.`title` WHERE `film_id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_film_delete` AFTER DELETE ON `films` BEGIN
  DELETE FROM `film_stats` WHERE `film_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_release_insert` AFTER INSERT ON `releases` BEGIN
  UPDATE `film_stats` SET `first_release` = (SELECT min(`date`) FROM `releases` WHERE `film_id` = new.`film_id`) WHERE `film_id` = new.`film_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_release_update` AFTER UPDATE OF `date`, `film_id` ON `releases` BEGIN
  UPDATE `film_stats` SET `first_release` = (SELECT min(`date`) FROM `releases` WHERE `film_id` = old.`film_id`) WHERE `film_id` = old.`film_id`;
  UPDATE `film_stats` SET `first_release` = (SELECT min(`date`) FROM `releases` WHERE `film_id` = new.`film_id`) WHERE `film_id` = new.`film_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_release_delete` AFTER DELETE ON `releases` BEGIN
  UPDATE `film_stats` SET `first_release` = (SELECT min(`date`) FROM `releases` WHERE `film_id` = old.`film_id`) WHERE `film_id` = old.`film_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_review_insert` AFTER INSERT ON `reviews` WHEN new.`live_revision_id` IS NOT NULL BEGIN
  UPDATE `film_stats` SET (`review_count`, `mark_count`, `average_mark`, `last_published_at`) =
    (SELECT `review_count`, `mark_count`, `average_mark`, `last_published_at` FROM `film_stats_fresh` WHERE `film_id` = new.`film_id`)
    WHERE `film_id` = new.`film_id`;
  UPDATE `reviewer_stats` SET (`review_count`, `last_published_at`) =
    (SELECT `review_count`, `last_published_at` FROM `reviewer_stats_fresh` s WHERE s.`user_id` = `reviewer_stats`.`user_id`)
    WHERE `user_id` = new.`author_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_review_update` AFTER UPDATE OF `live_revision_id`, `published_at`, `film_id`, `author_id` ON `reviews`
WHEN old.`live_revision_id` IS NOT new.`live_revision_id` OR old.`published_at` IS NOT new.`published_at`
  OR old.`film_id` <> new.`film_id` OR old.`author_id` <> new.`author_id` BEGIN
  UPDATE `film_stats` SET (`review_count`, `mark_count`, `average_mark`, `last_published_at`) =
    (SELECT `review_count`, `mark_count`, `average_mark`, `last_published_at` FROM `film_stats_fresh` WHERE `film_id` = old.`film_id`)
    WHERE `film_id` = old.`film_id`;
  UPDATE `film_stats` SET (`review_count`, `mark_count`, `average_mark`, `last_published_at`) =
    (SELECT `review_count`, `mark_count`, `average_mark`, `last_published_at` FROM `film_stats_fresh` WHERE `film_id` = new.`film_id`)
    WHERE `film_id` = new.`film_id` AND new.`film_id` <> old.`film_id`;
  UPDATE `reviewer_stats` SET (`review_count`, `last_published_at`) =
    (SELECT `review_count`, `last_published_at` FROM `reviewer_stats_fresh` s WHERE s.`user_id` = `reviewer_stats`.`user_id`)
    WHERE `user_id` = old.`author_id`;
  UPDATE `reviewer_stats` SET (`review_count`, `last_published_at`) =
    (SELECT `review_count`, `last_published_at` FROM `reviewer_stats_fresh` s WHERE s.`user_id` = `reviewer_stats`.`user_id`)
    WHERE `user_id` = new.`author_id` AND new.`author_id` <> old.`author_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_review_delete` AFTER DELETE ON `reviews` BEGIN
  UPDATE `film_stats` SET (`review_count`, `mark_count`, `average_mark`, `last_published_at`) =
    (SELECT `review_count`, `mark_count`, `average_mark`, `last_published_at` FROM `film_stats_fresh` WHERE `film_id` = old.`film_id`)
    WHERE `film_id` = old.`film_id`;
  UPDATE `reviewer_stats` SET (`review_count`, `last_published_at`) =
    (SELECT `review_count`, `last_published_at` FROM `reviewer_stats_fresh` s WHERE s.`user_id` = `reviewer_stats`.`user_id`)
    WHERE `user_id` = old.`author_id`;
END;
--> statement-breakpoint
-- A correction of the live revision's mark (revisions are otherwise written once).
CREATE TRIGGER `stats_revision_mark` AFTER UPDATE OF `mark` ON `review_revisions` WHEN old.`mark` IS NOT new.`mark` BEGIN
  UPDATE `film_stats` SET (`review_count`, `mark_count`, `average_mark`, `last_published_at`) =
    (SELECT `review_count`, `mark_count`, `average_mark`, `last_published_at` FROM `film_stats_fresh` s WHERE s.`film_id` = `film_stats`.`film_id`)
    WHERE `film_id` IN (SELECT `film_id` FROM `reviews` WHERE `live_revision_id` = new.`id`);
END;
--> statement-breakpoint
-- Moving the clock recomputes only what has a review whose publication time lies in between.
CREATE TRIGGER `stats_clock_moved` AFTER UPDATE OF `applied_until` ON `stats_clock` BEGIN
  UPDATE `film_stats` SET (`review_count`, `mark_count`, `average_mark`, `last_published_at`) =
    (SELECT `review_count`, `mark_count`, `average_mark`, `last_published_at` FROM `film_stats_fresh` s WHERE s.`film_id` = `film_stats`.`film_id`)
    WHERE `film_id` IN (SELECT `film_id` FROM `reviews`
      WHERE `published_at` > min(old.`applied_until`, new.`applied_until`) AND `published_at` <= max(old.`applied_until`, new.`applied_until`)
        AND `live_revision_id` IS NOT NULL);
  UPDATE `reviewer_stats` SET (`review_count`, `last_published_at`) =
    (SELECT `review_count`, `last_published_at` FROM `reviewer_stats_fresh` s WHERE s.`user_id` = `reviewer_stats`.`user_id`)
    WHERE `user_id` IN (SELECT `author_id` FROM `reviews`
      WHERE `published_at` > min(old.`applied_until`, new.`applied_until`) AND `published_at` <= max(old.`applied_until`, new.`applied_until`)
        AND `live_revision_id` IS NOT NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_user_insert` AFTER INSERT ON `users` BEGIN
  INSERT INTO `reviewer_stats` (`user_id`) VALUES (new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_user_delete` AFTER DELETE ON `users` BEGIN
  DELETE FROM `reviewer_stats` WHERE `user_id` = old.`id`;
END;
--> statement-breakpoint
INSERT INTO `stats_clock` (`id`, `applied_until`) VALUES (1, cast(unixepoch('subsec') * 1000 AS integer));
--> statement-breakpoint
INSERT INTO `film_stats` SELECT * FROM `film_stats_fresh`;
--> statement-breakpoint
INSERT INTO `reviewer_stats` SELECT * FROM `reviewer_stats_fresh`;
--> statement-breakpoint
-- Typo tolerance for search ("balerina" finds Ballerina): trigram indexes over film titles and
-- people's names, consulted only when the ordinary word index finds nothing (lib/dal/search-typo.ts).
-- External content: the text stays in films/people; triggers keep the index in step.
CREATE VIRTUAL TABLE `films_trigram` USING fts5(`title`, `original_title`, content = '', contentless_delete = 1, tokenize = 'trigram remove_diacritics 1');
--> statement-breakpoint
CREATE VIRTUAL TABLE `people_trigram` USING fts5(`name`, content = '', contentless_delete = 1, tokenize = 'trigram remove_diacritics 1');
--> statement-breakpoint
CREATE TRIGGER `films_trigram_insert` AFTER INSERT ON `films` BEGIN
  INSERT INTO `films_trigram`(rowid, `title`, `original_title`) VALUES (new.`id`, new.`title`, coalesce(new.`original_title`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `films_trigram_update` AFTER UPDATE OF `title`, `original_title` ON `films` BEGIN
  DELETE FROM `films_trigram` WHERE rowid = old.`id`;
  INSERT INTO `films_trigram`(rowid, `title`, `original_title`) VALUES (new.`id`, new.`title`, coalesce(new.`original_title`, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `films_trigram_delete` AFTER DELETE ON `films` BEGIN
  DELETE FROM `films_trigram` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `people_trigram_insert` AFTER INSERT ON `people` BEGIN
  INSERT INTO `people_trigram`(rowid, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `people_trigram_update` AFTER UPDATE OF `name` ON `people` BEGIN
  DELETE FROM `people_trigram` WHERE rowid = old.`id`;
  INSERT INTO `people_trigram`(rowid, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `people_trigram_delete` AFTER DELETE ON `people` BEGIN
  DELETE FROM `people_trigram` WHERE rowid = old.`id`;
END;
--> statement-breakpoint
INSERT INTO `films_trigram`(rowid, `title`, `original_title`) SELECT `id`, `title`, coalesce(`original_title`, '') FROM `films`;
--> statement-breakpoint
INSERT INTO `people_trigram`(rowid, `name`) SELECT `id`, `name` FROM `people`;
