/**
 * Where to send someone after sign-in. Only same-site paths are accepted: anything that could leave
 * the site ("//evil.example", "https://…", "/\\evil", "javascript:") falls back to the default.
 */
export function safeNextPath(next: unknown, fallback = '/admin'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f\\]/.test(next)) return fallback;
  try {
    const url = new URL(next, 'http://bobine.invalid');
    if (url.origin !== 'http://bobine.invalid') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
