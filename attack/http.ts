/**
 * A bare HTTP client for the attack, crash and soak suites: signs in through next-auth's own
 * endpoints and calls server actions by their id, with nothing but `fetch`, so that requests can be
 * sent in parallel, forged, and timed without a browser in the way. Shared by Playwright specs
 * (attack/*.spec.ts) and the on-demand scripts (scripts/test-crash.ts, scripts/test-soak.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ACCOUNTS = {
  admin: { email: 'admin@bobine.test', password: 'bobine-admin' },
  editor: { email: 'editor@bobine.test', password: 'bobine-editor' },
  mulder: { email: 'mulder@bobine.test', password: 'bobine-mulder' },
  sabine: { email: 'sabine@bobine.test', password: 'bobine-sabine' },
  margaux: { email: 'margaux@bobine.test', password: 'bobine-margaux' },
} as const;

/** Set-Cookie headers of a response folded into a jar (name → value). */
function absorb(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

export type SignInAnswer = { ok: true; cookie: string } | { ok: false; error: string };

/**
 * One sign-in attempt through the Credentials provider, as the login form makes it. `headers`
 * lets a test name the client address (X-Forwarded-For) so concurrency tests do not lock the
 * address every other test signs in from.
 */
export async function trySignIn(base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<SignInAnswer> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  absorb(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email, password, csrfToken, json: 'true' }),
  });
  absorb(jar, r);
  const location = r.headers.get('location') ?? ((await r.json().catch(() => ({}))) as { url?: string }).url ?? '';
  const error = URL.canParse(location, base) ? new URL(location, base).searchParams.get('error') : null;
  if (error || !jar.has('next-auth.session-token')) return { ok: false, error: error ?? `status ${r.status}` };
  return { ok: true, cookie: `next-auth.session-token=${jar.get('next-auth.session-token')}` };
}

export async function signIn(base: string, who: keyof typeof ACCOUNTS | { email: string; password: string }, headers?: Record<string, string>): Promise<string> {
  const a = typeof who === 'string' ? ACCOUNTS[who] : who;
  const r = await trySignIn(base, a.email, a.password, headers);
  if (!r.ok) throw new Error(`sign-in as ${a.email} failed: ${r.error}`);
  return r.cookie;
}

/** Signs out the way the menu does (POST with the CSRF token); returns the status. */
export async function signOut(base: string, cookie: string): Promise<number> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { Cookie: cookie } });
  absorb(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const r = await fetch(`${base}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `${cookie}; ${cookieHeader(jar)}` },
    body: new URLSearchParams({ csrfToken, json: 'true' }),
  });
  return r.status;
}

// ---------------------------------------------------------------------------------------------
// Server actions, from the build's manifest

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };
export type ServerAction = { id: string; filename: string; exportedName: string; page: string };

/** Every server action of the build, with a page path it can be posted to. */
export function serverActions(root = process.cwd()): ServerAction[] {
  const file = path.join(root, '.next/server/server-reference-manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build first`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, a]) => {
    // A worker is the page whose bundle holds the action: "app/admin/films/[id]/page" → /admin/films/1.
    const worker = Object.keys(a.workers)[0] ?? 'app/admin/page';
    const page =
      worker
        .replace(/^app/, '')
        .replace(/\/page$/, '')
        .replace(/\/\([^)]+\)/g, '')
        .replace(/\[[^\]]+\]/g, '1') || '/';
    return { id, filename: a.filename, exportedName: a.exportedName, page };
  });
}

let cached: ServerAction[] | undefined;
export function action(filename: string, exportedName: string): ServerAction {
  cached ??= serverActions();
  const found = cached.find((a) => a.filename === filename && a.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}`);
  return found;
}

/** A FormData as a plain record (strings, or a file as { name, type, bytes }). */
export type Fields = Record<string, string | string[] | { name: string; type: string; bytes: Uint8Array }>;

/**
 * The body React's `encodeReply` makes for these arguments: plain JSON when there is no form,
 * otherwise multipart where a form argument becomes "$K1" with its fields prefixed "_1_", and
 * field "0", last, holds the JSON arguments.
 */
export function encodeArgs(args: unknown[], form?: Fields): { body: string | FormData; contentType?: string } {
  args = escapeDollars(args) as unknown[];
  if (!form) return { body: JSON.stringify(args), contentType: 'text/plain;charset=UTF-8' };
  const fd = new FormData();
  for (const [k, v] of Object.entries(form)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (typeof item === 'string') fd.append(`_1_${k}`, item);
      else fd.append(`_1_${k}`, new Blob([item.bytes as BlobPart], { type: item.type }), item.name);
    }
  }
  // Last, as React sends it: the server resolves "$K1" from the entries already streamed in.
  fd.append('0', JSON.stringify(args.map((a) => (a === FORM ? '$K1' : a))));
  return { body: fd };
}
/** React's reply format reads a string starting with "$" as a reference; its client sends "$$…". */
function escapeDollars(v: unknown): unknown {
  if (typeof v === 'string') return v.startsWith('$') ? `$${v}` : v;
  if (Array.isArray(v)) return v.map(escapeDollars);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeDollars(x)]));
  return v;
}

/** Marks where the form goes in the argument list. */
export const FORM = Symbol('form');

export type ActionAnswer = { status: number; redirect: string | null; text: string; ms: number };

export async function callAction(
  base: string,
  cookie: string | null,
  a: ServerAction,
  args: unknown[],
  form?: Fields,
  extraHeaders: Record<string, string> = {},
): Promise<ActionAnswer> {
  const { body, contentType } = encodeArgs(args, form);
  const started = performance.now();
  const r = await fetch(`${base}${a.page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Next-Action': a.id,
      Accept: 'text/x-component',
      Origin: base,
      ...(contentType ? { 'Content-Type': contentType } : {}),
      ...(cookie ? { Cookie: cookie } : {}),
      ...extraHeaders,
    },
    body,
  });
  const text = await r.text();
  const redirect = r.headers.get('x-action-redirect');
  return { status: r.status, redirect: redirect?.split(';')[0] ?? null, text, ms: performance.now() - started };
}

/** The id at the end of an action's redirect (`/admin/films/12?created=1` → 12). */
export function redirectedId(answer: ActionAnswer): number {
  const m = answer.redirect?.match(/\/(\d+)(?:\?|$)/);
  if (!m) throw new Error(`expected a redirect to a new record, got ${answer.status} ${answer.redirect} ${answer.text.slice(0, 300)}`);
  return Number(m[1]);
}

export const idle = { status: 'idle' };

/**
 * The value an action returned. Row 0 of the flight answer names the row that holds it
 * ("a":"$@N"). Rows are newline-separated except after a length-prefixed text row ("T"), so the
 * row is searched for rather than split out.
 */
export function actionResult(text: string): Record<string, unknown> {
  const ref = /^0:\{"a":"\$@([0-9a-f]+)"/.exec(text)?.[1] ?? '1';
  const marker = new RegExp(`(?:^|\\n|[^0-9a-f])${ref}:(?=[{\\[])`, 'g');
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const from = m.index + m[0].length;
    const to = text.indexOf('\n', from);
    try {
      return JSON.parse(text.slice(from, to === -1 ? undefined : to)) as Record<string, unknown>;
    } catch {
      // not this one
    }
  }
  return {};
}

/** The id of a record an action created: from its redirect, or its result's userId. */
export function createdId(answer: ActionAnswer): number {
  if (answer.redirect) return redirectedId(answer);
  const r = actionResult(answer.text) as { result?: { userId?: string } };
  const id = Number(r.result?.userId);
  if (!id) throw new Error(`nothing created: ${answer.status} ${answer.text.split("\n").filter((l) => /^[01]:/.test(l)).join(" / ").slice(0, 600)}`);
  return id;
}

/** The app's routes, read from the file tree (route groups dropped). */
export function appRoutes(): string[] {
  const root = path.join(process.cwd(), 'app');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/^(page|route|opengraph-image)\.tsx?$/.test(name) || /^(sitemap|robots)\.ts$/.test(name)) {
        let route = `/${path.relative(root, dir)}`.replace(/\/\([^)]+\)/g, '').replace(/\/$/, '') || '/';
        if (name.startsWith('opengraph-image')) route = `${route}/opengraph-image`;
        if (name === 'sitemap.ts') route = '/sitemap.xml';
        if (name === 'robots.ts') route = '/robots.txt';
        found.push(route === '' ? '/' : route);
      }
    }
  };
  walk(root);
  return [...new Set(found)].sort();
}
