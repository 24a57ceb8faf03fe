/**
 * Names of public data, and which of them each cached public page shows. A write expires the tags
 * that `staleAfter` (lib/stale.ts) derives for it; a cached page whose `pageTags` include one of
 * them is rendered anew on its next request (lib/cache/public-pages.ts).
 */

export const cacheTags = {
  /** Film records: titles, releases, posters; every list and card that shows a film. */
  films: 'films',
  film: (slug: string) => `film:${slug}`,
  /** Published reviews: what is public, marks, averages, counts. */
  reviews: 'reviews',
  people: 'people',
  person: (slug: string) => `person:${slug}`,
  companies: 'companies',
  /** Critics' public names and pages (shown on every review). */
  reviewers: 'reviewers',
} as const;

const everything = [cacheTags.films, cacheTags.reviews, cacheTags.people, cacheTags.companies, cacheTags.reviewers];

/** What the cached page at this address shows. Only the home, film and person pages are cached. */
export function pageTags(pathname: string): string[] {
  if (pathname === '/') return [cacheTags.reviews, cacheTags.films, cacheTags.reviewers];
  const [, section, slug] = pathname.split('/');
  if (section === 'films' && slug) {
    // A film page (and each review's own page under it) shows its own record, its published
    // reviews (each review event names the film), the names of the people and companies it
    // credits, its critics' pen names, and related films with their marks.
    return [cacheTags.film(slug), cacheTags.films, cacheTags.reviews, cacheTags.people, cacheTags.companies, cacheTags.reviewers];
  }
  if (section === 'people' && slug) {
    // A person's page lists the films they worked on with the films' marks; a merge or a deletion
    // of people ends or moves the page.
    return [cacheTags.person(slug), cacheTags.people, cacheTags.films, cacheTags.reviews];
  }
  return everything;
}
