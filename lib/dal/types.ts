/**
 * What the data-access layer hands out: every DTO a page or component renders, in one module
 * that imports no database code, so components may import it (and nothing else from lib/dal).
 * The functions that fill these live in lib/dal/public/ (visitors) and lib/dal/desk/ (staff).
 */
import type { CompanyRole, CreditRole, ReleaseKind } from '@/lib/catalogue';
import type { PosterImage } from '@/lib/poster-urls';
import type { NormalizedPoster } from '@/lib/posters';
import type { RichDoc } from '@/lib/rich-text/allow-list';
import type { FilmSort } from '@/lib/validation/public';
import type { ReviewEvent, ReviewState } from '@/lib/workflow';
import type { StaffRole } from '@/lib/workflow-states';
import type { DeskView } from '@/lib/desk-view';

// Reviews' content

/**
 * What a writer edits in a review and every revision keeps. Adding a field means adding it here, to
 * REVIEW_CONTENT_FIELDS (lib/dal/sql.ts), to both tables in db/schema.ts and to the review form's
 * schema; saving, revisions, restoring, publishing and comparing then carry it.
 */
export type ReviewContent = {
  body: RichDoc;
  mark: number | null;
  seenOn: string | null;
  venue: string | null;
  containsSpoilers: boolean;
  /** Plain text; null: the page's heading is "<Critic>'s review" (lib/seo/review-meta.ts). */
  headline: string | null;
  standfirst: string | null;
  /** Overrides of the search/social title and description; null: derived. */
  seoTitle: string | null;
  seoDescription: string | null;
  /** The media library image at the head of the review; null: none. */
  leadImageId: number | null;
};

// Public: reviews

export type PublicReview = ReviewContent & {
  id: number;
  /** `portrait`: filled where the byline shows it (the film page); absent elsewhere. */
  reviewer: { penName: string; slug: string; portrait?: Portrait | null };
  publishedAt: Date;
  /** The library record of `leadImageId`; null when there is none (or it was deleted since). */
  leadImage: LibraryImage | null;
};

export type ReviewTeaser = {
  id: number;
  film: { slug: string; title: string };
  reviewer: { penName: string; slug: string };
  mark: number | null;
  /** The writer's display text: shown wherever the review is announced, spoilers or not. */
  headline: string | null;
  standfirst: string | null;
  /** The live revision's lead image, or null. */
  leadImageId: number | null;
  leadImage: LibraryImage | null;
  /** Empty when the review contains spoilers: its text never appears outside the review itself. */
  excerpt: string;
  containsSpoilers: boolean;
  publishedAt: Date;
};

// Public: films

export type CreditGroup = {
  role: CreditRole;
  people: { slug: string; name: string; character: string | null }[];
};

/** A film's own facts, as the public page shows them and the desk's editor edits them. */
export type FilmFacts = {
  id: number;
  slug: string;
  title: string;
  originalTitle: string | null;
  synopsis: string;
  releaseKind: ReleaseKind;
  runtimeMinutes: number | null;
  ageRating: string | null;
  poster: PosterImage | null;
  releases: { country: string; date: string; kind: ReleaseKind; certification: string | null }[];
  /** Overrides of the page's search/social title and description; null: derived (lib/seo/snippet.ts). */
  seoTitle: string | null;
  seoDescription: string | null;
};

export type FilmPage = FilmFacts & {
  genres: { slug: string; name: string }[];
  credits: CreditGroup[];
  companies: { role: CompanyRole; companies: { slug: string; name: string }[] }[];
  reviews: PublicReview[];
  averageMark: number | null;
  markCount: number;
  /** The editors' stills, in their order. */
  stills: ShownImage[];
};

export type FilmLookup = { kind: 'film'; film: FilmPage } | { kind: 'redirect'; slug: string } | { kind: 'missing' };

export type FilmCard = {
  slug: string;
  title: string;
  originalTitle: string | null;
  firstRelease: string | null;
  runtimeMinutes: number | null;
  directors: string[];
  averageMark: number | null;
  markCount: number;
  poster: PosterImage | null;
};

/** The film page's suggestions: more by its director, and films that share cast or genre. */
export type RelatedFilms = { director: { name: string; slug: string; films: FilmCard[] } | null; alike: FilmCard[] };

export type FilmFilters = {
  genre?: string;
  year?: number;
  reviewer?: string;
  /** Bounds on the public average, on the 0–10 mark scale (lib/marks.ts). */
  minMark?: number;
  maxMark?: number;
  sort?: FilmSort;
};

export type DatedFilmCard = FilmCard & { releasedOn: string };

// Public: people

export type FilmographyEntry = {
  slug: string;
  title: string;
  firstRelease: string | null;
  character: string | null;
  averageMark: number | null;
  markCount: number;
};

export type PersonPage = {
  slug: string;
  name: string;
  bio: string | null;
  roles: { role: CreditRole; films: FilmographyEntry[] }[];
};

// Public: reviewers

export type ReviewerCard = { penName: string; slug: string; bio: string; reviewCount: number; portrait: Portrait | null };

/** A critic on /reviewers: their card and their latest public review. */
export type CriticEntry = ReviewerCard & { latest: { filmSlug: string; filmTitle: string; publishedAt: Date } | null };

/** One person in the /people index. */
export type PersonIndexEntry = { slug: string; name: string };

export type ReviewerProfile = { userId: number; penName: string; slug: string; bio: string; portrait: Portrait | null };

export type DiaryEntry = Pick<ReviewContent, 'seenOn' | 'venue' | 'mark'> & {
  id: number;
  filmSlug: string;
  filmTitle: string;
  publishedAt: Date;
};

// Public: search

export type FilmHit = { slug: string; title: string; titleHighlighted: string; originalTitleHighlighted: string | null; firstRelease: string | null };

export type PersonHit = { slug: string; name: string; nameHighlighted: string; creditCount: number };

export type ReviewHit = {
  id: number;
  filmSlug: string;
  filmTitle: string;
  penName: string;
  reviewerSlug: string;
  mark: number | null;
  /** A few words around the match, with HIT_START/HIT_END around matched terms. */
  snippet: string;
};

/**
 * `total` is exact up to the search's candidate bound; `capped` says there are more (show "more
 * than 1,000"). `corrected` says the hits are typo corrections (nothing matched as typed).
 */
export type SearchGroup<T> = { total: number; hits: T[]; capped?: boolean; corrected?: boolean };

export type SearchResults = {
  films: SearchGroup<FilmHit>;
  people: SearchGroup<PersonHit>;
  reviews: SearchGroup<ReviewHit>;
};

// Desk: reviews

export type ReviewListItem = {
  id: number;
  film: { title: string; slug: string };
  author: string;
  status: ReviewState;
  /** Derived: published with a publication time still ahead. */
  scheduled: boolean;
  live: boolean;
  mark: number | null;
  publishedAt: Date | null;
  submittedAt: Date | null;
  updatedAt: Date;
};

export type FilmChoice = { id: number; title: string; originalTitle: string | null; year: number | null; reviewId: number | null };

export type CommentDTO = {
  id: number;
  /** The thread's first comment, on a reply; null on a thread's first comment. */
  parentId: number | null;
  /** On a thread about a passage: its key, the words quoted, and whether they were deleted since. */
  passage: { anchor: string; quote: string; removed: boolean } | null;
  author: string;
  body: string;
  createdAt: Date;
  resolved: boolean;
  mine: boolean;
};

/** What a page needs to draw a library image, with its words. */
export type LibraryImage = { id: number; version: string; width: number; height: number; alt: string; caption: string | null; credit: string | null };

/** What the editor needs to draw a library image (and offer its words as defaults). */
export type EditorMedia = LibraryImage;

export type ReviewForEditing = ReviewContent & {
  /** The library records of the body's figures, for the editor to draw them. */
  media: EditorMedia[];
  id: number;
  /** Who is editing (the browser keeps unsaved text per review and per person). */
  viewerId: number;
  version: number;
  status: ReviewState;
  film: { id: number; title: string; slug: string; synopsis: string; year: number | null };
  /** `slug`: the critic's address (null before their first review made a profile). */
  author: { id: number; penName: string; slug: string | null };
  live: { publishedAt: Date; scheduled: boolean } | null;
  updatedAt: Date;
  canEdit: boolean;
  events: ReviewEvent[];
  canComment: boolean;
  comments: CommentDTO[];
  /** Someone else has this review open in the editor right now. */
  lockedBy: string | null;
  /** Badge, buttons and editability for this viewer, as every save and event answers them. */
  desk: DeskView;
};

export type SaveResult = {
  version: number;
  savedAt: Date;
  status: ReviewState;
  /** The save moved the review (an edited published review is a draft again): the desk's lists change. */
  statusChanged: boolean;
  desk: DeskView;
};

export type RevisionItem = { id: number; number: number; reason: string; author: string | null; createdAt: Date; mark: number | null; status: ReviewState };

/** A revision's content (the sanitized body for the formatting-aware diff, and its plain text). */
export type RevisionDetail = ReviewContent & {
  number: number;
  reason: string;
  author: string | null;
  createdAt: Date;
  status: ReviewState;
  text: string;
};

// Desk: films

export type AdminFilmRow = {
  id: number;
  slug: string;
  title: string;
  originalTitle: string | null;
  firstRelease: string | null;
  poster: PosterImage | null;
  updatedAt: Date;
};

export type GenreOption = { id: number; name: string };

export type FilmEditData = FilmFacts & {
  genreIds: number[];
  credits: { personId: number; name: string; role: CreditRole; character: string | null }[];
  companies: { companyId: number; name: string; role: CompanyRole }[];
  oldSlugs: string[];
};

/** What the poster field asks for: keep the current one, replace it, or remove it. */
export type PosterChange = { kind: 'keep' } | { kind: 'replace'; poster: NormalizedPoster } | { kind: 'remove' };

export type SavedFilm = { id: number; slug: string; previousSlug: string | null };

// Desk: people

/** A catalogue record that is a name at an address (a person, a company). */
type NamedRecord = { id: number; name: string; slug: string };
/** A film a record is on, as its desk page lists it. */
type FilmOfRecord = { filmId: number; filmTitle: string; filmSlug: string };

export type PersonOption = NamedRecord & { hint: string | null };

export type PersonRow = NamedRecord & { creditCount: number };

export type PersonDetail = NamedRecord & {
  bio: string | null;
  credits: (FilmOfRecord & { role: CreditRole; character: string | null })[];
};

// Desk: companies

export type CompanyOption = PersonOption;

export type CompanyRow = NamedRecord & { filmCount: number };

export type CompanyDetail = NamedRecord & { films: (FilmOfRecord & { role: CompanyRole })[] };

// Desk: staff

export type StaffRow = {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  penName: string | null;
  profileSlug: string | null;
  createdAt: Date;
};

/** What an admin hands over after creating or resetting an account. */
export type Handover = { kind: 'temporary'; password: string } | { kind: 'link'; path: string; expiresAt: Date };

export type OwnAccount = {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  profile: { penName: string; slug: string; bio: string; portrait: StillItem | null } | null;
};

// Desk: audit

export type AuditRow = {
  id: number;
  at: Date;
  action: string;
  actor: { id: number; name: string; email: string } | null;
  entityType: string | null;
  entityId: number | null;
  details: Record<string, unknown> | null;
  ip: string | null;
};

/** One line of a staff member's inbox (lib/notifications.ts says who is told what). */
export type InboxItem = {
  id: number;
  kind: import('@/lib/notifications').NotificationKind;
  at: Date;
  read: boolean;
  actor: string;
  review: { id: number; filmTitle: string };
};

/**
 * A submission opened in the queue: the latest revision, the one this editor had read before
 * (null the first time) and, when they differ, the two revisions to diff.
 */
export type SubmissionRead = {
  latest: number | null;
  since: number | null;
  comparison: { from: RevisionDetail; to: RevisionDetail; version: number; canRestore: boolean } | null;
};

// Library images outside review bodies: stills and portraits

/** A library image as a page draws it, with the library's words. */
export type ShownImage = { id: number; version: string; width: number; height: number; alt: string; caption: string | null; credit: string | null };

/** A still (or portrait) as the desk lists it: the file name helps find it again. */
export type StillItem = ShownImage & { fileName: string };

/** A critic's portrait: drawn small, beside the name. */
export type Portrait = { id: number; version: string; width: number; height: number; alt: string };
