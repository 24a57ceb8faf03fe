/** `npm run db:migrate`: create or migrate the database (and seed a brand-new one with the demo). */
import { prepareDatabase } from '../db/prepare';

prepareDatabase().then(
  (r) => console.log(`Database ready at ${r.path}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
