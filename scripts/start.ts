/**
 * `npm start`, first half: build if the production build is missing or older than the sources,
 * prepare the database (migrate, seed on first run) and print the demo sign-ins. Then this process
 * ends and package.json's `exec next start` serves the production build: the running site is one
 * process (plus npm), not a supervisor beside a server.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoStaff } from '../db/seed/staff';
import { env } from '../lib/env';
import { prepareDatabase } from '../db/prepare';

const root = process.cwd();
const SOURCES = ['app', 'components', 'lib', 'db', 'public', 'drizzle'];
// proxy.ts runs before every page: a change to it must rebuild too.
const FILES = ['package-lock.json', 'next.config.ts', 'tsconfig.json', 'postcss.config.mjs', 'proxy.ts'];
const stampFile = path.join(root, '.next', 'bobine-source-hash');

/** A hash of every source file's path, size and modification time: cheap, and changes on any edit. */
function sourceHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        h.update(`${path.relative(root, p)}:${st.size}:${st.mtimeMs}\n`);
      }
    }
  };
  SOURCES.forEach((d) => walk(path.join(root, d)));
  for (const f of FILES) {
    const p = path.join(root, f);
    if (existsSync(p)) h.update(`${f}:${readFileSync(p)}`);
  }
  return h.digest('hex');
}

function ensureBuild() {
  const hash = sourceHash();
  const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
  if (built && !process.argv.includes('--rebuild')) return;
  console.log('Building the production bundle (first start or sources changed)…');
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stampFile, hash);
}

async function main() {
  const { PORT, BOBINE_DEMO } = env();
  ensureBuild();
  if (process.argv.includes('--build-only')) return;
  const db = await prepareDatabase();
  console.log(`\nDatabase: ${db.path}`);
  if (BOBINE_DEMO) {
    console.log('\nDemo sign-ins (staff area: /login):');
    for (const u of demoStaff) console.log(`  ${u.role.padEnd(8)} ${u.email.padEnd(22)} ${u.password}`);
  } else if (db.empty) {
    console.log('\nNo staff account yet: create the first admin with `npm run create-admin -- --email you@example.org`.');
  }
  console.log(`\nBobine is served on http://localhost:${PORT}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
