import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the health check', () => {
  it('fails on a database without the schema, and passes once migrated', async () => {
    process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'bobine-health-')), 'empty.db');
    const { isDatabaseHealthy } = await import('./health');
    expect(await isDatabaseHealthy()).toBe(false);
    const { getDb } = await import('@/db');
    const { applyMigrations } = await import('@/db/migrate');
    applyMigrations(getDb());
    expect(await isDatabaseHealthy()).toBe(true);
  });
});
