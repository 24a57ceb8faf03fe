import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ paths: [] as [string, string | undefined][], tags: [] as string[] }));
vi.mock('next/cache', () => ({
  revalidatePath: (path: string, type?: string) => void calls.paths.push([path, type]),
  revalidateTag: (tag: string) => void calls.tags.push(tag),
}));

const { markStale, staleAfter } = await import('./stale');
const { routes } = await import('./routes');

const paths = (s: { paths: { path: string; type?: string }[] }) => s.paths.map((p) => (p.type ? `${p.path} (${p.type})` : p.path));

describe('staleAfter', () => {
  it('a review event refreshes the home page, its film page and the whole desk', () => {
    const s = staleAfter.reviewTransition('dune');
    expect(paths(s)).toEqual(['/', '/films/dune', '/admin (layout)']);
    expect(s.tags).toEqual(['reviews', 'films', 'film:dune']);
  });

  it('a review whose film is gone still refreshes the lists', () => {
    expect(paths(staleAfter.reviewTransition(null))).toEqual(['/', '/admin (layout)']);
  });

  it('an autosaved draft makes nothing stale; a manual save or a non-draft refreshes the desk only', () => {
    expect(staleAfter.reviewSaved({ status: 'draft', kind: 'autosave' })).toEqual({ paths: [], tags: [] });
    expect(paths(staleAfter.reviewSaved({ status: 'draft', kind: 'manual' }))).toEqual(['/admin (layout)']);
    expect(paths(staleAfter.reviewSaved({ status: 'in_review', kind: 'autosave' }))).toEqual(['/admin (layout)']);
    expect(staleAfter.reviewSaved({ status: 'in_review', kind: 'autosave' }).tags).toEqual([]);
    // An autosave that turned a published review back into a draft moves it between the lists.
    expect(paths(staleAfter.reviewSaved({ status: 'draft', kind: 'autosave', statusChanged: true }))).toEqual(['/admin (layout)']);
  });

  it('new words for an image refresh the film pages showing it, and the home page when it is a lead image', () => {
    expect(staleAfter.mediaChanged(['dune']).tags).toEqual(['film:dune']);
    const lead = staleAfter.mediaChanged(['dune'], true);
    expect(paths(lead)).toEqual(['/admin/media', '/films/dune', '/']);
    expect(lead.tags).toEqual(['film:dune', 'reviews']);
  });

  it('a change of stills refreshes the film’s own pages only', () => {
    const s = staleAfter.filmStills({ id: 7, slug: 'dune' });
    expect(paths(s)).toEqual(['/films/dune', '/admin/films/7']);
    expect(s.tags).toEqual(['film:dune']);
  });

  it('a new portrait refreshes the critics’ pages and every page that signs a review', () => {
    const s = staleAfter.criticPortrait('mulder');
    expect(paths(s)).toEqual(['/ (layout)', '/reviewers', '/reviewers/mulder', '/admin/profile']);
    expect(s.tags).toEqual(['reviewers', 'reviews']);
  });

  it('a renamed film refreshes its old address too', () => {
    const s = staleAfter.filmSaved({ id: 7, slug: 'dune-2', previousSlug: 'dune' });
    expect(paths(s)).toEqual(['/films/dune-2', '/films/dune', '/', '/admin/films', '/admin/films/7']);
    expect(s.tags).toEqual(['films', 'film:dune-2', 'film:dune']);
    expect(paths(staleAfter.filmSaved({ id: 7, slug: 'dune', previousSlug: null }))).not.toContain('/films/null');
  });

  it('a person edit reaches their page, their old address and the film pages that credit them', () => {
    const s = staleAfter.personSaved({ id: 3, slug: 'denis-villeneuve', previousSlug: 'denis' });
    expect(paths(s)).toEqual(['/admin/people', '/people/denis-villeneuve', '/admin/people/3', '/people/denis']);
    expect(s.tags).toEqual(['people', 'person:denis-villeneuve', 'person:denis', 'films']);
  });

  it('a company edit reaches the film pages that name it', () => {
    const s = staleAfter.companySaved({ id: 4 });
    expect(paths(s)).toEqual(['/admin/companies', '/admin/companies/4']);
    expect(s.tags).toContain('films');
  });

  it('a merge refreshes every film whose credits moved, and the list of that kind', () => {
    expect(paths(staleAfter.recordsMerged('person', ['a', 'b']))).toEqual(['/films/a', '/films/b', '/admin/people']);
    expect(staleAfter.recordsMerged('company', ['a']).tags).toEqual(['companies', 'film:a']);
    expect(paths(staleAfter.recordDeleted('company'))).toEqual(['/admin/companies']);
  });

  it('a critic profile change refreshes every page (pen names sign reviews everywhere)', () => {
    expect(paths(staleAfter.criticProfile())).toEqual(['/ (layout)']);
    expect(staleAfter.criticProfile().tags).toEqual(['reviewers', 'reviews']);
  });

  it('desk-only writes expire no public tag', () => {
    expect(staleAfter.staffChanged()).toEqual({ paths: [{ path: '/admin/staff' }], tags: [] });
    expect(staleAfter.reviewDesk(9)).toEqual({ paths: [{ path: '/admin/reviews/9' }], tags: [] });
  });

  it('builds its paths with the same builders the links use', () => {
    expect(paths(staleAfter.filmSaved({ id: 1, slug: 'x' }))[0]).toBe(routes.film('x'));
    expect(paths(staleAfter.personSaved({ id: 1, slug: 'y' }))[1]).toBe(routes.person('y'));
  });
});

describe('markStale', () => {
  beforeEach(() => {
    calls.paths.length = 0;
    calls.tags.length = 0;
  });

  it('revalidates each path with its type, then expires each tag', () => {
    markStale(staleAfter.reviewTransition('dune'));
    expect(calls.paths).toEqual([
      ['/', undefined],
      ['/films/dune', undefined],
      ['/admin', 'layout'],
    ]);
    expect(calls.tags).toEqual(['reviews', 'films', 'film:dune']);
  });
});

describe('routes', () => {
  it('builds the public addresses', () => {
    expect(routes.films()).toBe('/films');
    expect(routes.films({ genre: 'horror', reviewer: 'mulder', min: 6, sort: 'mark', page: 2, year: '' })).toBe('/films?genre=horror&reviewer=mulder&min=6&sort=mark&page=2');
    expect(routes.review('dune', 12)).toBe('/films/dune#review-12');
    expect(routes.reviewerFeed('mulder')).toBe('/reviewers/mulder/feed.xml');
    expect(routes.search('ballérina', 'films')).toBe('/search?q=ball%C3%A9rina&kind=films');
    expect(routes.search()).toBe('/search');
    expect(routes.login('/admin/reviews/3/history')).toBe('/login?next=%2Fadmin%2Freviews%2F3%2Fhistory');
  });

  it('never lets a slug change the shape of the path', () => {
    expect(routes.film('a/../b?c')).toBe('/films/a%2F..%2Fb%3Fc');
  });
});
