/**
 * Next.js's full-route cache handler (next.config.ts `cacheHandler`), loaded by Next.js outside the
 * app's bundles, hence plain CommonJS. It is Next.js's own file-system cache (in memory only:
 * `isrFlushToDisk: false`) with one more question before a hit is served: is the entry still true?
 * The answer is the app's rule in lib/cache/public-pages.ts, reached through globalThis. Before the
 * app has loaded that rule, no entry made by this process exists, so every lookup is a miss.
 */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

const bridge = () => globalThis[Symbol.for('bobine.publicCache')];

class PublicPageCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry) return entry;
    const rule = bridge();
    if (!rule || !rule.isFresh(key, entry.lastModified)) return null;
    return entry;
  }

  async set(key, data, ctx) {
    await super.set(key, data, ctx);
    const rule = bridge();
    if (rule && data) rule.stored(key);
  }
}

module.exports = PublicPageCache;
