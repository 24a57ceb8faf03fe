/**
 * Bobine's whole data model. Enum values come from the pure modules in lib/ so that a state or a role
 * is written once. Calendar dates (release dates, "seen on") are ISO `YYYY-MM-DD` strings because
 * they have no time zone; instants are integer milliseconds since the epoch, in UTC.
 */
import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { COMPANY_ROLES, CREDIT_ROLES, RELEASE_KINDS } from '../lib/catalogue';
import { NOTIFICATION_KINDS } from '../lib/notifications';
import { REVIEW_STATES, STAFF_ROLES } from '../lib/workflow-states';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

// ---------------------------------------------------------------------------------------------
// Catalogue

export const films = sqliteTable(
  'films',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    originalTitle: text('original_title'),
    synopsis: text('synopsis').notNull().default(''),
    releaseKind: text('release_kind', { enum: RELEASE_KINDS }).notNull().default('cinema'),
    runtimeMinutes: integer('runtime_minutes'),
    ageRating: text('age_rating'),
    /** Path of the stored poster original under the data directory; variants are derived from it. */
    posterPath: text('poster_path'),
    posterWidth: integer('poster_width'),
    posterHeight: integer('poster_height'),
    /** Optional overrides of the page's <title>/Open Graph title and description (null: derived). */
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('films_slug_unique').on(t.slug),
    index('films_title_idx').on(t.title),
    check('films_runtime_positive', sql`${t.runtimeMinutes} is null or ${t.runtimeMinutes} > 0`),
  ],
);

/** Old slugs of renamed films, so their addresses keep answering with a permanent redirect. */
export const filmSlugRedirects = sqliteTable('film_slug_redirects', {
  slug: text('slug').primaryKey(),
  filmId: integer('film_id')
    .notNull()
    .references(() => films.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const genres = sqliteTable(
  'genres',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('genres_slug_unique').on(t.slug)],
);

export const filmGenres = sqliteTable(
  'film_genres',
  {
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    genreId: integer('genre_id')
      .notNull()
      .references(() => genres.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.filmId, t.genreId] }), index('film_genres_genre_idx').on(t.genreId, t.filmId)],
);

export const releases = sqliteTable(
  'releases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    /** ISO 3166-1 alpha-2, upper case. */
    country: text('country').notNull(),
    date: text('date').notNull(),
    kind: text('kind', { enum: RELEASE_KINDS }).notNull().default('cinema'),
    certification: text('certification'),
  },
  (t) => [
    uniqueIndex('releases_film_country_kind_unique').on(t.filmId, t.country, t.kind),
    index('releases_date_idx').on(t.date),
    // "Now in cinemas" and "Coming soon" read a window of cinema dates.
    index('releases_kind_date_idx').on(t.kind, t.date, t.filmId),
    check('releases_country_format', sql`length(${t.country}) = 2`),
  ],
);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    bio: text('bio'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('people_slug_unique').on(t.slug), index('people_name_idx').on(t.name)],
);

/** Old slugs of renamed or merged-away people, so /people/<old> answers with a permanent redirect. */
export const personSlugRedirects = sqliteTable(
  'person_slug_redirects',
  {
    slug: text('slug').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('person_slug_redirects_person_idx').on(t.personId)],
);

export const credits = sqliteTable(
  'credits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    role: text('role', { enum: CREDIT_ROLES }).notNull(),
    /** For cast: the character played. For "other": the job title. */
    character: text('character'),
    /** Order within the role on this film: billing order for the cast. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('credits_film_person_role_unique').on(t.filmId, t.personId, t.role),
    index('credits_film_role_idx').on(t.filmId, t.role, t.position),
    index('credits_person_idx').on(t.personId, t.role),
  ],
);

export const companies = sqliteTable(
  'companies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('companies_slug_unique').on(t.slug)],
);

export const filmCompanies = sqliteTable(
  'film_companies',
  {
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    role: text('role', { enum: COMPANY_ROLES }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.filmId, t.companyId, t.role] }),
    index('film_companies_company_idx').on(t.companyId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Staff

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stored lower-cased; the unique index is what makes "one account per address" true. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: STAFF_ROLES }).notNull().default('reviewer'),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    /** Sessions issued before this instant are refused (password reset, sign-out everywhere). */
    sessionsValidAfter: integer('sessions_valid_after', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
);

/** The public face of a staff member who writes: pen name, address and bio. */
export const reviewerProfiles = sqliteTable(
  'reviewer_profiles',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    penName: text('pen_name').notNull(),
    slug: text('slug').notNull(),
    bio: text('bio').notNull().default(''),
    /** A library image shown beside the critic's name; null: an initials medallion. */
    portraitMediaId: integer('portrait_media_id').references((): AnySQLiteColumn => media.id, { onDelete: 'restrict' }),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('reviewer_profiles_slug_unique').on(t.slug), index('reviewer_profiles_portrait_idx').on(t.portraitMediaId)],
);

/** Old slugs of critics who changed their address: their page and feed keep answering. */
export const reviewerSlugRedirects = sqliteTable(
  'reviewer_slug_redirects',
  {
    slug: text('slug').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => reviewerProfiles.userId, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('reviewer_slug_redirects_user_idx').on(t.userId)],
);

// ---------------------------------------------------------------------------------------------
// Reviews and the editorial desk

/**
 * A review's display text beside its body, kept per revision like the body: a headline and a
 * standfirst (null: the page shows "<Critic>'s review"), and overrides of the search/social title
 * and description (null: derived from the headline, the film and the text).
 */
function reviewDisplayColumns() {
  return {
    headline: text('headline'),
    standfirst: text('standfirst'),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    /**
     * The image at the head of the review (a media library id; null: none). Its alt text, caption
     * and credit are the library's. No foreign key: an old revision may name an image deleted
     * since (it is then simply not drawn); media_uses keeps what the working copy and the live
     * revision show, which is what refuses the delete.
     */
    leadImageId: integer('lead_image_id'),
  };
}

/**
 * A review's row holds its working copy (what the author and editors edit) and, separately, a
 * pointer to the revision that is live. Editing a published review changes the working copy only;
 * the public pages keep reading the live revision until a new one is published.
 */
export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id, { onDelete: 'restrict' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: text('status', { enum: REVIEW_STATES }).notNull().default('draft'),
    /** Tiptap/ProseMirror document JSON. */
    body: text('body', { mode: 'json' }).notNull(),
    /** 0–10 in half-stars (lib/marks.ts); null while drafting. */
    mark: integer('mark'),
    seenOn: text('seen_on'),
    venue: text('venue'),
    containsSpoilers: integer('contains_spoilers', { mode: 'boolean' }).notNull().default(false),
    ...reviewDisplayColumns(),
    /** Bumped on every write; a save names the version it started from (optimistic concurrency). */
    version: integer('version').notNull().default(1),
    /** The revision visitors see, once `published_at` has passed. */
    liveRevisionId: integer('live_revision_id').references((): AnySQLiteColumn => reviewRevisions.id, {
      onDelete: 'set null',
    }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    firstPublishedAt: integer('first_published_at', { mode: 'timestamp_ms' }),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('reviews_film_author_unique').on(t.filmId, t.authorId),
    // The visibility rule is `live_revision_id is not null and published_at <= now`: each index that
    // serves a public read ends with both, so the rule is checked without reading the ~3 kB row.
    index('reviews_public_idx').on(t.publishedAt, t.authorId, t.liveRevisionId),
    index('reviews_film_public_idx').on(t.filmId, t.publishedAt, t.liveRevisionId),
    index('reviews_author_idx').on(t.authorId, t.status),
    index('reviews_author_public_idx').on(t.authorId, t.publishedAt, t.liveRevisionId),
    index('reviews_status_idx').on(t.status, t.submittedAt),
    // The editors' dashboard asks for what is scheduled (published, future time) without walking the past.
    index('reviews_status_published_idx').on(t.status, t.publishedAt),
    // Deleting a revision (ON DELETE SET NULL) and the stats triggers look reviews up by live revision.
    index('reviews_live_revision_idx').on(t.liveRevisionId),
    check('reviews_mark_range', sql`${t.mark} is null or (${t.mark} between 0 and 10)`),
  ],
);

/** Every meaningful save and every transition keeps a full copy of the review's fields. */
export const reviewRevisions = sqliteTable(
  'review_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .references((): AnySQLiteColumn => reviews.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** What made this revision: a save, or the workflow event that was fired. */
    reason: text('reason').notNull(),
    status: text('status', { enum: REVIEW_STATES }).notNull(),
    body: text('body', { mode: 'json' }).notNull(),
    mark: integer('mark'),
    seenOn: text('seen_on'),
    venue: text('venue'),
    containsSpoilers: integer('contains_spoilers', { mode: 'boolean' }).notNull().default(false),
    ...reviewDisplayColumns(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('review_revisions_review_number_unique').on(t.reviewId, t.number)],
);

export const editorialComments = sqliteTable(
  'editorial_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => editorialComments.id, {
      onDelete: 'cascade',
    }),
    body: text('body').notNull(),
    /**
     * A comment on a passage: the key its `comment` mark carries in the review body (the words
     * travel with the text through every edit), and the words as they were when commented on, so
     * the thread stays readable once they are gone. Null on whole-review comments and replies.
     */
    anchor: text('anchor'),
    quote: text('quote'),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    resolvedById: integer('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('editorial_comments_review_idx').on(t.reviewId, t.createdAt)],
);

/** Soft locks: who has a review open in the editor right now (expires on its own). */
export const reviewLocks = sqliteTable('review_locks', {
  reviewId: integer('review_id')
    .primaryKey()
    .references(() => reviews.id, { onDelete: 'cascade' }),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * A staff member's inbox: one row per thing they are told (lib/notifications.ts says who is told
 * what). Written in the same transaction as the workflow event or comment it reports. `at` is when
 * it becomes true: a scheduled publication's "published" row is stored ahead with the publication
 * time and is listed only once that time has passed (no cron).
 */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    commentId: integer('comment_id').references(() => editorialComments.id, { onDelete: 'cascade' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // The inbox and the unread count: one person's rows, newest first, unread ones found without a scan.
    index('notifications_recipient_idx').on(t.recipientId, t.at),
    index('notifications_unread_idx').on(t.recipientId, t.readAt, t.at),
    // Rescheduling or unpublishing withdraws the pending "published" row of that review.
    index('notifications_review_idx').on(t.reviewId, t.kind),
  ],
);

/**
 * The last revision of a review each editor read in the queue, and the one they had read before it,
 * so that the queue shows "what changed since you last read it" and keeps showing it on a refresh.
 */
export const reviewReads = sqliteTable(
  'review_reads',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    revisionNumber: integer('revision_number').notNull(),
    previousNumber: integer('previous_number'),
    readAt: integer('read_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.reviewId] })],
);

// ---------------------------------------------------------------------------------------------
// Media library

/**
 * An uploaded image. The original (re-encoded without its metadata) is kept under the data
 * directory at `path`; the AVIF/WebP variants pages use are derived from it (lib/media.ts) and can
 * be rebuilt (`npm run media:rebuild`). `version` is the stored file's hash: it is part of every
 * variant's address, so those can be cached for a year. Alt text is required: an image without it
 * cannot be stored.
 */
export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The name the file had on the uploader's computer, for finding it again. */
    fileName: text('file_name').notNull(),
    path: text('path').notNull(),
    version: text('version').notNull(),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    alt: text('alt').notNull(),
    caption: text('caption'),
    /** Who may be credited: a distributor, a photographer ("Courtesy of …"). */
    credit: text('credit'),
    uploaderId: integer('uploader_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('media_created_idx').on(t.createdAt),
    index('media_uploader_idx').on(t.uploaderId, t.createdAt),
    check('media_alt_present', sql`length(trim(${t.alt})) > 0`),
    check('media_size_positive', sql`${t.width} > 0 and ${t.height} > 0`),
  ],
);

/**
 * Which reviews show which image (in their working copy or their live revision), kept by the review
 * writers (lib/dal/desk/reviews.ts) so the library can say where an image is used and refuse to
 * delete it without reading every review body.
 */
export const mediaUses = sqliteTable(
  'media_uses',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.reviewId] }), index('media_uses_review_idx').on(t.reviewId)],
);

/**
 * A film's stills: library images in the order editors gave them, shown as a gallery on the film
 * page. The row is itself the record of the use (the library reads it for "used in" and refuses
 * to delete an image that has one); `position` is dense from 0 and rewritten whole on every change.
 */
export const filmStills = sqliteTable(
  'film_stills',
  {
    filmId: integer('film_id')
      .notNull()
      .references(() => films.id, { onDelete: 'cascade' }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.filmId, t.mediaId] }),
    uniqueIndex('film_stills_order_unique').on(t.filmId, t.position),
    index('film_stills_media_idx').on(t.mediaId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Read aggregates (drizzle/0003_read_aggregates.sql)

/**
 * What the public lists sort and filter on, kept per film by triggers on films, releases, reviews and
 * review_revisions (so every writer keeps them right, in its own transaction) instead of being
 * recomputed per request. Counts and the average are those of the reviews public at
 * `stats_clock.applied_until`; lib/dal/stats.ts moves that instant to "now" before public reads.
 * `title` is a copy of films.title so that one index serves "newest release, then title".
 */
export const filmStats = sqliteTable(
  'film_stats',
  {
    filmId: integer('film_id').primaryKey(),
    title: text('title').notNull(),
    firstRelease: text('first_release'),
    reviewCount: integer('review_count').notNull().default(0),
    markCount: integer('mark_count').notNull().default(0),
    /** Public average on the 0–10 scale; null without marks. */
    averageMark: real('average_mark'),
    lastPublishedAt: integer('last_published_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('film_stats_release_idx').on(sql`${t.firstRelease} desc`, t.title),
    index('film_stats_mark_idx').on(sql`${t.averageMark} desc`, sql`${t.markCount} desc`, t.title),
    index('film_stats_title_idx').on(t.title),
  ],
);

/** Per critic: published reviews and the latest publication, kept like film_stats. */
export const reviewerStats = sqliteTable('reviewer_stats', {
  userId: integer('user_id').primaryKey(),
  reviewCount: integer('review_count').notNull().default(0),
  lastPublishedAt: integer('last_published_at', { mode: 'timestamp_ms' }),
});

/**
 * One row: the instant up to which scheduled publications are counted in the aggregates. Moving it
 * (lib/dal/stats.ts) makes a trigger recompute the films and critics whose reviews went live between.
 */
export const statsClock = sqliteTable(
  'stats_clock',
  {
    id: integer('id').primaryKey(),
    appliedUntil: integer('applied_until').notNull(),
  },
  (t) => [check('stats_clock_one_row', sql`${t.id} = 1`)],
);

// ---------------------------------------------------------------------------------------------
// Audit and security

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: integer('entity_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    ip: text('ip'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorId, t.at),
    index('audit_events_action_idx').on(t.action, t.at),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Failed sign-ins, per account and per address, kept in SQLite so a restart does not reset them. */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** `email:<address>` or `ip:<address>`. */
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sign_in_failures_key_at_idx').on(t.key, t.at)],
);

/** One-time set-password links an admin hands over (there is no mail server). Only a hash is kept. */
export const passwordTokens = sqliteTable(
  'password_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('password_tokens_user_idx').on(t.userId)],
);

export type CreditRoleKey = (typeof credits.$inferInsert)['role'];
export type CompanyRoleKey = (typeof filmCompanies.$inferInsert)['role'];
