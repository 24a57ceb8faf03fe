/**
 * `npm run media:rebuild`: derives every AVIF/WebP variant of every library image again from the
 * kept originals (after a change of widths or encoder settings, or a restore that brought back
 * data/media/ without its cache). Variants no image uses any more are removed. Safe while the
 * server runs: each file is replaced atomically, and a page asking meanwhile gets the old one or
 * makes it itself.
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '../lib/env';
import { mediaDir, rebuildMediaVariants } from '../lib/media';

async function main() {
  if (!existsSync(databasePath())) {
    console.log(`No database at ${databasePath()}: nothing to rebuild.`);
    return;
  }
  const db = new Database(databasePath(), { readonly: true, fileMustExist: true });
  const hasTable = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'media'").get();
  const rows = hasTable ? (db.prepare('select id, path, version, width from media order by id').all() as { id: number; path: string; version: string; width: number }[]) : [];
  db.close();

  let written = 0;
  let missing = 0;
  for (const row of rows) {
    const result = await rebuildMediaVariants(row);
    written += result.written;
    if (result.missing) {
      missing++;
      console.warn(`image ${row.id}: original ${row.path} is missing (restore data/media/ with the database)`);
    }
  }
  const cache = path.join(mediaDir(), 'cache');
  const versions = new Set(rows.map((r) => r.version));
  let removed = 0;
  if (existsSync(cache)) {
    for (const name of await readdir(cache)) {
      if (!versions.has(name.split('-')[0]!)) {
        await rm(path.join(cache, name), { force: true });
        removed++;
      }
    }
  }
  console.log(`${rows.length} image(s): ${written} variant(s) written, ${removed} unused removed, ${missing} original(s) missing.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
