import { describe, expect, it } from 'vitest';
import { publicCacheControl } from './http-cache';

const anon = { method: 'GET', hasSessionCookie: false, isRsc: false };

describe('publicCacheControl', () => {
  it('lets a shared cache keep public pages for a few seconds', () => {
    for (const pathname of ['/', '/films', '/films/ballerina', '/people/keanu-reeves', '/reviewers/mulder', '/search', '/feed.xml', '/sitemap.xml']) {
      expect(publicCacheControl({ ...anon, pathname })).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    }
  });

  it('never shares the staff area, sign-in, set-password links or the API', () => {
    for (const pathname of ['/admin', '/admin/reviews/3', '/login', '/set-password/abc', '/api/health']) {
      expect(publicCacheControl({ ...anon, pathname })).toBeNull();
    }
  });

  it('keeps a page private for a signed-in visitor, a client navigation, or a POST', () => {
    expect(publicCacheControl({ ...anon, pathname: '/films', hasSessionCookie: true })).toBeNull();
    expect(publicCacheControl({ ...anon, pathname: '/films', isRsc: true })).toBeNull();
    expect(publicCacheControl({ ...anon, pathname: '/films', method: 'POST' })).toBeNull();
  });

  it('leaves content-addressed images to their own year-long lifetime', () => {
    for (const pathname of ['/media/3/0123456789abcdef/640.avif', '/posters/2/0123456789abcdef/320.webp']) {
      expect(publicCacheControl({ ...anon, pathname })).toBeNull();
    }
  });

  it('does not mistake an address that merely starts like a private one', () => {
    expect(publicCacheControl({ ...anon, pathname: '/administration-of-justice' })).not.toBeNull();
  });
});
