/**
 * Whether a browser sent this request from another site: its Origin (when present) must name the
 * host the request was addressed to (the proxy's X-Forwarded-Host behind nginx). Used by the proxy
 * for server actions and by the leave-the-page routes.
 */
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get('origin');
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  return Boolean(origin && host && (URL.canParse(origin) ? new URL(origin).host : origin) !== host);
}
