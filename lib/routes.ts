/**
 * Every address Bobine links to, built in one place: a renamed route is one edit here, and
 * `lib/stale.ts` derives what a write makes stale from the same builders, so a link and its
 * invalidation cannot drift apart. Paths are site-relative; prefix `siteUrl` for feeds and tags.
 *
 * Slugs are made of [a-z0-9-] (lib/slug.ts), so encoding them changes nothing today; it keeps a
 * bad value from producing a different path.
 */

const seg = (s: string | number) => encodeURIComponent(String(s));

/** `path?k=v&…` with empty values left out, so a link never carries `?genre=`. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export type FilmListQuery = { genre?: string; year?: number | string; reviewer?: string; min?: number | string; max?: number | string; sort?: string; page?: number };
export type SearchKind = 'films' | 'people' | 'reviews';

export const routes = {
  home: () => '/',
  films: (query: FilmListQuery = {}) => withQuery('/films', query),
  film: (slug: string) => `/films/${seg(slug)}`,
  /** One critic's review on its own page: its permanent address (a critic reviews a film once). */
  filmReview: (filmSlug: string, criticSlug: string) => `/films/${seg(filmSlug)}/${seg(criticSlug)}`,
  /** One critic's review on the film page (the article's id is `review-<id>`). */
  review: (filmSlug: string, reviewId: number) => `/films/${seg(filmSlug)}#review-${reviewId}`,
  person: (slug: string) => `/people/${seg(slug)}`,
  /** The index of people, from the slug after `after` on. */
  people: (after?: string) => withQuery('/people', { after }),
  reviewers: () => '/reviewers',
  reviewer: (slug: string) => `/reviewers/${seg(slug)}`,
  reviewerFeed: (slug: string) => `/reviewers/${seg(slug)}/feed.xml`,
  search: (q?: string, kind?: SearchKind) => withQuery('/search', { q, kind }),
  feed: () => '/feed.xml',
  /** A resized poster variant (app/posters/…); lib/poster-urls.ts says which ones to offer. */
  poster: (filmId: number, version: string, width: number, format: string) => `/posters/${filmId}/${seg(version)}/${width}.${format}`,
  /** A resized library image (app/media/…); lib/media-urls.ts says which ones to offer. */
  media: (mediaId: number, version: string, width: number, format: string) => `/media/${mediaId}/${seg(version)}/${width}.${format}`,
  /** Where the editor and the library upload images (app/api/media/route.ts). */
  mediaUpload: () => '/api/media',
  login: (next?: string) => withQuery('/login', { next }),
  setPassword: (token: string) => `/set-password/${seg(token)}`,

  admin: {
    home: () => '/admin',
    /** The review queue; `review` opens a submission in its side panel. */
    queue: (query: { q?: string; critic?: number; film?: number; state?: string; sort?: string; page?: number; review?: number } = {}) => withQuery('/admin/queue', query),
    audit: () => '/admin/audit',
    profile: () => '/admin/profile',
    films: () => '/admin/films',
    newFilm: () => '/admin/films/new',
    film: (id: number) => `/admin/films/${id}`,
    people: () => '/admin/people',
    newPerson: () => '/admin/people/new',
    person: (id: number) => `/admin/people/${id}`,
    companies: () => '/admin/companies',
    newCompany: () => '/admin/companies/new',
    company: (id: number) => `/admin/companies/${id}`,
    staff: () => '/admin/staff',
    newStaff: () => '/admin/staff/new',
    staffMember: (id: number) => `/admin/staff/${id}`,
    newReview: () => '/admin/reviews/new',
    review: (id: number) => `/admin/reviews/${id}`,
    reviewHistory: (id: number) => `/admin/reviews/${id}/history`,
    reviewPreview: (id: number) => `/admin/reviews/${id}/preview`,
    media: (q?: string) => withQuery('/admin/media', { q }),
  },
} as const;

/** The list screens of the two catalogue records that share their merge and delete actions. */
export type CatalogueRecordKind = 'person' | 'company';
export const catalogueRecordList: Record<CatalogueRecordKind, () => string> = {
  person: routes.admin.people,
  company: routes.admin.companies,
};
export const catalogueRecordPage: Record<CatalogueRecordKind, (id: number) => string> = {
  person: routes.admin.person,
  company: routes.admin.company,
};
