'use strict';
/**
 * Content negotiation of the response's compression, shared by the front (scripts/serve.cjs, plain
 * Node) and the route handlers that compress their own streams (the sitemap files). CommonJS so that
 * serve.cjs can require it without a build; its types are in accept-encoding.d.cts.
 */

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

module.exports = { pickEncoding };
