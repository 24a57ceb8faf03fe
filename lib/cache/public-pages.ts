/**
 * The rule that decides whether a cached public page may still be served. Next.js keeps rendered
 * public pages (home, film pages, person pages) in its full-route cache; `lib/cache/handler.cjs`
 * asks `isFresh` before every hit. An entry is served only when all of these hold:
 *
 * 1. it was rendered by this server process (the build renders against an empty database, and an
 *    entry left by an earlier process may predate any write: both are re-rendered);
 * 2. none of the tags its page shows (`pageTags`, lib/stale.ts) was expired by a write since the
 *    render began (`markStale` calls `expireTags`): a publish is visible on the very next request;
 * 3. no scheduled review went live since the render began: the first request after the
 *    publication time re-renders, none before. No cron; one index probe per hit;
 * 4. the site's calendar date (BOBINE_TIME_ZONE) is still the one it was rendered on: pages show
 *    what is "now in cinemas" and "coming soon" by release date, which changes at midnight
 *    without any write.
 *
 * "Since the render began": the cache only knows when an entry was stored, so a margin is taken
 * off that instant (a render that read the database, then saw a write land before it was stored,
 * must not be kept). The cost is that for RENDER_MARGIN_MS after a write, pages showing it are
 * rendered on every request.
 *
 * State lives on globalThis: the handler (loaded by Next.js, outside the bundles) and each route's
 * bundle must see one copy per process. One process serves the site (README, "Performance"); a
 * site spread over several processes would move `expiredAt` into the database.
 */
import { pageTags } from '@/lib/cache/tags';
import { siteDateOf } from '@/lib/dates';

export const RENDER_MARGIN_MS = 5_000;

type State = {
  startedAt: number;
  /** Cache key → the site clock's time (ms) when the entry was stored. */
  madeAt: Map<string, number>;
  /** Tag → real time (ms) of the last write that made it stale. */
  expiredAt: Map<string, number>;
};

/** What a freshness check needs from the database and the clock, given by lib/dal/db.ts. */
export type Schedule = {
  /** The site clock (lib/clock.ts), which tests may move forward. */
  now(): number;
  /** Whether a review became public at a time t with from < t <= to (site clock, ms). */
  wentLiveBetween(from: number, to: number): boolean;
};

type Bridge = {
  isFresh(key: string, storedAt: number): boolean;
  stored(key: string): void;
  /** The site clock, for the server's page store (lib/cache/page-store.cjs) to note when a request arrived. */
  now(): number;
  isTrueSince(key: string, arrivedAt: number, arrivedAtSite: number): boolean;
};

const STATE = Symbol.for('bobine.publicCache.state');
const BRIDGE = Symbol.for('bobine.publicCache');
const MAX_KEYS = 200_000;

const g = globalThis as unknown as { [STATE]?: State; [BRIDGE]?: Bridge };

function state(): State {
  return (g[STATE] ??= { startedAt: Date.now(), madeAt: new Map(), expiredAt: new Map() });
}

/**
 * The page address inside a route-cache key (`/route-cache/APP_PAGE/<hash>/$/films/x`) or inside
 * the server page store's key (the request's address, query included).
 */
export function pathOfKey(key: string): string {
  const i = key.indexOf('/$/');
  let path = i === -1 ? key : key.slice(i + 2);
  const q = path.indexOf('?');
  if (q !== -1) path = path.slice(0, q);
  return path === '/index' ? '/' : path;
}

/** Called after a write, with the tags `staleAfter` derived for it. */
export function expireTags(tags: readonly string[], at = Date.now()): void {
  const expired = state().expiredAt;
  for (const tag of tags) expired.set(tag, at);
}

export function isFresh(key: string, storedAt: number, schedule: Schedule): boolean {
  const s = state();
  if (storedAt < s.startedAt) return false;
  const madeAt = s.madeAt.get(key);
  if (madeAt === undefined) return false;
  const renderBegan = storedAt - RENDER_MARGIN_MS;
  for (const tag of pageTags(pathOfKey(key))) {
    const expired = s.expiredAt.get(tag);
    if (expired !== undefined && expired > renderBegan) return false;
  }
  return stillTrueOnTheClock(madeAt - RENDER_MARGIN_MS, schedule);
}

/** Conditions 3 and 4: nothing that time alone changes has changed since `since` (site clock, ms). */
function stillTrueOnTheClock(since: number, schedule: Schedule): boolean {
  const now = schedule.now();
  return siteDateOf(since) === siteDateOf(now) && !schedule.wentLiveBetween(since, now);
}

/**
 * For an answer made by a request that arrived at `arrivedAt` (real ms; `arrivedAtSite` on the site
 * clock): true while no write expired a tag its page shows, no scheduled review went live and the
 * site's date did not change since that arrival. No margin is needed, unlike `isFresh`: whatever Next.js rendered or served for that
 * request was true when it arrived.
 */
export function isTrueSince(key: string, arrivedAt: number, arrivedAtSite: number, schedule: Schedule): boolean {
  const s = state();
  if (arrivedAt < s.startedAt) return false;
  for (const tag of pageTags(pathOfKey(key))) {
    const expired = s.expiredAt.get(tag);
    if (expired !== undefined && expired >= arrivedAt) return false;
  }
  return stillTrueOnTheClock(arrivedAtSite, schedule);
}

export function recordStored(key: string, schedule: Pick<Schedule, 'now'>): void {
  const made = state().madeAt;
  // Keys are page addresses; a crawler can make many. Forgetting one only costs a re-render.
  if (made.size >= MAX_KEYS) made.clear();
  made.set(key, schedule.now());
}

/** Makes the rule reachable from lib/cache/handler.cjs. Called once the DAL has a database. */
export function connectPublicCache(schedule: Schedule): void {
  g[BRIDGE] ??= {
    isFresh: (key, storedAt) => isFresh(key, storedAt, schedule),
    stored: (key) => recordStored(key, schedule),
    now: () => schedule.now(),
    isTrueSince: (key, arrivedAt, arrivedAtSite) => isTrueSince(key, arrivedAt, arrivedAtSite, schedule),
  };
}

/** For tests: forget every entry and expiry, as a new process would. */
export function resetPublicCacheState(startedAt = Date.now()): void {
  g[STATE] = { startedAt, madeAt: new Map(), expiredAt: new Map() };
}
