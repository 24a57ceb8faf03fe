/**
 * `npm run test:soak` (on demand, not in CI): a production server on a temporary demo database
 * under mixed load for a while: public reads (home, film list and pages, people, critics, search,
 * feeds, sitemap) from several clients, and staff writes at the same time (autosaves, comments,
 * person bios). Passes with 0 answers ≥ 500, 0 lost writes (every acknowledged write is in the
 * database at the end) and flat memory (the last third's median RSS within 25% of the second
 * third's). Prints requests, p50/p99 and peak RSS.
 *
 *   npm run test:soak                      # 60 s
 *   SOAK_SECONDS=15 npm run test:soak      # or: npm run test:soak -- --seconds=15
 *   SOAK_PORT=3420 (default), SOAK_READERS=6 (default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { action, actionResult, callAction, FORM, idle, signIn } from '../attack/http';
import { percentile, prepare, rssMiB, startServer, stop } from '../attack/server';

const flag = process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1];
const SECONDS = Number(flag ?? process.env.SOAK_SECONDS ?? 60);
const PORT = Number(process.env.SOAK_PORT ?? 3420);
const READERS = Number(process.env.SOAK_READERS ?? 6);

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bobine-soak-'));
  const dbPath = path.join(dir, 'bobine.db');
  console.log(`test:soak: ${SECONDS} s, ${READERS} readers and 3 writers, database in ${dir}`);
  prepare(dir, PORT);
  const setup = new Database(dbPath, { readonly: true });
  const filmSlugs = (setup.prepare('select slug from films').all() as { slug: string }[]).map((r) => r.slug);
  const personSlugs = (setup.prepare('select slug from people limit 60').all() as { slug: string }[]).map((r) => r.slug);
  const critics = (setup.prepare('select slug from reviewer_profiles').all() as { slug: string }[]).map((r) => r.slug);
  const freeFilm = (setup.prepare("select id from films where id not in (select film_id from reviews where author_id = (select id from users where email = 'mulder@bobine.test')) limit 1").get() as { id: number }).id;
  const personId = (setup.prepare('select id, name from people limit 1').get() as { id: number; name: string }).id;
  const personName = (setup.prepare('select name from people where id = ?').get(personId) as { name: string }).name;
  setup.close();

  const server = await startServer(dir, PORT);
  const base = server.base;
  const mulder = await signIn(base, 'mulder');
  const editor = await signIn(base, 'editor');
  const REVIEWS = 'app/admin/reviews/actions.ts';
  const reviewId = Number((await callAction(base, mulder, action(REVIEWS, 'startReviewAction'), [FORM], { filmId: String(freeFilm) })).redirect?.match(/\/admin\/reviews\/(\d+)/)?.[1]);

  const words = ['ballerina', 'dune', 'wick', 'night', 'amour', 'the', 'zzz', 'éléphant'];
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const readUrl = () =>
    pick([
      () => '/',
      () => `/films?page=${1 + Math.floor(Math.random() * 2)}`,
      () => `/films/${pick(filmSlugs)}`,
      () => `/films/${pick(filmSlugs)}`,
      () => `/people/${pick(personSlugs)}`,
      () => `/reviewers/${pick(critics)}`,
      () => `/search?q=${encodeURIComponent(pick(words))}`,
      () => '/feed.xml',
      () => '/sitemap.xml',
      () => '/api/health',
    ])();

  const times: number[] = [];
  const errors: string[] = [];
  let requests = 0;
  const timed = async (label: string, fn: () => Promise<number>) => {
    const t = performance.now();
    let status = 0;
    try {
      status = await fn();
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      // A keep-alive socket the server closed just as the client reused it: not the server's
      // answer. Tried once more; a second failure counts.
      if (cause === 'ECONNRESET' || cause === 'UND_ERR_SOCKET') {
        try {
          status = await fn();
        } catch (again) {
          errors.push(`${label}: ${(again as Error).message} (${cause})`);
          return 0;
        }
      } else {
        errors.push(`${label}: ${(e as Error).message}${cause ? ` (${cause})` : ''}`);
        return 0;
      }
    }
    times.push(performance.now() - t);
    requests++;
    if (status >= 500) errors.push(`${label} → ${status}`);
    return status;
  };

  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssMiB(server)), 500);
  const until = Date.now() + SECONDS * 1000;
  let draftVersion = 1;
  let lastDraft = '';
  const comments: string[] = [];
  let lastBio = '';

  const readers = Array.from({ length: READERS }, async () => {
    while (Date.now() < until) {
      const url = readUrl();
      await timed(url, async () => {
        const r = await fetch(`${base}${url}`);
        await r.arrayBuffer();
        return r.status;
      });
    }
  });
  const autosaver = (async () => {
    for (let n = 0; Date.now() < until; n++) {
      const marker = `soak-${n}`;
      await timed('autosave', async () => {
        const r = await fetch(`${base}/api/reviews/${reviewId}/draft`, {
          method: 'POST',
          headers: { Cookie: mulder, 'Content-Type': 'application/json' },
          body: JSON.stringify({ version: draftVersion, fields: { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Soak ${marker} `.repeat(50) }] }] }, mark: 6, seenOn: '', venue: marker, containsSpoilers: false } }),
        });
        const json = (await r.json()) as { version?: number };
        if (r.ok && json.version) {
          draftVersion = json.version;
          lastDraft = marker;
        } else if (r.status < 500) errors.push(`autosave refused: ${r.status} ${JSON.stringify(json)}`);
        return r.status;
      });
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const commenter = (async () => {
    for (let n = 0; Date.now() < until; n++) {
      const body = `Soak comment ${n}`;
      await timed('comment', async () => {
        const a = await callAction(base, editor, action(REVIEWS, 'addCommentAction'), [reviewId, body]);
        if (a.status === 200 && actionResult(a.text).ok === true) comments.push(body);
        else if (a.status < 500) errors.push(`comment refused: ${a.status} ${a.text.slice(0, 120)}`);
        return a.status;
      });
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const catalogue = (async () => {
    for (let n = 0; Date.now() < until; n++) {
      const bio = `Soak bio ${n}`;
      await timed('person', async () => {
        const a = await callAction(base, editor, action('app/admin/people/actions.ts', 'savePersonAction'), [idle, FORM], { id: String(personId), name: personName, slug: '', bio });
        if (a.status === 200 && actionResult(a.text).status === 'success') lastBio = bio;
        else if (a.status < 500) errors.push(`person save refused: ${a.status} ${a.text.slice(0, 120)}`);
        return a.status;
      });
      await new Promise((r) => setTimeout(r, 300));
    }
  })();
  await Promise.all([...readers, autosaver, commenter, catalogue]);
  clearInterval(sampler);
  await stop(server);

  // Lost writes: every acknowledged write is in the database.
  const db = new Database(dbPath, { readonly: true });
  const lost: string[] = [];
  const review = db.prepare('select venue from reviews where id = ?').get(reviewId) as { venue: string };
  if (lastDraft && review.venue !== lastDraft) lost.push(`last autosave ${lastDraft} missing (found ${review.venue})`);
  const stored = new Set((db.prepare('select body from editorial_comments where review_id = ?').all(reviewId) as { body: string }[]).map((c) => c.body));
  const missing = comments.filter((c) => !stored.has(c));
  if (missing.length) lost.push(`${missing.length} acknowledged comments missing`);
  const bio = (db.prepare('select bio from people where id = ?').get(personId) as { bio: string | null }).bio;
  if (lastBio && bio !== lastBio) lost.push(`last person bio ${lastBio} missing (found ${bio})`);
  db.close();

  times.sort((a, b) => a - b);
  const third = Math.floor(rss.length / 3);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const middle = median(rss.slice(third, 2 * third));
  const last = median(rss.slice(2 * third));
  const flat = rss.length < 6 || last <= middle * 1.25;
  const fiveHundreds = errors.filter((e) => /→ 5\d\d/.test(e));
  console.log('\ntest:soak results');
  console.log(`  duration                ${SECONDS} s`);
  console.log(`  requests                ${requests} (${(requests / SECONDS).toFixed(0)}/s), writes acknowledged: ${comments.length} comments, autosaves up to version ${draftVersion}, bios`);
  console.log(`  latency p50 / p99       ${percentile(times, 50).toFixed(0)} ms / ${percentile(times, 99).toFixed(0)} ms`);
  console.log(`  answers ≥ 500           ${fiveHundreds.length}`);
  console.log(`  other errors            ${errors.length - fiveHundreds.length}`);
  console.log(`  lost writes             ${lost.length}`);
  console.log(`  RSS peak                ${Math.max(0, ...rss).toFixed(0)} MiB; median 2nd third ${middle.toFixed(0)} MiB, last third ${last.toFixed(0)} MiB (${flat ? 'flat' : 'GROWING'})`);
  for (const e of [...errors.slice(0, 10), ...lost]) console.log(`  ✘ ${e}`);
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = errors.length || lost.length || !flat ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
