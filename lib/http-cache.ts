/**
 * What a shared cache (nginx's micro-cache in deploy/nginx.conf, a CDN) may keep. Public pages are
 * rendered per request by Bobine, so they are always exact at the origin; a proxy in front may
 * reuse one for PUBLIC_S_MAXAGE seconds, then serve it stale for at most PUBLIC_STALE more seconds
 * while it fetches a fresh copy. That sum is how long an unpublished review can outlive its
 * unpublishing in such a cache (README, "Deployment behind nginx").
 */
export const PUBLIC_S_MAXAGE = 10;
export const PUBLIC_STALE = 30;

/** Addresses that are never shared (with everything below them): the staff area and anything tied to one person. */
const PRIVATE_ROOTS = ['/admin', '/login', '/set-password', '/api'];

/**
 * Image variants whose address names their bytes (a content hash): their route handlers answer
 * `immutable` for a year, which a header set here would replace with the pages' few seconds.
 */
const CONTENT_ADDRESSED_ROOTS = ['/posters', '/media'];

/**
 * The Cache-Control a response to this request may carry, or null to leave Next.js's own
 * (`private, no-store` for pages rendered per request). Only anonymous GETs of public pages
 * qualify: with a session cookie the page may show staff-only links, and an RSC request (client
 * navigation) is a different representation of the same address.
 */
export function publicCacheControl(req: { method: string; pathname: string; hasSessionCookie: boolean; isRsc: boolean }): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (req.hasSessionCookie || req.isRsc) return null;
  if (PRIVATE_ROOTS.some((root) => req.pathname === root || req.pathname.startsWith(`${root}/`))) return null;
  if (CONTENT_ADDRESSED_ROOTS.some((root) => req.pathname.startsWith(`${root}/`))) return null;
  return `public, max-age=0, s-maxage=${PUBLIC_S_MAXAGE}, stale-while-revalidate=${PUBLIC_STALE}`;
}
