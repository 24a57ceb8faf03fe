/**
 * What a write makes stale, derived in one place: one function per kind of write returns the
 * paths to revalidate and the cache tags to expire, and `markStale` applies them. Server actions
 * call `markStale(staleAfter.<write>(…))` and never spell a path themselves.
 *
 * Tags: the names of the public data each write changes (lib/cache/tags.ts). Every cached public
 * page that shows one of them is rendered anew on its next request (lib/cache/public-pages.ts).
 * Paths: also revalidated, which refreshes the router cache of the browser that made the write
 * and the desk pages it came from.
 */
import { revalidatePath, revalidateTag } from 'next/cache';
import { expireTags } from '@/lib/cache/public-pages';
import { cacheTags } from '@/lib/cache/tags';
import { catalogueRecordList, routes, type CatalogueRecordKind } from '@/lib/routes';

export { cacheTags };

export type StalePath = { path: string; type?: 'layout' | 'page' };
export type Stale = { paths: StalePath[]; tags: string[] };

const page = (path: string): StalePath => ({ path });
const layout = (path: string): StalePath => ({ path, type: 'layout' });
const present = <T>(xs: (T | null | undefined | false)[]): T[] => xs.filter((x): x is T => x !== null && x !== undefined && x !== false);

export const staleAfter = {
  /** A workflow event (submit, approve, publish, schedule, unpublish, …) on a review of this film. */
  reviewTransition(filmSlug: string | null): Stale {
    return {
      paths: present([page(routes.home()), filmSlug ? page(routes.film(filmSlug)) : null, layout(routes.admin.home())]),
      tags: present([cacheTags.reviews, cacheTags.films, filmSlug ? cacheTags.film(filmSlug) : null]),
    };
  },

  /**
   * A review's working copy was saved. The live revision does not change (publishing does), so
   * nothing public goes stale; the desk's lists change unless it was a plain autosave of a draft
   * that stayed a draft (an autosave of a published review makes it a draft again: it moves lists).
   */
  reviewSaved(save: { status: string; kind: string; statusChanged?: boolean }): Stale {
    const listsChanged = save.status !== 'draft' || save.kind === 'manual' || save.statusChanged === true;
    return { paths: listsChanged ? [layout(routes.admin.home())] : [], tags: [] };
  },

  /** A comment was added to a review's thread, or an old revision restored as its working copy. */
  reviewDesk(reviewId: number): Stale {
    return { paths: [page(routes.admin.review(reviewId))], tags: [] };
  },

  /** A film was created or edited (its old address, if renamed, now redirects). */
  filmSaved(film: { id: number; slug: string; previousSlug?: string | null }): Stale {
    return {
      paths: present([
        page(routes.film(film.slug)),
        film.previousSlug ? page(routes.film(film.previousSlug)) : null,
        page(routes.home()),
        page(routes.admin.films()),
        page(routes.admin.film(film.id)),
      ]),
      tags: present([cacheTags.films, cacheTags.film(film.slug), film.previousSlug ? cacheTags.film(film.previousSlug) : null]),
    };
  },

  /** A film's stills were added, removed or reordered: only the film's own pages show them. */
  filmStills(film: { id: number; slug: string }): Stale {
    return { paths: [page(routes.film(film.slug)), page(routes.admin.film(film.id))], tags: [cacheTags.film(film.slug)] };
  },

  /**
   * A critic's portrait was set or removed: /reviewers, their page and every byline (the film pages
   * sign reviews with it), like any change of their profile.
   */
  criticPortrait(slug: string): Stale {
    const profile = staleAfter.criticProfile();
    return { paths: [...profile.paths, page(routes.reviewers()), page(routes.reviewer(slug)), page(routes.admin.profile())], tags: profile.tags };
  },

  /** A person was created or edited: their page, and every film page that credits them. */
  personSaved(person: { id: number; slug: string; previousSlug?: string | null }): Stale {
    return {
      paths: present([
        page(routes.admin.people()),
        page(routes.person(person.slug)),
        page(routes.admin.person(person.id)),
        person.previousSlug ? page(routes.person(person.previousSlug)) : null,
      ]),
      tags: present([cacheTags.people, cacheTags.person(person.slug), person.previousSlug ? cacheTags.person(person.previousSlug) : null, cacheTags.films]),
    };
  },

  /** A company was created or edited: film pages show its name. */
  companySaved(company: { id: number }): Stale {
    return {
      paths: [page(routes.admin.companies()), page(routes.admin.company(company.id))],
      tags: [cacheTags.companies, cacheTags.films],
    };
  },

  /** Two people or two companies were merged: the films whose credits moved show the kept one. */
  recordsMerged(kind: CatalogueRecordKind, filmSlugs: string[]): Stale {
    return {
      paths: [...filmSlugs.map((s) => page(routes.film(s))), page(catalogueRecordList[kind]())],
      tags: [kind === 'person' ? cacheTags.people : cacheTags.companies, ...filmSlugs.map(cacheTags.film)],
    };
  },

  /** A person or company with no credit left was deleted: no public page showed it. */
  recordDeleted(kind: CatalogueRecordKind): Stale {
    return { paths: [page(catalogueRecordList[kind]())], tags: [kind === 'person' ? cacheTags.people : cacheTags.companies] };
  },

  /** A critic changed their pen name, address or bio: every page that signs a review with it. */
  criticProfile(): Stale {
    return { paths: [layout(routes.home())], tags: [cacheTags.reviewers, cacheTags.reviews] };
  },

  /** Someone read their inbox: the dashboard and the unread count in the staff navigation. Nothing public. */
  inboxRead(): Stale {
    return { paths: [layout(routes.admin.home())], tags: [] };
  },

  /**
   * A library image's words changed (alt text, caption, credit), or it was uploaded or deleted: the
   * film pages whose published reviews show it, and the library itself. `shownAsLead`: a published
   * review shows it as its lead image, which the home page shows too when that review leads it.
   */
  mediaChanged(filmSlugs: string[], shownAsLead = false): Stale {
    return {
      paths: present([page(routes.admin.media()), ...filmSlugs.map((s) => page(routes.film(s))), shownAsLead && page(routes.home())]),
      tags: present([...filmSlugs.map(cacheTags.film), shownAsLead && cacheTags.reviews]),
    };
  },

  /** A staff account was created, changed role, disabled or enabled. Nothing public changes. */
  staffChanged(): Stale {
    return { paths: [page(routes.admin.staff())], tags: [] };
  },
} as const;

/** Apply what a write made stale. Call it after the write succeeded, before any redirect. */
export function markStale(stale: Stale): void {
  for (const p of stale.paths) {
    if (p.type) revalidatePath(p.path, p.type);
    else revalidatePath(p.path);
  }
  // Immediate expiry, not stale-while-revalidate: the next reader sees the write.
  for (const tag of stale.tags) revalidateTag(tag, { expire: 0 });
  expireTags(stale.tags);
}
