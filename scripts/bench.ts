/**
 * `npm run bench`: speed and memory of the production server on the demo database.
 * Builds if needed, starts `next start` on a throwaway database, warms up, then measures latency
 * (sequential and 8 concurrent clients) for the hot public pages, and the server's peak memory.
 * Prints each figure against its target and exits 1 when a target is missed. Loopback only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = 8;

/** Targets on the project's reference machine (2 cores); p95 in milliseconds, memory in MiB. */
const TARGETS: { path: string; p95: number }[] = [
  { path: '/', p95: 150 },
  { path: '/films/from-the-world-of-john-wick-ballerina', p95: 150 },
  { path: '/api/health', p95: 30 },
];
const MAX_RSS_MIB = 400;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeRequests(url: string, total: number, concurrency: number) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${url} answered ${res.status}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const wall = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), rps: total / wall };
}

function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function main() {
  const root = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), 'bobine-bench-'));
  const env = { ...process.env, DATABASE_PATH: path.join(dir, 'bobine.db'), PORT: String(PORT), BOBINE_DEMO: '1' };
  // Builds when stale and prepares the database, exactly as `npm start` does, without serving.
  const prep = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, stdio: 'inherit', cwd: root });
  if (prep.status !== 0) process.exit(1);
  if (spawnSync('npx', ['tsx', 'scripts/start.ts', '--build-only'], { env, stdio: 'inherit', cwd: root }).status !== 0) process.exit(1);

  const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(PORT)], { env, stdio: 'ignore' });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${BASE}/api/health`)).ok) break;
      } catch {
        // not up yet
      }
      if (i > 100) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 300));
    }
    let failed = false;
    console.log(`\nBobine bench: ${REQUESTS} requests per page, sequential and ${CONCURRENCY} concurrent\n`);
    console.log('page'.padEnd(48), 'clients', '  p50 ms', '  p95 ms', '  p99 ms', '   req/s', '  target p95');
    for (const target of TARGETS) {
      await timeRequests(BASE + target.path, 30, 2); // warm-up
      for (const clients of [1, CONCURRENCY]) {
        const r = await timeRequests(BASE + target.path, REQUESTS, clients);
        const ok = clients > 1 || r.p95 <= target.p95;
        if (!ok) failed = true;
        console.log(
          target.path.padEnd(48),
          String(clients).padStart(7),
          r.p50.toFixed(1).padStart(8),
          r.p95.toFixed(1).padStart(8),
          r.p99.toFixed(1).padStart(8),
          r.rps.toFixed(0).padStart(8),
          clients > 1 ? '' : `  ${ok ? 'ok' : 'MISSED'} (≤ ${target.p95})`,
        );
      }
    }
    const rss = peakRssMiB(server.pid!);
    const rssOk = rss <= MAX_RSS_MIB;
    if (!rssOk) failed = true;
    console.log(`\nserver peak memory (VmHWM): ${rss.toFixed(0)} MiB  ${rssOk ? 'ok' : 'MISSED'} (≤ ${MAX_RSS_MIB} MiB)`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
