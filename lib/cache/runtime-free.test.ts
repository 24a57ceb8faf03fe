import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, loaded by scripts/serve.cjs.
const { appClientModuleIds, withoutRuntime } = require('./runtime-free.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, loaded by scripts/serve.cjs.
const { makeEntry, representation } = require('./page-store.cjs');

/** The shape of an App Router page as Next.js 16 (Turbopack) sends it. */
function page(payloadRows: string) {
  return [
    '<!DOCTYPE html><html lang="en"><head>',
    '<link rel="preload" href="/fonts/a.woff2" as="font" crossorigin="" type="font/woff2"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script>try{var t=localStorage.getItem("bobine.theme")}catch(e){}</script>',
    '</head><body><main><h1>Ballerina</h1><details><summary>Spoiler</summary><p>It ends.</p></details></main>',
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
    '<script type="application/ld+json">{"@type":"Movie","name":"Ballerina"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    `<script>self.__next_f.push([1,"${payloadRows}"])</script>`,
    '</body></html>',
  ].join('');
}

const frameworkOnly = String.raw`3:I[39756,[\"$2\"],\"default\"]\n4:I[22016,[\"$2\"],\"\"]`;
const withAppClient = String.raw`3:I[39756,[\"$2\"],\"default\"]\n9:I[51234,[\"$2\"],\"ThemeSwitch\"]`;

describe('public pages without Next.js’s runtime', () => {
  it('drops the bundles, their preloads, the bootstrap and the RSC payload, and keeps the page and its own scripts', () => {
    const html = withoutRuntime(page(frameworkOnly), new Set(['51234']));
    expect(html).not.toContain('/_next/static/chunks/a.js');
    expect(html).not.toContain('poly.js');
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain('TURBOPACK');
    expect(html).not.toContain('__next_f');
    expect(html).toContain('<h1>Ballerina</h1><details><summary>Spoiler</summary>');
    expect(html).toContain('localStorage.getItem("bobine.theme")');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Movie","name":"Ballerina"}</script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(html).toContain('as="font"');
  });

  it('leaves alone a page that uses one of the app’s client components, and anything Next.js did not render', () => {
    expect(withoutRuntime(page(withAppClient), new Set(['51234']))).toBeNull();
    // webpack's ids are strings, quoted (and escaped inside the payload).
    expect(withoutRuntime(page(String.raw`9:I[\"(app)/./components/x.tsx\",[],\"X\"]`), new Set(['(app)/./components/x.tsx']))).toBeNull();
    expect(withoutRuntime('<!doctype html><p>plain</p><script src="/_next/x.js"></script>', new Set())).toBeNull();
  });

  it('knows the app’s client components from the build’s manifests, not Next.js’s own', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bobine-dist-'));
    const route = join(dist, 'server', 'app', '(public)', 'films');
    mkdirSync(route, { recursive: true });
    const manifest = {
      clientModules: {
        '[project]/node_modules/next/dist/esm/client/components/layout-router.js': { id: 39756, chunks: [] },
        '[project]/components/site/theme-switch.tsx': { id: 51234, chunks: [] },
      },
    };
    writeFileSync(
      join(route, 'page_client-reference-manifest.js'),
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/(public)/films/page"] = ${JSON.stringify(manifest)};`,
    );
    expect([...appClientModuleIds(dist)]).toEqual(['51234']);
    expect([...appClientModuleIds(join(dist, 'missing'))]).toEqual([]);
  });

  it('is what the front keeps, under a new validator', async () => {
    const html = page(frameworkOnly);
    const headers = { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', etag: '"next"' };
    const entry = await makeEntry(gzipSync(html), headers, { at: 1, atSite: 1 }, (h: string) => withoutRuntime(h, new Set()));
    const kept = gunzipSync(representation(entry, 'gzip').body).toString();
    expect(kept).not.toContain('__next_f');
    expect(entry.headers.etag).not.toBe('"next"');
    expect(entry.headers.etag).toMatch(/^"[\w-]{16}"$/);
    const untouched = await makeEntry(gzipSync(html), headers, { at: 1, atSite: 1 }, () => null);
    expect(untouched.headers.etag).toBe('"next"');
    expect(gunzipSync(representation(untouched, 'gzip').body).toString()).toBe(html);
  });
});
