/**
 * Malformed addresses, ids, bodies and uploads: each gets a clear 4xx, never a 500, and nothing is
 * read or decoded before the caller is known. Every [id] page of the app and every server action
 * of the build is attacked, so a new one is covered without being listed here.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { ATTACK_DATA } from '../playwright.attack.config';
import { action, callAction, FORM, idle, redirectedId, serverActions, signIn, appRoutes } from './http';

let base = '';
let editor = '';
let mulder = '';

test.beforeAll(async ({ baseURL }) => {
  base = baseURL!;
  editor = await signIn(base, 'editor');
  mulder = await signIn(base, 'mulder');
});

async function get(url: string, cookie?: string) {
  const r = await fetch(`${base}${url}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
  await r.arrayBuffer();
  return r.status;
}

/** Pages and routes of app/ with a dynamic segment (not catch-alls, not generated images). */
function dynamicPages(): string[] {
  return appRoutes().filter((r) => r.includes('[') && !r.includes('[...') && !r.endsWith('/opengraph-image'));
}

const BAD_SEGMENTS = ['%', '%ZZ', '%E0%A4%A', '%00', '-1', '0', '1.5', 'abc', '1e3', '0x10', '99999999999999999999999', '9007199254740993', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'a'.repeat(3000)];

// One test per group, one soft assertion per case: every failing case is reported by name, and a
// failure does not restart the worker (and sign everyone in again) before the next case.
test.describe('malformed addresses → 4xx', () => {
  test('every dynamic page and route with malformed segments', async () => {
    for (const page of dynamicPages()) {
      for (const bad of BAD_SEGMENTS) {
        // Only the first dynamic segment is malformed; the others get a plausible value.
        const url = page.replace(/\[[^\]]+\]/, bad).replace(/\[(file)\]/, '160.webp').replace(/\[version\]/, '0123456789abcdef').replace(/\[[^\]]+\]/g, '1');
        const status = await get(url, url.startsWith('/admin') ? editor : undefined);
        expect.soft(status, `${page} with ${bad.slice(0, 24)}`).toBeLessThan(500);
      }
    }
  });

  test('the issue\'s addresses: /films/%, /people/%ZZ, /admin/reviews/%ZZ', async () => {
    expect.soft(await get('/films/%'), '/films/%').toBeLessThan(500);
    expect.soft(await get('/people/%ZZ'), '/people/%ZZ').toBeLessThan(500);
    expect.soft(await get('/admin/reviews/%ZZ', editor), '/admin/reviews/%ZZ').toBeLessThan(500);
  });

  test('a garbage session cookie is a signed-out visitor, not an error', async () => {
    for (const value of ['garbage', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z', '%ZZ', 'a'.repeat(4000)]) {
      for (const url of ['/admin', '/admin/reviews/1', '/', '/api/auth/session']) {
        const status = await get(url, `next-auth.session-token=${value}`);
        expect.soft(status, `${url} with cookie ${value.slice(0, 20)}`).toBeLessThan(500);
      }
    }
  });
});

test.describe('crafted server-action requests → 4xx, never 500', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const CRAFTED: Record<string, string> = {
    null: 'null',
    'a number': '5',
    'a string': '"x"',
    'an object': '{}',
    'arrays nested 5,000 deep': `[${deep(5000)}]`,
    'args: [null]': '[null]',
    'args: [5, 5, 5]': '[5,5,5]',
    'not JSON': '[{',
  };
  test('every server action with crafted arguments', async () => {
    for (const a of serverActions()) {
      for (const [label, body] of Object.entries(CRAFTED)) {
        const r = await fetch(`${base}${a.page}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'Next-Action': a.id, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8', Origin: base, Cookie: editor },
          body,
        });
        await r.arrayBuffer();
        expect.soft(r.status, `${a.exportedName} (${a.filename}) with ${label}`).toBeLessThan(500);
      }
    }
  });

  test('an unknown action id', async () => {
    const r = await fetch(`${base}/admin`, { method: 'POST', headers: { 'Next-Action': 'f'.repeat(42), Cookie: editor, Origin: base }, body: '[]' });
    expect(r.status).toBeLessThan(500);
  });

  test('a cross-origin server action is refused with a 4xx', async () => {
    const a = action('app/admin/reviews/actions.ts', 'addCommentAction');
    const r = await callAction(base, editor, a, [1, 'cross-site comment'], undefined, { Origin: 'https://evil.example' });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });

  test('a 36 MB server-action body is refused with 413', async () => {
    const a = action('app/admin/films/actions.ts', 'saveFilmAction');
    const started = Date.now();
    // A server that drops the connection without answering fails here too: the promise is a 413.
    const r = await callAction(base, editor, a, [idle, FORM], { title: 'Big', poster: { name: 'big.jpg', type: 'image/jpeg', bytes: new Uint8Array(36 * 1024 * 1024) } }).catch(
      (e: Error) => ({ status: 0, text: `no answer: ${e.message} (${String((e.cause as { code?: string } | undefined)?.code)})` }),
    );
    expect(r.status, r.text.slice(0, 200)).toBe(413);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

/** Streams `total` bytes chunked, stopping as soon as the server answers; resolves with what happened. */
function streamPost(url: string, headers: Record<string, string>, total: number, timeoutMs: number) {
  return new Promise<{ status: number | null; sent: number; ms: number }>((resolve) => {
    const started = Date.now();
    let sent = 0;
    let done = false;
    const finish = (status: number | null) => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, sent, ms: Date.now() - started });
    };
    const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', ...headers } }, (res) => {
      res.resume();
      finish(res.statusCode ?? null);
    });
    req.on('error', () => finish(null));
    const chunk = Buffer.alloc(256 * 1024, 'a');
    const pump = () => {
      while (!done && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!done && sent >= total) req.end();
    };
    req.write('{"version":1,"fields":{"venue":"');
    pump();
    setTimeout(() => finish(null), timeoutMs);
  });
}

test.describe('the leave-the-page draft route reads nothing it should not', () => {
  test('a chunked 400 MB POST with no cookie is refused quickly, unread', async () => {
    test.setTimeout(60_000);
    const r = await streamPost(`${base}/api/reviews/1/draft`, {}, 400 * 1024 * 1024, 5_000);
    expect(r.status, `answered after ${r.ms} ms and ${(r.sent / 1e6).toFixed(0)} MB sent`).not.toBeNull();
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.ms).toBeLessThan(3_000);
    expect(r.sent).toBeLessThan(64 * 1024 * 1024);
  });

  test('signed in, a chunked body over the 2 MB limit gets 413 and is not stored', async () => {
    test.setTimeout(60_000);
    const r = await streamPost(`${base}/api/reviews/1/draft`, { Cookie: mulder, Origin: base }, 10 * 1024 * 1024, 10_000);
    expect(r.status, `answered after ${r.ms} ms and ${(r.sent / 1e6).toFixed(1)} MB sent`).toBe(413);
  });

  test('malformed draft bodies are 4xx', async () => {
    for (const body of ['', '{', 'null', '[]', '{"version":-1,"fields":{}}', `{"version":1,"fields":${'['.repeat(5000)}${']'.repeat(5000)}}`]) {
      const r = await fetch(`${base}/api/reviews/1/draft`, { method: 'POST', headers: { Cookie: mulder, Origin: base, 'Content-Type': 'application/json' }, body });
      expect(r.status, body.slice(0, 30)).toBeGreaterThanOrEqual(400);
      expect(r.status, body.slice(0, 30)).toBeLessThan(500);
    }
    const cross = await fetch(`${base}/api/reviews/1/draft`, { method: 'POST', headers: { Cookie: mulder, Origin: 'https://evil.example' }, body: '{}' });
    expect(cross.status).toBe(403);
  });
});

test.describe('uploads', () => {
  test('a poster whose file is missing answers 404, not 500', async () => {
    const png = await sharp({ create: { width: 300, height: 450, channels: 3, background: '#8a2be2' } }).png().toBuffer();
    const a = action('app/admin/films/actions.ts', 'saveFilmAction');
    const r = await callAction(base, editor, a, [idle, FORM], { title: 'Missing poster', slug: 'attack-missing-poster', synopsis: '', releaseKind: 'cinema', runtimeMinutes: '', poster: { name: 'p.png', type: 'image/png', bytes: png } });
    const filmId = redirectedId(r);
    const html = await (await fetch(`${base}/films/attack-missing-poster`)).text();
    const url = html.match(/\/posters\/\d+\/[0-9a-f]{16}\/160\.webp/)?.[0];
    expect(url, 'the film page shows the poster').toBeTruthy();
    expect(url).toContain(`/posters/${filmId}/`);
    // A database-only restore: the row points at a file that is not there.
    const dir = path.join(ATTACK_DATA, 'posters');
    for (const name of readdirSync(dir)) if (name.startsWith(url!.split('/')[3]!)) rmSync(path.join(dir, name));
    if (existsSync(path.join(dir, 'cache'))) rmSync(path.join(dir, 'cache'), { recursive: true });
    expect(await get(url!)).toBe(404);
  });

  test('a fake session cookie with a poster upload is refused before the image is decoded', async () => {
    test.setTimeout(60_000);
    // 7,500 × 7,500 pixels (under sharp's pixel limit) of noise-free JPEG: small to send, slow to decode.
    const jpeg = await sharp({ create: { width: 7500, height: 7500, channels: 3, background: '#224466' } }).jpeg({ quality: 95 }).toBuffer();
    const a = action('app/admin/films/actions.ts', 'saveFilmAction');
    const fake = 'next-auth.session-token=not-a-real-session';
    const r = await callAction(base, fake, a, [idle, FORM], { title: 'Fake', synopsis: '', releaseKind: 'cinema', runtimeMinutes: '', poster: { name: 'p.jpg', type: 'image/jpeg', bytes: jpeg } });
    // The proxy sends an unknown session to sign in with a plain redirect (Location in the answer).
    const toLogin = (r.redirect ?? '').includes('/login') || (r.status >= 300 && r.status < 400 && r.text.startsWith('/login'));
    const refused = (r.status >= 400 && r.status < 500) || toLogin;
    expect(refused, `answered ${r.status} ${r.redirect ?? ''} ${r.text.slice(0, 120)}`).toBe(true);
    expect(r.ms, 'time spent before refusing (decoding the image takes seconds)').toBeLessThan(800);
  });
});
