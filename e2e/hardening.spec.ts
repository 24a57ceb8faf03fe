/**
 * The holes an outside attack found (issue 11), each checked against the production server:
 * sessions that outlive sign-out, unbounded bodies, and 500s where a clear 4xx belongs.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { E2E_DATA } from '../playwright.config';
import { serverActionId } from './helpers/actions';
import { ownAccount, sessionAs, signIn } from './helpers/auth';
import { uniqueTag } from './helpers/unique';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** A chunked POST (no Content-Length) of `megabytes` MiB; resolves with the status and the time taken. */
function chunkedPost(pathname: string, megabytes: number, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; ms: number; sentMiB: number }>((resolve, reject) => {
    const started = Date.now();
    let sent = 0;
    const req = http.request({ host: '127.0.0.1', port: PORT, path: pathname, method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let finished = false;
    req.on('response', (res) => {
      finished = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, ms: Date.now() - started, sentMiB: sent });
      req.destroy();
    });
    req.on('error', (e) => (finished ? undefined : reject(e)));
    const pump = () => {
      while (!finished && sent < megabytes) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!finished) req.end();
    };
    req.write('{"version":1,"fields":{"x":"');
    pump();
  });
}

test.describe('hardening', () => {
  // Several journeys sign in more than once; a busy machine needs more than the default minute.
  test.describe.configure({ timeout: 180_000 });
  test('the leave-the-page save reads nothing for an anonymous caller and stops a chunked body at its limit', async ({ page }) => {
    const anonymous = await chunkedPost('/api/reviews/1/draft', 400);
    expect(anonymous.status).toBe(401);
    expect(anonymous.sentMiB).toBeLessThan(400);

    await signIn(page, 'mulder');
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const signedIn = await chunkedPost('/api/reviews/1/draft', 100, { Cookie: cookie });
    expect(signedIn.status).toBe(413);
    expect(signedIn.sentMiB).toBeLessThan(100);
  });

  test('signing out ends the session: the old cookie no longer opens /admin', async ({ browser }, testInfo) => {
    // An account of its own: signing out ends every session of the account (tests beside this one
    // use the demo accounts).
    const own = await ownAccount(browser, uniqueTag(testInfo), 'Outgoing');
    const { context, page } = await sessionAs(browser, own);
    const before = await context.storageState();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);

    const replay = await browser.newContext({ storageState: before });
    const p = await replay.newPage();
    await p.goto('/admin');
    await expect(p).toHaveURL(/\/login/);
    await replay.close();
    await context.close();

    // Signing in again works at once.
    const again = await sessionAs(browser, own);
    await again.page.goto('/admin');
    await expect(again.page).toHaveURL(/\/admin$/);
    await again.context.close();
  });

  test('a made-up session cookie is anonymous for /admin', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'next-auth.session-token', value: 'garbage', url: `http://127.0.0.1:${PORT}` }]);
    const page = await context.newPage();
    await page.goto('/admin/films/new');
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });

  test('malformed %-escapes in an address are a 400, not a 500', async ({ request }) => {
    for (const url of ['/films/%', '/people/%ZZ', '/admin/reviews/%ZZ', '/reviewers/%E0%A4%A']) {
      const r = await request.get(url, { maxRedirects: 0 });
      expect([400, 404], url).toContain(r.status());
    }
  });

  test('crafted server-action requests get a 4xx, never a 500', async ({ page }) => {
    await signIn(page, 'editor');
    const id = serverActionId('app/admin/films/actions.ts', 'saveFilmAction');
    const origin = `http://127.0.0.1:${PORT}`;
    const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
      page.request.post('/admin/films/new', {
        headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: origin, ...headers },
        data: body,
        maxRedirects: 0,
      });

    expect((await post('null')).status()).toBe(400);
    expect((await post('5')).status()).toBe(400);
    expect((await post('['.repeat(5000) + ']'.repeat(5000))).status()).toBe(400);
    expect((await post('[]', { Origin: 'https://evil.example' })).status()).toBe(403);
    const huge = await post(Buffer.alloc(36 * 1024 * 1024, 0x20), { 'Content-Type': 'multipart/form-data; boundary=x' });
    expect(huge.status()).toBe(413);
  });

  test('a poster whose file is missing (database restored alone) is a 404', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/films/new');
    const title = `Restored Poster ${Date.now().toString(36)}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    const png = await sharp({ create: { width: 200, height: 300, channels: 3, background: '#224466' } }).png().toBuffer();
    await page.getByLabel('Poster image').setInputFiles({ name: 'poster.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Create film' }).click();
    await expect(page).toHaveURL(/\/admin\/films\/\d+\?created=1$/);
    const filmId = new URL(page.url()).pathname.split('/').pop()!;
    const html = await (await page.request.get(`/films/${title.toLowerCase().replace(/\s+/g, '-')}`)).text();
    const version = html.match(new RegExp(`/posters/${filmId}/([0-9a-f]{16})/`))?.[1];
    expect(version).toBeDefined();

    // A database restored without data/posters/: the row points at a file that is not there.
    const dir = path.join(E2E_DATA, 'posters');
    for (const name of [`${version}.png`, ...(existsSync(path.join(dir, 'cache')) ? readdirSync(path.join(dir, 'cache')) : []).filter((n) => n.startsWith(`${version}-`)).map((n) => `cache/${n}`)]) {
      rmSync(path.join(dir, name), { force: true });
    }
    const r = await page.request.get(`/posters/${filmId}/${version}/160.webp`);
    expect(r.status()).toBe(404);
  });
});
