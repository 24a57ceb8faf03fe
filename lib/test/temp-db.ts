/**
 * A fresh, migrated SQLite file for a unit test. Call before importing any DAL module: the DAL opens
 * the file named by DATABASE_PATH on first use.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db';
import { applyMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed';
import { beforeAll } from 'vitest';

export function useTempDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bobine-test-'));
  const file = path.join(dir, 'test.db');
  process.env.DATABASE_PATH = file;
  const handle = openDatabase(file);
  applyMigrations(handle.db);
  return { ...handle, file };
}

/**
 * `useTempDatabase` with the demo content loaded, then the module under test imported, in that
 * order (the DAL opens DATABASE_PATH on first use). `loaded()` gives the module inside the tests.
 */
export function demoDatabaseFor<T>(load: () => Promise<T>) {
  const handle = useTempDatabase();
  let loadedModule: T | undefined;
  beforeAll(async () => {
    await seedDemo(handle.db);
    loadedModule = await load();
  });
  return { ...handle, loaded: () => loadedModule as T };
}
