import { NextResponse, type NextRequest } from 'next/server';
import { decode } from 'next-auth/jwt';
import { getAuthSecret } from '@/lib/auth/secret';
import { publicCacheControl } from '@/lib/http-cache';
import { isCrossSite } from '@/lib/http-origin';

/**
 * Cheap refusals before any page, action or data-access code runs:
 * - an address with a malformed %-escape (400, instead of a URIError deep in routing);
 * - a server action sent from another site (403), larger than the action limit (413), or whose
 *   arguments are not a JSON array of reasonable depth (400): Next.js would answer all of these
 *   with a 500 and a stack trace;
 * - an anonymous visitor of /admin is sent to /login with their destination. The session cookie
 *   must decrypt with our key: a made-up cookie with the right name is anonymous. This is still an
 *   optimistic check; the real one happens in the data-access layer on every read and write.
 */

/** `experimental.serverActions.bodySizeLimit` in next.config.ts (9 MB), plus multipart framing. */
export const ACTION_BODY_LIMIT = 9 * 1024 * 1024 + 64 * 1024;
/** Deeper than any form the site sends; a crafted 5,000-deep array would exhaust the decoder. */
const MAX_ACTION_ARGUMENT_DEPTH = 64;

function refuse(status: number, message: string): NextResponse {
  // Exactly text/plain: Next.js's client then shows the message to whoever submitted a form.
  return new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain' } });
}

function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** Depth of nested arrays and objects in a JSON text, without parsing it (no recursion). */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Why a POST to a page (a server action) is refused before Next.js decodes it, or null. */
export async function actionRefusal(request: NextRequest): Promise<NextResponse | null> {
  if (isCrossSite(request.headers)) return refuse(403, 'Cross-site request refused.');
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > ACTION_BODY_LIMIT) return refuse(413, 'Request too large: a poster is at most 8 MB.');
  const type = request.headers.get('content-type') ?? '';
  // A form posted without JavaScript carries its action in the body; Next.js decodes that itself.
  if (request.headers.has('next-action') && !type.startsWith('multipart/form-data')) {
    // Plain arguments are encoded as one JSON array (React's encodeReply).
    const text = await request.clone().text();
    if (text.length > 0) {
      if (jsonDepthExceeds(text, MAX_ACTION_ARGUMENT_DEPTH)) return refuse(400, 'Malformed request.');
      let args: unknown;
      try {
        args = JSON.parse(text);
      } catch {
        return refuse(400, 'Malformed request.');
      }
      if (!Array.isArray(args)) return refuse(400, 'Malformed request.');
    }
  }
  return null;
}

async function hasValidSession(request: NextRequest): Promise<boolean> {
  const token = request.cookies.get('__Secure-next-auth.session-token')?.value ?? request.cookies.get('next-auth.session-token')?.value;
  if (!token) return false;
  try {
    return (await decode({ token, secret: getAuthSecret() }))?.sub !== undefined;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isMalformedPath(pathname)) return refuse(400, 'Malformed address.');
  // Pages take POSTs only as server actions (with JavaScript, or a plain form posted without it).
  if (request.method === 'POST') {
    const refusal = await actionRefusal(request);
    if (refusal) return refusal;
  }
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) {
    const cacheControl = publicCacheControl({
      method: request.method,
      pathname,
      hasSessionCookie: request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token'),
      isRsc: request.headers.has('rsc') || request.nextUrl.searchParams.has('_rsc'),
    });
    // Next.js keeps a Cache-Control already on the response instead of its per-request default.
    return cacheControl ? NextResponse.next({ headers: { 'Cache-Control': cacheControl } }) : NextResponse.next();
  }

  const path = `${pathname}${search}`;
  if (!(await hasValidSession(request))) {
    const url = new URL('/login', request.url);
    url.searchParams.set('next', path);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set('x-bobine-path', path);
  return NextResponse.next({ request: { headers } });
}

// Everything but static files and the API (whose route handlers read their own bodies with a limit:
// a body that passes through the proxy is buffered in memory first).
// An API address is let in only when it holds a %-escape, so that a malformed one is a 400 here
// rather than a 500 in Next.js's routing (the draft route's own bodies are never buffered by us).
export const config = { matcher: ['/((?!_next/static|_next/image|api/|favicon.ico|fonts/).*)', '/api/(.*%.*)'] };
