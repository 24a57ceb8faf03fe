/**
 * The production server on a temporary database, for the on-demand crash and soak scripts: built
 * and migrated as `npm start` does, then `next start` run directly in its own process group so it
 * can be killed outright (kill -9) and its memory read from /proc.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function serverEnv(dir: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_PATH: path.join(dir, 'bobine.db'),
    PORT: String(port),
    BOBINE_DEMO: '1',
    NEXTAUTH_URL: `http://localhost:${port}`,
  };
}

/** Builds if the sources changed and creates the demo database, without serving. */
export function prepare(dir: string, port: number) {
  const env = serverEnv(dir, port);
  if (spawnSync('npx', ['tsx', 'scripts/start.ts', '--build-only'], { env, stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  if (spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], { env, stdio: 'inherit' }).status !== 0) throw new Error('database preparation failed');
}

export type Server = { process: ChildProcess; base: string; log: string[] };

export async function startServer(dir: string, port: number): Promise<Server> {
  const child = spawn(path.join(process.cwd(), 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
    env: serverEnv(dir, port),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log: string[] = [];
  const keep = (b: Buffer) => {
    log.push(...b.toString().split('\n').filter(Boolean));
    if (log.length > 2000) log.splice(0, log.length - 2000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || i > 300) throw new Error(`server did not start:\n${log.slice(-20).join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { process: child, base, log };
}

/** SIGKILL to the whole process group: no shutdown hook, no flush, like a power cut. */
export async function kill9(server: Server) {
  const pid = server.process.pid!;
  const exited = new Promise((r) => server.process.once('exit', r));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
  if (server.process.exitCode === null && server.process.signalCode === null) await exited;
}

export async function stop(server: Server) {
  const exited = new Promise((r) => server.process.once('exit', r));
  try {
    process.kill(-server.process.pid!, 'SIGTERM');
  } catch {
    return;
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  try {
    process.kill(-server.process.pid!, 'SIGKILL');
  } catch {
    // gone
  }
}

/** Resident memory of the server's process group (the next binary and any worker), in MiB. */
export function rssMiB(server: Server): number {
  const pgid = server.process.pid!;
  let kb = 0;
  for (const pid of [pgid, ...childrenOf(pgid)]) {
    const file = `/proc/${pid}/status`;
    if (!existsSync(file)) continue;
    kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? 0);
  }
  return kb / 1024;
}

function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return [];
  const direct = readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return direct.flatMap((c) => [c, ...childrenOf(c)]);
}

export function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}
