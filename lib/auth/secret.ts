/**
 * The key that signs session tokens: AUTH_SECRET when set, otherwise a random one generated on first
 * use and kept in the data directory (mode 600) so that sessions survive restarts.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '../env';

let cached: string | undefined;

export function getAuthSecret(): string {
  if (cached) return cached;
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const file = path.join(dataDir(), 'auth-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
    if (cached.length >= 32) return cached;
  } catch {
    // Not generated yet.
  }
  mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx': if two processes race, the second one reads the first one's secret.
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    cached = secret;
  } catch {
    cached = readFileSync(file, 'utf8').trim();
  }
  return cached;
}
