/**
 * Stored and reflected XSS: every payload of attack/xss-payloads.txt is written by signed-in staff
 * into every text field (through the server actions, as a crafted request would, plus forged
 * rich-text JSON and one paste into the real editor), then every page that shows it is opened in
 * Chromium with a counter: a payload that runs calls window.__xss() or opens a dialog. Must be 0.
 *
 * The write paths and the pages are checked against the build's server actions and the app's
 * routes, so adding an action or a page without deciding how it is attacked fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { action, actionResult, callAction, FORM, idle, createdId, serverActions, signIn, appRoutes, type Fields } from './http';

const PAYLOADS = readFileSync(path.join(__dirname, 'xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('# '));

const FILMS = 'app/admin/films/actions.ts';
const PEOPLE = 'app/admin/people/actions.ts';
const COMPANIES = 'app/admin/companies/actions.ts';
const REVIEWS = 'app/admin/reviews/actions.ts';
const STAFF = 'app/admin/staff/actions.ts';
const PROFILE = 'app/admin/profile/actions.ts';
const MEDIA = 'app/admin/media/actions.ts';
const INBOX = 'app/admin/inbox-actions.ts';

/** Every server action and what this suite does with it. A new action fails the first test. */
const WRITE_PATHS: Record<string, string> = {
  [`${FILMS}#saveFilmAction`]: 'title, original title, synopsis, age rating, genres, certification, character, search title and description',
  [`${FILMS}#saveFilmStillsAction`]: 'ids only (the stills show the library’s words, attacked through updateMediaAction)',
  [`${FILMS}#searchPeopleAction`]: 'stores nothing; answers names the pages show as text',
  [`${FILMS}#searchCompaniesAction`]: 'stores nothing; answers names the pages show as text',
  [`${PEOPLE}#savePersonAction`]: 'name, bio',
  [`${PEOPLE}#mergePeopleAction`]: 'ids only',
  [`${PEOPLE}#deletePersonAction`]: 'ids only',
  [`${COMPANIES}#saveCompanyAction`]: 'name',
  [`${COMPANIES}#mergeCompaniesAction`]: 'ids only',
  [`${COMPANIES}#deleteCompanyAction`]: 'ids only',
  [`${REVIEWS}#searchFilmsAction`]: 'stores nothing; the film picker is visited on /admin/reviews/new',
  [`${REVIEWS}#startReviewAction`]: 'ids only',
  [`${REVIEWS}#saveReviewAction`]: 'body (forged JSON), venue, headline, standfirst, search title and description',
  [`${REVIEWS}#transitionReviewAction`]: 'request-changes message, fields',
  [`${REVIEWS}#addCommentAction`]: 'comment',
  [`${REVIEWS}#commentOnPassageAction`]: 'comment, body (forged JSON, same sanitizer as saveReviewAction)',
  [`${REVIEWS}#resolveCommentAction`]: 'ids only',
  [`${REVIEWS}#lockAction`]: 'ids only',
  [`${REVIEWS}#restoreRevisionAction`]: 'ids only',
  [`${STAFF}#createStaffAction`]: 'name, pen name',
  [`${STAFF}#setStaffPortraitAction`]: 'ids only (as setPortraitAction)',
  [`${STAFF}#changeRoleAction`]: 'ids only',
  [`${STAFF}#setDisabledAction`]: 'ids only',
  [`${STAFF}#resetPasswordAction`]: 'ids only',
  [`${PROFILE}#changePasswordAction`]: 'never shown',
  [`${PROFILE}#updateProfileAction`]: 'pen name, bio',
  [`${PROFILE}#setPortraitAction`]: 'ids only (the portrait shows the library’s alt text, attacked through updateMediaAction)',
  [`${PROFILE}#setPasswordAction`]: 'never shown',
  [`${MEDIA}#updateMediaAction`]: 'alt text, caption, credit of the demo images (shown on film pages and in the library)',
  [`${MEDIA}#searchMediaAction`]: 'stores nothing; answers what the library page shows',
  [`${MEDIA}#deleteMediaAction`]: 'ids only',
  [`${INBOX}#markReadAction`]: 'ids only',
  [`${INBOX}#markAllReadAction`]: 'stores nothing but read marks',
};

/** Every page and route of app/, and where this suite visits it. A new one fails the first test. */
const PAGES: Record<string, string> = {
  '/': 'public',
  '/films': 'public (all pages of the list)',
  '/films/[slug]': 'public, one per payload',
  '/films/[slug]/opengraph-image': 'an image, no script context',
  '/films/[slug]/[critic]': 'public, each reviewed film’s reviews (read off the film pages)',
  '/people': 'public (first page of the index)',
  '/reviewers': 'public (every critic, payload pen names and bios)',
  '/people/[slug]': 'public, one per payload',
  '/reviewers/[slug]': 'public, one per payload',
  '/reviewers/[slug]/feed.xml': 'public, one per payload',
  '/search': 'reflected query, one per payload, and stored text',
  '/feed.xml': 'public',
  '/sitemap.xml': 'public',
  '/sitemaps/[name]': 'public (the index\'s files: addresses only)',
  '/robots.txt': 'static text',
  '/login': 'reflected ?error= and ?next=',
  '/set-password/[token]': 'reflected token',
  '/admin': 'dashboard',
  '/admin/queue': 'admin',
  '/admin/audit': 'admin (details hold every payload)',
  '/admin/films': 'admin list',
  '/admin/films/new': 'no stored text',
  '/admin/films/[id]': 'admin, sample',
  '/admin/people': 'admin list',
  '/admin/people/new': 'no stored text',
  '/admin/people/[id]': 'admin, sample',
  '/admin/companies': 'admin list',
  '/admin/companies/new': 'no stored text',
  '/admin/companies/[id]': 'admin, sample',
  '/admin/reviews/new': 'film picker',
  '/admin/reviews/[id]': 'editor of the desk review (comments, messages)',
  '/admin/reviews/[id]/history': 'desk review',
  '/admin/reviews/[id]/preview': 'desk review',
  '/admin/profile': 'a payload critic',
  '/admin/staff': 'admin list',
  '/admin/staff/new': 'no stored text',
  '/admin/staff/[id]': 'admin, sample',
  '/api/auth/[...nextauth]': 'JSON only',
  '/api/health': 'JSON only',
  '/api/reviews/[id]/draft': 'JSON only',
  '/api/reviews/[id]/lock': 'no body, answers 204',
  '/posters/[filmId]/[version]/[file]': 'images only',
  '/media/[mediaId]/[version]/[file]': 'images only',
  '/api/media': 'JSON only (uploads; the words go through the same schema as updateMediaAction)',
  '/admin/media': 'admin (the demo images with payload alt, caption and credit)',
};

// ---------------------------------------------------------------------------------------------

type World = {
  films: { id: number; slug: string }[];
  /** People and companies made for their long fields (those named after payloads come from films). */
  people: number[];
  companies: number[];
  critics: { slug: string; cookie: string }[];
  reviews: number[];
  desk: number;
  staff: number[];
};
let world: World;
/** How many films get a published review (each review's body carries a share of all payloads). */
const REVIEWED = 24;
/**
 * ATTACK_FULL=1 opens one film, person and search page per payload (about 500 pages, several
 * minutes); by default 12 reviewed films and every sixteenth other one, and every fourth search.
 */
const FULL = process.env.ATTACK_FULL === '1';
let base = '';
/** Makes names unique per run, so the suite can also attack a server that is already running. */
const RUN = Date.now().toString(36);

/** The rich-text document one payload becomes, with forged nodes the allow-list must drop. */
function doc(p: string) {
  const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2, onclick: p }, content: [text(p)] },
      { type: 'paragraph', content: [text(p, [{ type: 'link', attrs: { href: p, target: p, rel: p, onclick: p } }])] },
      { type: 'paragraph', attrs: { style: p, class: p }, content: [text(p, [{ type: 'bold' }, { type: 'italic', attrs: { onmouseover: p } }])] },
      { type: 'paragraph', content: [text('link', [{ type: 'link', attrs: { href: 'javascript:__xss(1000)' } }])] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [text(p)] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text(p)] }] }] },
      // Forged nodes and marks that exist in no schema.
      { type: 'html', content: p, text: p },
      { type: 'image', attrs: { src: 'x', onerror: '__xss(1001)', alt: p } },
      { type: 'iframe', attrs: { src: 'javascript:__xss(1002)', srcdoc: p } },
      { type: p, content: [text(p)] },
      { type: 'paragraph', content: [{ type: 'text', text: p, marks: [{ type: 'script' }, { type: p }, { type: 'link', attrs: { href: 'data:text/html,<script>__xss(1003)</script>' } }] }] },
      { type: 'paragraph', content: [{ type: 'hardBreak', attrs: { onclick: p } }, { type: 'text', marks: [], text: `</script><script>__xss(1004)</script>${p}` }] },
    ],
  };
}

/** Runs tasks with a few in flight: the server is the bottleneck, not the client. */
async function pool<T, R>(items: T[], size: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

const resultOf = actionResult;

async function act(cookie: string, file: string, name: string, args: unknown[], form?: Fields) {
  const a = await callAction(base, cookie, action(file, name), args, form);
  if (a.status >= 500) throw new Error(`${name} answered ${a.status}: ${a.text.slice(0, 300)}`);
  return a;
}

async function publish(reviewCookie: string, editor: string, reviewId: number, fields: Record<string, unknown>) {
  let r = resultOf((await act(reviewCookie, REVIEWS, 'saveReviewAction', [{ reviewId, version: 1, kind: 'manual', fields }])).text);
  if (r.ok !== true) throw new Error(`save refused: ${JSON.stringify(r)}`);
  for (const [who, event] of [
    [reviewCookie, 'submit'],
    [editor, 'approve'],
    [editor, 'publish'],
  ] as const) {
    r = resultOf((await act(who, REVIEWS, 'transitionReviewAction', [{ reviewId, version: r.version, event }])).text);
    if (r.ok !== true) throw new Error(`${event} refused: ${JSON.stringify(r)}`);
  }
}

test.describe.serial('stored and reflected XSS', () => {
  test.beforeAll(({ baseURL }) => {
    base = baseURL!;
  });

  test('every server action and every page has an attack plan', () => {
    const actions = serverActions().map((a) => `${a.filename}#${a.exportedName}`);
    expect(actions.filter((a) => !(a in WRITE_PATHS)), 'server actions with no XSS plan in WRITE_PATHS').toEqual([]);
    expect(appRoutes().filter((r) => !(r in PAGES)), 'pages with no XSS plan in PAGES').toEqual([]);
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });

  test('staff write every payload into every text field', async () => {
    test.setTimeout(240_000);
    const [admin, editor] = [await signIn(base, 'admin'), await signIn(base, 'editor')];
    const w: World = { films: [], people: [], companies: [], critics: [], reviews: [], desk: 0, staff: [] };
    /** Long fields take many payloads at once: one chunk per record. */
    const chunks = (max: number) => {
      const out: string[] = [];
      let cur = '';
      for (const p of PAYLOADS) {
        if (cur && cur.length + p.length + 1 > max) {
          out.push(cur);
          cur = '';
        }
        cur = cur ? `${cur}\n${p}` : p;
      }
      return [...out, cur];
    };

    // A film per payload, with a new person (name, character) and company named after it.
    await pool(PAYLOADS, 3, async (p, i) => {
      const film = createdId(
        await act(editor, FILMS, 'saveFilmAction', [idle, FORM], {
          title: p.slice(0, 200),
          originalTitle: p.slice(0, 200),
          slug: `xss-${RUN}-${i}`,
          synopsis: PAYLOADS.slice(i, i + 8).join('\n').slice(0, 1000),
          releaseKind: 'cinema',
          runtimeMinutes: '101',
          ageRating: p.slice(0, 40),
          seoTitle: p.slice(0, 100),
          seoDescription: p.slice(0, 300),
          newGenres: i < 12 ? p.replace(/,/g, ' ').slice(0, 60) : '',
          releases: JSON.stringify([{ country: 'FR', date: '2021-03-04', kind: 'cinema', certification: p.slice(0, 40) }]),
          credits: JSON.stringify([
            { personId: null, newName: p.slice(0, 160), role: 'director', character: null },
            { personId: null, newName: `${p.slice(0, 150)} (actor)`, role: 'cast', character: p.slice(0, 160) },
          ]),
          companies: JSON.stringify([{ companyId: null, newName: p.slice(0, 160), role: 'production' }]),
        }),
      );
      w.films[i] = { id: film, slug: `xss-${RUN}-${i}` };
      // Staff names and pen names (a set-password link: no password hashing to wait for).
      w.staff[i] = createdId(
        await act(admin, STAFF, 'createStaffAction', [idle, FORM], { email: `xss-staff-${RUN}-${i}@attack.test`, name: p.slice(0, 120), role: 'reviewer', penName: p.slice(0, 60), passwordMode: 'link' }),
      );
    });
    // People's and companies' long fields (below the limits: multipart sends each newline as CRLF).
    for (const [n, bio] of chunks(4500).entries()) {
      w.people.push(createdId(await act(editor, PEOPLE, 'savePersonAction', [idle, FORM], { name: PAYLOADS[n]!.slice(0, 160), slug: `xss-bio-${RUN}-${n}`, bio })));
      w.companies.push(createdId(await act(editor, COMPANIES, 'saveCompanyAction', [idle, FORM], { name: PAYLOADS[n + 20]!.slice(0, 160), slug: '' })));
    }

    // Critics: pen name and bio from their profile, then published reviews with forged bodies and
    // payload venues. Each critic reviews a slice of the films.
    const bios = chunks(1800);
    const CRITICS = Math.max(8, bios.length);
    const perCritic = Math.ceil(REVIEWED / CRITICS);
    await pool(Array.from({ length: CRITICS }, (_, c) => c), 2, async (c) => {
      const email = `xss-critic-${RUN}-${c}@attack.test`;
      await act(admin, STAFF, 'createStaffAction', [idle, FORM], { email, name: `Critic ${c}`, role: 'reviewer', penName: PAYLOADS[c]!.slice(0, 60), passwordMode: 'temporary', temporaryPassword: 'attack-password-1' });
      const cookie = await signIn(base, { email, password: 'attack-password-1' }, { 'X-Forwarded-For': `10.1.0.${c}` });
      const slug = `critic-${RUN}-${c}`;
      const profile = resultOf((await act(cookie, PROFILE, 'updateProfileAction', [idle, FORM], { penName: PAYLOADS[c]!.slice(0, 60), slug, bio: bios[c % bios.length]! })).text);
      if (profile.status !== 'success') throw new Error(`profile refused for critic ${c}: ${JSON.stringify(profile)}`);
      w.critics[c] = { slug, cookie };
      for (let k = 0; k < perCritic; k++) {
        const i = c * perCritic + k;
        if (i >= REVIEWED) break;
        const review = Number((await act(cookie, REVIEWS, 'startReviewAction', [FORM], { filmId: String(w.films[i]!.id) })).redirect?.match(/\/admin\/reviews\/(\d+)/)?.[1]);
        if (!review) throw new Error(`no review started for film ${i}`);
        // The body carries this film's payload and a share of the others, so every payload is in some body.
        const mine = PAYLOADS.filter((_, j) => j % REVIEWED === i);
        const body = { type: 'doc', content: mine.flatMap((p) => doc(p).content) };
        const p = PAYLOADS[i]!;
        await publish(cookie, editor, review, {
          body,
          mark: 7,
          seenOn: '2024-05-06',
          venue: p.slice(0, 120),
          headline: p.slice(0, 120),
          standfirst: PAYLOADS[(i + 1) % PAYLOADS.length]!.slice(0, 320),
          seoTitle: p.slice(0, 100),
          seoDescription: p.slice(0, 300),
          containsSpoilers: false,
        });
        w.reviews[i] = review;
      }
    });

    // The desk review: payloads in comments and request-changes messages, over several versions.
    const mulder = await signIn(base, 'mulder');
    w.desk = Number((await act(mulder, REVIEWS, 'startReviewAction', [FORM], { filmId: String(w.films[0]!.id) })).redirect?.match(/\/admin\/reviews\/(\d+)/)?.[1]);
    let version = 1;
    for (const [n, chunk] of chunks(5000).entries()) {
      const bodyDoc = { type: 'doc', content: chunk.split('\n').flatMap((p) => doc(p).content) };
      const fields = { body: bodyDoc, mark: 5, seenOn: '', venue: PAYLOADS[n]!.slice(0, 120), containsSpoilers: false };
      let r = resultOf((await act(mulder, REVIEWS, 'saveReviewAction', [{ reviewId: w.desk, version, kind: 'manual', fields }])).text);
      if (r.ok !== true) throw new Error(`desk save refused: ${JSON.stringify(r)}`);
      r = resultOf((await act(mulder, REVIEWS, 'transitionReviewAction', [{ reviewId: w.desk, version: r.version, event: 'submit', fields }])).text);
      if (r.ok !== true) throw new Error(`desk submit refused: ${JSON.stringify(r)}`);
      r = resultOf((await act(editor, REVIEWS, 'transitionReviewAction', [{ reviewId: w.desk, version: r.version, event: 'request_changes', message: chunk }])).text);
      if (r.ok !== true) throw new Error(`request changes refused: ${JSON.stringify(r)}`);
      version = r.version as number;
      await act(editor, REVIEWS, 'addCommentAction', [w.desk, chunk]);
    }
    for (const p of PAYLOADS.slice(0, 20)) await act(editor, REVIEWS, 'addCommentAction', [w.desk, p]);
    // The demo's images (ids 1…13, each in a demo film's review): payload alt text, caption, credit.
    for (let id = 1; id <= 13; id++) {
      const p = PAYLOADS[id * 7]!;
      const r = resultOf((await act(editor, MEDIA, 'updateMediaAction', [idle, FORM], { id: String(id), alt: p.slice(0, 200), caption: p.slice(0, 300), credit: p.slice(0, 120) })).text);
      if (r.status !== 'success') throw new Error(`media ${id} refused: ${JSON.stringify(r)}`);
    }
    world = w;
  });

  /** A browser context that counts every execution: the __xss hook and any dialog. */
  async function counting(context: BrowserContext) {
    const hits: string[] = [];
    await context.exposeBinding('__xssReport', ({ page }, n: unknown) => void hits.push(`${String(n)} on ${page.url()}`));
    await context.addInitScript(() => {
      const w = window as unknown as { __xss: (n?: unknown) => void; __xssReport: (n: unknown) => void };
      w.__xss = (n?: unknown) => void w.__xssReport(n ?? '?');
    });
    context.on('page', (page) => page.on('dialog', (d) => void (hits.push(`dialog "${d.message()}" on ${page.url()}`), d.dismiss().catch(() => {}))));
    return hits;
  }

  async function visitAll(context: BrowserContext, urls: string[], hits: string[], parallel = 3) {
    const pages: Page[] = await Promise.all(Array.from({ length: parallel }, () => context.newPage()));
    const statuses: string[] = [];
    let next = 0;
    await Promise.all(
      pages.map(async (page) => {
        while (next < urls.length) {
          const url = urls[next++]!;
          const r = await page.goto(url, { waitUntil: 'load' });
          if (!r || r.status() >= 500) statuses.push(`${url} → ${r?.status()}`);
          // Give autofocus, onerror of missing images, animations and timers a moment.
          await page.waitForTimeout(30);
        }
      }),
    );
    await Promise.all(pages.map((p) => p.close()));
    expect(statuses, 'pages that failed').toEqual([]);
    expect(hits, 'payloads that executed').toEqual([]);
  }

  test('public pages: film, person, critic and their feeds', async ({ browser }) => {
    test.setTimeout(420_000);
    const context = await browser.newContext();
    const hits = await counting(context);
    // Every payload is on some list page (next test); one page per payload is the full run only.
    const films = FULL ? world.films : world.films.filter((_, i) => i < 12 || i % 16 === 0);
    const urls = [...films.map((f) => `/films/${f.slug}`), ...world.critics.map((c) => `/reviewers/${c.slug}`)];
    // People's addresses come from their (payload) names, and each review has its own page: read
    // both off the film pages' links.
    const linked = await pool(films, 4, async (f) => {
      const html = await (await fetch(`${base}/films/${f.slug}`)).text();
      const people = [...html.matchAll(/href="(\/people\/[^"]+)"/g)].map((m) => m[1]!);
      const reviews = [...html.matchAll(new RegExp(`href="(/films/${f.slug}/[^"#/]+)"`, 'g'))].map((m) => m[1]!);
      return [...people, ...reviews];
    });
    urls.push(...new Set(linked.flat()));
    // The demo films' pages carry the images with payload alt, caption and credit.
    const sitemapFilms = await (await fetch(`${base}/sitemaps/films-0.xml`)).text();
    urls.push(...[...sitemapFilms.matchAll(/<loc>[^<]*?(\/films\/[^<\/]+)<\/loc>/g)].map((m) => m[1]!).filter((u) => !u.startsWith('/films/xss-')));
    await visitAll(context, urls, hits);
    await context.close();
  });

  test('lists, feeds, sitemap and search (stored and reflected)', async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext();
    const hits = await counting(context);
    const pagesOfFilms = Math.ceil((PAYLOADS.length + 20) / 24);
    const urls = [
      '/',
      '/reviewers',
      '/people',
      ...Array.from({ length: pagesOfFilms }, (_, i) => `/films?page=${i + 1}`),
      '/films?sort=title',
      '/feed.xml',
      '/sitemap.xml',
      ...world.critics.slice(0, 10).map((c) => `/reviewers/${c.slug}/feed.xml`),
      ...PAYLOADS.filter((_, i) => FULL || i % 4 === 0).map((p) => `/search?q=${encodeURIComponent(p)}`),
      '/search?q=xss',
      '/search?q=script&kind=reviews',
      '/search?q=img&kind=films',
      '/search?q=onerror&kind=people',
      ...PAYLOADS.slice(0, 20).map((p) => `/login?error=${encodeURIComponent(p)}&next=${encodeURIComponent(p)}`),
      ...PAYLOADS.slice(0, 10).map((p) => `/set-password/${encodeURIComponent(p)}`),
    ];
    await visitAll(context, urls, hits);
    await context.close();
  });

  test('admin screens: lists, audit, editors, desk review, preview and history', async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext();
    const hits = await counting(context);
    const admin = await signIn(base, 'admin');
    await context.addCookies([{ name: 'next-auth.session-token', value: admin.split('=')[1]!, url: baseURL! }]);
    const sample = [0, 1, 15, 40, 59, 95, 96, 110, PAYLOADS.length - 1].filter((i) => i < PAYLOADS.length);
    const urls = [
      '/admin',
      '/admin/queue',
      '/admin/audit',
      '/admin/audit?page=2',
      '/admin/films',
      '/admin/films?page=2',
      '/admin/people',
      '/admin/people?q=script',
      '/admin/companies',
      '/admin/staff',
      '/admin/reviews/new',
      '/admin/media',
      ...sample.map((i) => `/admin/films/${world.films[i]!.id}`),
      ...world.people.map((id) => `/admin/people/${id}`),
      ...world.companies.map((id) => `/admin/companies/${id}`),
      ...sample.map((i) => `/admin/staff/${world.staff[i]}`),
      ...world.reviews.slice(0, 4).flatMap((id) => [`/admin/reviews/${id}`, `/admin/reviews/${id}/preview`, `/admin/reviews/${id}/history`]),
      `/admin/reviews/${world.desk}`,
      `/admin/reviews/${world.desk}/preview`,
      `/admin/reviews/${world.desk}/history`,
      `/admin/reviews/${world.desk}/history?from=1&to=2`,
    ];
    await visitAll(context, urls, hits, 2);
    // A payload critic's own profile form.
    await context.clearCookies();
    await context.addCookies([{ name: 'next-auth.session-token', value: world.critics[1]!.cookie.split('=')[1]!, url: baseURL! }]);
    await visitAll(context, ['/admin/profile', '/admin'], hits, 1);
    await context.close();
  });

  test('payloads pasted and typed into the real editor stay text', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext();
    const hits = await counting(context);
    const critic = world.critics[2]!;
    await context.addCookies([{ name: 'next-auth.session-token', value: critic.cookie.split('=')[1]!, url: baseURL! }]);
    const page = await context.newPage();
    // A new review of another film, so the published one stays as it is.
    const r = await callAction(base, critic.cookie, action(REVIEWS, 'startReviewAction'), [FORM], { filmId: String(world.films[3]!.id) });
    const reviewId = Number(r.redirect?.match(/\/admin\/reviews\/(\d+)/)?.[1]);
    await page.goto(`/admin/reviews/${reviewId}`);
    const editor = page.getByRole('textbox', { name: 'Review text' });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // A paste of HTML, as from a web page or Word, then typed text: both must stay inert.
    const html = PAYLOADS.slice(0, 60).map((p) => `<p>${p}</p>`).join('');
    await editor.evaluate((el, markup) => {
      const data = new DataTransfer();
      data.setData('text/html', markup);
      data.setData('text/plain', markup);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await editor.pressSequentially(PAYLOADS.slice(60, 66).join(' '), { delay: 0 });
    await page.getByLabel('Venue').fill(PAYLOADS[7]!.slice(0, 120));
    await expect(page.getByText(/Saved \d/)).toBeVisible({ timeout: 20_000 });
    await page.close();
    await visitAll(context, [`/admin/reviews/${reviewId}`, `/admin/reviews/${reviewId}/preview`, `/admin/reviews/${reviewId}/history`], hits, 1);
    expect(hits).toEqual([]);
    await context.close();
  });
});
