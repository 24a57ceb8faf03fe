import { NextResponse, type NextRequest } from 'next/server';

/**
 * An optimistic redirect only: anonymous visitors of /admin go to /login with their destination.
 * The real check happens in the data-access layer on every read and write.
 */
export function proxy(request: NextRequest) {
  const hasSession =
    request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token');
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (!hasSession) {
    const url = new URL('/login', request.url);
    url.searchParams.set('next', path);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set('x-bobine-path', path);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
