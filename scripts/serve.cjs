/**
 * `npm start`, second half: the production server. Next.js's request handler behind one small
 * front (lib/cache/page-store.cjs) that answers repeated anonymous requests for public pages from
 * memory, compressed once, for as long as Bobine's freshness rule says they are true. Everything
 * else (the desk, sign-in, actions, RSC navigations, any request with a session) goes straight to
 * Next.js. The kept copies of public pages are served without Next.js's runtime when they need
 * none (lib/cache/runtime-free.cjs). Plain CommonJS run by node: no TypeScript loader stays
 * resident beside the server.
 *
 * Settings: PORT (3000), PAGE_CACHE_MB (32, 0 turns the front cache off).
 */
process.env.NODE_ENV ??= 'production';

const http = require('node:http');
const path = require('node:path');
const nextModule = require('next');
const { PageStore, cacheKeyOf, isStorable, makeEntry, representation } = require('../lib/cache/page-store.cjs');
const { appClientModuleIds, withoutRuntime } = require('../lib/cache/runtime-free.cjs');

const createNext = nextModule.default ?? nextModule;
const port = Number(process.env.PORT || 3000);
const cacheBytes = Number(process.env.PAGE_CACHE_MB ?? 32) * 1024 * 1024;
/** Bounds how long anything time-dependent on a page (e.g. "today") could lag; writes expire entries at once. */
const MAX_AGE_MS = 5 * 60 * 1000;
/** A page larger than this is passed through uncaptured (sitemap files are streamed and large). */
const MAX_CAPTURE = 4 * 1024 * 1024;

const store = new PageStore({ maxBytes: cacheBytes, maxAgeMs: MAX_AGE_MS });
const bridge = () => globalThis[Symbol.for('bobine.publicCache')];

/**
 * Misses in flight, by key: a request for a page that is being made waits for it rather than
 * making it again (after a publish, the first readers of the home page would otherwise all render
 * it at once). Like nginx's proxy_cache_lock.
 */
const inFlight = new Map();
const LOCK_WAIT_MS = 10_000;

const dir = path.resolve(__dirname, '..');
const app = createNext({ dev: false, dir, port });
const handle = app.getRequestHandler();
/** The app's client components, from the build: a kept page that uses one keeps Next.js's runtime. */
const appClientIds = appClientModuleIds(path.join(dir, '.next'));
const rewrite = (html) => withoutRuntime(html, appClientIds);

/** Lets Next.js answer, and keeps a copy of the answer if it may be shared. */
function passThroughAndKeep(req, res, key, rule) {
  const arrived = { at: Date.now(), atSite: rule.now() };
  let done;
  inFlight.set(key, new Promise((resolve) => (done = resolve)));
  const release = () => {
    inFlight.delete(key);
    done();
  };
  const chunks = [];
  let size = 0;
  let overflow = false;
  const collect = (chunk, encoding) => {
    if (overflow || chunk == null || typeof chunk === 'function') return;
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk);
    size += buf.length;
    if (size > MAX_CAPTURE) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buf);
  };
  const write = res.write;
  const end = res.end;
  res.write = function (chunk, encoding, cb) {
    collect(chunk, encoding);
    return write.call(this, chunk, encoding, cb);
  };
  res.end = function (chunk, encoding, cb) {
    collect(chunk, encoding);
    return end.call(this, chunk, encoding, cb);
  };
  res.on('close', () => {
    const headers = res.getHeaders();
    if (!res.writableFinished || overflow || req.method !== 'GET' || !isStorable(res.statusCode, headers)) return release();
    makeEntry(Buffer.concat(chunks), headers, arrived, rewrite)
      .then((entry) => entry && store.set(key, entry))
      .catch((error) => console.error('page store:', error))
      .finally(release);
  });
  return handle(req, res);
}

async function serve(req, res) {
  const key = cacheBytes > 0 ? cacheKeyOf(req) : null;
  const rule = bridge();
  // Before the app has loaded its freshness rule (first requests after start), nothing is kept.
  if (key === null || !rule) return handle(req, res);
  const isTrue = (k, e) => rule.isTrueSince(k, e.arrivedAt, e.arrivedAtSite);
  let entry = store.get(key, isTrue);
  if (!entry && inFlight.has(key)) {
    await Promise.race([inFlight.get(key), new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_MS).unref())]);
    // Made by a request that arrived before this one: the rule still decides whether it is true now.
    entry = store.get(key, isTrue);
    if (!entry) return handle(req, res);
  }
  if (!entry) return passThroughAndKeep(req, res, key, rule);
  const etag = entry.headers.etag;
  if (etag && req.headers['if-none-match'] === etag) {
    const headers = { etag };
    for (const name of ['cache-control', 'vary']) if (entry.headers[name] !== undefined) headers[name] = entry.headers[name];
    res.writeHead(304, headers);
    return res.end();
  }
  const { body, headers } = representation(entry, req.headers['accept-encoding']);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

app.prepare().then(() => {
  const server = http.createServer((req, res) => {
    Promise.resolve(serve(req, res)).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
  // Longer than the clients' idle sockets (browsers, nginx's upstream keepalive, test clients): with
  // Node's default of 5 s, a client reusing a socket just as the server closed it gets ECONNRESET.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // A port already taken must end the process (Next.js's own handler would only log the exception).
  server.on('error', (error) => {
    console.error(error);
    process.exit(1);
  });
  server.listen(port, () => console.log(`\n▲ Bobine is serving the production build on http://localhost:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
});
