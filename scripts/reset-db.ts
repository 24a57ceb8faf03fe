/** `npm run db:reset`: deletes the database file (and its WAL) and prepares a fresh one. */
import { rmSync } from 'node:fs';
import { databasePath } from '../lib/env';
import { prepareDatabase } from '../db/prepare';

const file = databasePath();
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
console.log(`Removed ${file}`);
prepareDatabase().then(
  (r) => console.log(`Fresh database at ${r.path}${r.seeded ? ' with the demo content' : ''}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
