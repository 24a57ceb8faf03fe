/** Environment variables, parsed once. Every other module reads configuration from here. */
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/bobine.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** 0 or false: start without demo content (a real deployment). */
  BOBINE_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters.').optional(),
  BOBINE_TIME_ZONE: z.string().default('Europe/Paris'),
  /** Public origin, used in feeds, sitemaps and Open Graph tags. */
  BOBINE_SITE_URL: z.url().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().DATABASE_PATH);
}

/** The directory that holds the database and everything else Bobine writes (secret, posters). */
export function dataDir(): string {
  return path.dirname(databasePath());
}

export function siteUrl(): string {
  return (env().BOBINE_SITE_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, '');
}
