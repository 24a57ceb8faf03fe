/**
 * `npm run db:backup [-- target.db]`: an online backup through SQLite's backup API, safe while the
 * server is running. Default target: data/backups/bobine-<timestamp>.db.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dataDir, databasePath } from '../lib/env';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = path.resolve(process.argv[2] ?? path.join(dataDir(), 'backups', `bobine-${stamp}.db`));
mkdirSync(path.dirname(target), { recursive: true });
const source = new Database(databasePath(), { readonly: true, fileMustExist: true });
source
  .backup(target)
  .then(() => {
    console.log(`Backed up ${databasePath()} to ${target}`);
    source.close();
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
