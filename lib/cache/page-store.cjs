/**
 * The front of the public read path (scripts/serve.cjs): finished public responses kept in memory,
 * already compressed, and written straight to the socket while they are still true.
 *
 * Next.js's full-route cache (lib/cache/handler.cjs) spares the render, but each hit still walks
 * the router, the proxy and the response pipeline, and gzips 170 kB of HTML again: about 10 ms of
 * CPU per request on this machine. Here a hit costs a map lookup, the freshness rule and a write.
 *
 * What is kept: only answers Next.js itself marked shareable (`Cache-Control: public`, set by
 * proxy.ts for anonymous GETs of public addresses), status 200, no Set-Cookie. What is served from
 * here: only a plain GET or HEAD with no session cookie and no RSC/router/action header (those get
 * other representations of the same address). Whether an entry is still true is the same rule the
 * full-route cache asks (lib/cache/public-pages.ts, reached through globalThis): the tags its page
 * shows not expired by a write since the request that made it began, no scheduled review gone live
 * since. Until the app has loaded that rule, nothing is served from here.
 *
 * Plain CommonJS: it runs in the server process outside Next.js's bundles.
 */
const zlib = require('node:zlib');
const { createHash } = require('node:crypto');
const { promisify } = require('node:util');

const gunzip = promisify(zlib.gunzip);
const gzip = promisify(zlib.gzip);
const brotliCompress = promisify(zlib.brotliCompress);
const brotliDecompress = promisify(zlib.brotliDecompress);

/** Headers that describe one transfer, not the page: never replayed. */
const TRANSFER_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/** Request headers that ask Next.js for something other than the page's HTML. */
const OTHER_REPRESENTATION = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'next-url'];

/**
 * The key under which this request's answer may be looked up and kept, or null when it must go to
 * Next.js every time.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @returns {string | null}
 */
function cacheKeyOf(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '';
  if (!url.startsWith('/') || url.startsWith('/_next/') || url.startsWith('/api/') || url.startsWith('/admin')) return null;
  if (/[?&]_rsc=/.test(url)) return null;
  // Files (fonts, icons, posters, media) are already compressed and served cheaply by Next.js.
  if (/\.(?:woff2?|png|jpe?g|gif|webp|avif|svg|ico)$/i.test(url.split('?')[0])) return null;
  for (const h of OTHER_REPRESENTATION) if (req.headers[h] !== undefined) return null;
  const cookie = req.headers.cookie;
  if (typeof cookie === 'string' && SESSION_COOKIE.test(cookie)) return null;
  return url;
}

/**
 * Whether a finished answer may be kept.
 * @param {number} status
 * @param {Record<string, unknown>} headers lower-case names, as `res.getHeaders()` gives them
 */
function isStorable(status, headers) {
  if (status !== 200) return false;
  if (headers['set-cookie'] !== undefined) return false;
  const cc = String(headers['cache-control'] ?? '');
  return /^\s*public\b/i.test(cc) && !/no-store|private/i.test(cc);
}

/**
 * The encoding to answer with: 'br' when accepted, else 'gzip', else null (identity). A q=0 refuses.
 * @param {string | string[] | undefined} acceptEncoding
 * @returns {'br' | 'gzip' | null}
 */
function pickEncoding(acceptEncoding) {
  const accepted = new Map();
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (e) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/**
 * Makes an entry from what Next.js sent: the body as it went out (maybe already gzipped) and the
 * headers. The page is kept as gzip and brotli (compressed off the main thread, once per entry);
 * identity is derived on the rare request that wants it.
 * @param {Buffer} sent
 * @param {Record<string, unknown>} headers
 * @param {{ at: number, atSite: number }} arrived when the request that made it arrived (real
 *   time and site clock, ms)
 * @param {(html: string) => string | null} [rewrite] applied to an HTML page before it is kept
 *   (lib/cache/runtime-free.cjs); null keeps the page as Next.js sent it
 */
async function makeEntry(sent, headers, arrived, rewrite) {
  const encoding = String(headers['content-encoding'] ?? '').toLowerCase();
  let raw;
  if (encoding === '' || encoding === 'identity') raw = sent;
  else if (encoding === 'gzip') raw = await gunzip(sent);
  else if (encoding === 'br') raw = await brotliDecompress(sent);
  else return null;
  let etag = headers['etag'];
  let changed = false;
  if (rewrite && /^text\/html\b/i.test(String(headers['content-type'] ?? ''))) {
    const rewritten = rewrite(raw.toString('utf8'));
    if (rewritten !== null) {
      raw = Buffer.from(rewritten, 'utf8');
      changed = true;
      // Other bytes, other validator: a client holding Next.js's version must not get a 304 for this one.
      if (etag !== undefined) etag = `"${createHash('sha1').update(raw).digest('base64url').slice(0, 16)}"`;
    }
  }
  const [gz, br] = await Promise.all([
    encoding === 'gzip' && !changed ? sent : gzip(raw, { level: 6 }),
    // Quality 5: within a few percent of the densest for HTML, at a fraction of the time.
    brotliCompress(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  ]);
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || TRANSFER_HEADERS.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  if (etag !== undefined) kept['etag'] = String(etag);
  kept['x-nextjs-cache'] = 'HIT';
  const vary = String(kept['vary'] ?? '');
  if (!/accept-encoding/i.test(vary)) kept['vary'] = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  return { headers: kept, gzip: gz, br, arrivedAt: arrived.at, arrivedAtSite: arrived.atSite, size: gz.length + br.length + 1024 };
}

/** @typedef {NonNullable<Awaited<ReturnType<typeof makeEntry>>>} Entry */

/**
 * The body and headers to answer a hit with, for this request's Accept-Encoding.
 * @param {Entry} entry
 * @param {string | string[] | undefined} acceptEncoding
 */
function representation(entry, acceptEncoding) {
  const encoding = pickEncoding(acceptEncoding);
  const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : zlib.gunzipSync(entry.gzip);
  /** @type {Record<string, string | string[] | number>} */
  const headers = { ...entry.headers, 'content-length': body.length };
  if (encoding) headers['content-encoding'] = encoding;
  return { body, headers };
}

/**
 * The kept entries, least recently used dropped first once `maxBytes` is reached.
 */
class PageStore {
  /** @param {{ maxBytes: number, maxAgeMs: number }} options */
  constructor(options) {
    this.maxBytes = options.maxBytes;
    this.maxAgeMs = options.maxAgeMs;
    this.bytes = 0;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
  }

  /**
   * The entry for this key if it is still true. `isTrue` is the app's rule (null before it has loaded).
   * @param {string} key
   * @param {((key: string, entry: Entry) => boolean) | null} isTrue
   * @param {number} [now]
   */
  get(key, isTrue, now = Date.now()) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (!isTrue || now - entry.arrivedAt > this.maxAgeMs || !isTrue(key, entry)) {
      this.delete(key);
      return null;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    if (entry.size > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [k] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}

module.exports = { PageStore, cacheKeyOf, isStorable, makeEntry, pickEncoding, representation };
