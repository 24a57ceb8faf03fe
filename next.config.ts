import type { NextConfig } from 'next';

/**
 * Security headers on every response. Next.js inlines small bootstrap scripts, hence 'unsafe-inline'
 * for scripts; nothing is loaded from another origin.
 */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** The desk, sign-in, set-password and the API (`:path*` also matches the bare prefix). */
const COOP_PATHS = ['/admin/:path*', '/login/:path*', '/set-password/:path*', '/api/:path*'];

const nextConfig: NextConfig = {
  serverExternalPackages: ['better-sqlite3', 'sharp'],
  poweredByHeader: false,
  // The full-route cache asks Bobine's freshness rule before serving a public page
  // (lib/cache/public-pages.ts). Entries live in memory only: a restarted server re-renders.
  cacheHandler: require.resolve('./lib/cache/handler.cjs'),
  cacheMaxMemorySize: 64 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    authInterrupts: true,
    // Server actions accept 1 MB by default; the film form carries a poster of up to 8 MB
    // (lib/posters.ts) plus its text fields. Larger bodies are refused before the action runs.
    serverActions: { bodySizeLimit: '9mb' },
  },
  async headers() {
    return [
      {
        // Each font file's name carries its package version (lib/fonts.ts): a new version is a new address.
        source: '/fonts/:file*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        ],
      },
      // Cross-Origin-Opener-Policy only where a session and its forms live. It cuts any window
      // reference between the desk and a page of another site; public pages hold nothing to protect
      // from an opener, and on them the header costs every reader arriving from elsewhere a
      // browsing-context-group switch: Lighthouse counted it as 180-340 ms of blocking time on the
      // film page (0-10 ms without it, same bytes; README, "Performance").
      ...COOP_PATHS.map((source) => ({ source, headers: [{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }] })),
    ];
  },
};

export default nextConfig;
