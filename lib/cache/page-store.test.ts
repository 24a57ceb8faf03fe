import { gunzipSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { expireTags, isTrueSince, resetPublicCacheState, type Schedule } from './public-pages';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the store is CommonJS, loaded by scripts/serve.cjs.
const { PageStore, cacheKeyOf, isStorable, makeEntry, pickEncoding, representation } = require('./page-store.cjs');

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('which requests the front cache may answer', () => {
  it('takes plain anonymous GETs and HEADs of pages, query included', () => {
    expect(cacheKeyOf(get('/films/ballerina'))).toBe('/films/ballerina');
    expect(cacheKeyOf(get('/films?sort=mark'))).toBe('/films?sort=mark');
    expect(cacheKeyOf(get('/', {}, 'HEAD'))).toBe('/');
    expect(cacheKeyOf(get('/', { cookie: 'theme=dark' }))).toBe('/');
  });

  it('leaves to Next.js anything with a session, another representation, or another method', () => {
    expect(cacheKeyOf(get('/', { cookie: 'a=1; next-auth.session-token=xyz' }))).toBeNull();
    expect(cacheKeyOf(get('/', { cookie: '__Secure-next-auth.session-token.0=xyz' }))).toBeNull();
    expect(cacheKeyOf(get('/', { rsc: '1' }))).toBeNull();
    expect(cacheKeyOf(get('/', { 'next-router-prefetch': '1' }))).toBeNull();
    expect(cacheKeyOf(get('/films?_rsc=abc'))).toBeNull();
    expect(cacheKeyOf(get('/', { 'next-action': 'abc' }, 'POST'))).toBeNull();
    expect(cacheKeyOf(get('/admin'))).toBeNull();
    expect(cacheKeyOf(get('/admin/reviews/1'))).toBeNull();
    expect(cacheKeyOf(get('/api/health'))).toBeNull();
    expect(cacheKeyOf(get('/_next/static/x.js'))).toBeNull();
    expect(cacheKeyOf(get('http://evil.example/'))).toBeNull();
    expect(cacheKeyOf(get('/fonts/inter-5.3.0-latin-wght-normal.woff2'))).toBeNull();
    expect(cacheKeyOf(get('/posters/1/2/w400.webp'))).toBeNull();
    expect(cacheKeyOf(get('/sitemap.xml'))).toBe('/sitemap.xml');
  });
});

describe('which answers it keeps', () => {
  const pub = { 'cache-control': 'public, max-age=0, s-maxage=10, stale-while-revalidate=30' };
  it('keeps only shareable 200s without cookies', () => {
    expect(isStorable(200, pub)).toBe(true);
    expect(isStorable(404, pub)).toBe(false);
    expect(isStorable(200, { 'cache-control': 'private, no-cache, no-store' })).toBe(false);
    expect(isStorable(200, {})).toBe(false);
    expect(isStorable(200, { ...pub, 'set-cookie': ['a=1'] })).toBe(false);
  });
});

describe('encodings', () => {
  it('prefers brotli, then gzip, honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding('*')).toBe('br');
  });

  it('answers each encoding with the bytes Next.js sent, replaying the page headers but not the transfer ones', async () => {
    const html = '<!doctype html><p>Ballerina</p>'.repeat(200);
    const entry = await makeEntry(gzipSync(html), { 'content-encoding': 'gzip', 'content-length': '99', 'content-type': 'text/html', vary: 'rsc', 'x-nextjs-cache': 'MISS' }, { at: 1, atSite: 1 });
    const br = representation(entry, 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(br.headers['content-length']).toBe(br.body.length);
    const gz = representation(entry, 'gzip');
    expect(gunzipSync(gz.body).toString()).toBe(html);
    const plain = representation(entry, undefined);
    expect(plain.body.toString()).toBe(html);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('rsc, Accept-Encoding');
    expect(plain.headers['x-nextjs-cache']).toBe('HIT');
  });
});

describe('the store', () => {
  const entry = (size: number, at = 1000) => ({ headers: {}, gzip: Buffer.alloc(0), br: Buffer.alloc(0), arrivedAt: at, arrivedAtSite: at, size });
  const always = () => true;

  it('serves nothing before the freshness rule is loaded, and drops what the rule refuses', () => {
    const store = new PageStore({ maxBytes: 1000, maxAgeMs: 60_000 });
    store.set('/a', entry(10));
    expect(store.get('/a', null, 1000)).toBeNull();
    store.set('/a', entry(10));
    expect(store.get('/a', () => false, 1000)).toBeNull();
    expect(store.get('/a', always, 1000)).toBeNull();
  });

  it('drops entries past their age and the least recently used past its size', () => {
    const store = new PageStore({ maxBytes: 1000, maxAgeMs: 60_000 });
    store.set('/old', entry(10, 0));
    expect(store.get('/old', always, 60_001)).toBeNull();
    store.set('/a', entry(100));
    store.set('/b', entry(100));
    store.get('/a', always, 1000);
    for (let i = 0; i < 9; i++) store.set(`/p${i}`, entry(100));
    expect(store.get('/b', always, 1000)).toBeNull();
    expect(store.get('/a', always, 1000)).not.toBeNull();
    expect(store.bytes).toBeLessThanOrEqual(1000);
  });
});

describe('an answer is true until a write or a publication after its request arrived', () => {
  const schedule = (live: number[], clock: number): Schedule => ({
    now: () => clock,
    wentLiveBetween: (from, to) => live.some((t) => t > from && t <= to),
  });

  it('is refused after a write to a tag its page shows, whatever the address query', () => {
    resetPublicCacheState(0);
    expect(isTrueSince('/films/ballerina?x=1', 100, 100, schedule([], 200))).toBe(true);
    expireTags(['film:ballerina'], 150);
    expect(isTrueSince('/films/ballerina?x=1', 100, 100, schedule([], 200))).toBe(false);
    // A write at the very instant the request arrived may not be in the answer.
    expect(isTrueSince('/films/ballerina', 150, 150, schedule([], 200))).toBe(false);
    expect(isTrueSince('/films/ballerina', 151, 151, schedule([], 200))).toBe(true);
    expireTags(['people'], 300);
    expect(isTrueSince('/search?q=wick', 200, 200, schedule([], 400))).toBe(false);
  });

  it('is refused on the first request after a scheduled review goes live, not before', () => {
    resetPublicCacheState(0);
    expect(isTrueSince('/', 100, 100, schedule([500], 499))).toBe(true);
    expect(isTrueSince('/', 100, 100, schedule([500], 500))).toBe(false);
  });

  it('is refused once the site’s date has changed (what is "now in cinemas" moves at midnight)', () => {
    resetPublicCacheState(0);
    const evening = Date.parse('2026-12-17T22:30:00Z'); // 23:30 in Paris
    expect(isTrueSince('/', evening, evening, schedule([], evening + 20 * 60_000))).toBe(true);
    expect(isTrueSince('/', evening, evening, schedule([], evening + 40 * 60_000))).toBe(false);
    // A clock moved back (tests do) is another day too.
    expect(isTrueSince('/', evening, evening, schedule([], evening - 86_400_000))).toBe(false);
  });

  it('is refused when made before this process started', () => {
    resetPublicCacheState(1000);
    expect(isTrueSince('/', 999, 999, schedule([], 2000))).toBe(false);
  });
});
