/**
 * `npm run test:crash` (on demand, not in CI): crash durability. Starts the production server on a
 * temporary demo database, then repeatedly: autosaves (the leave-the-page draft route) and workflow
 * transitions (the server action) run in a loop while the server is killed with SIGKILL at a random
 * moment. After each kill, with the server down, `PRAGMA integrity_check` must answer ok and every
 * save the server acknowledged must be in the database. Prints the counts; exits 1 on any loss.
 *
 *   npm run test:crash                      # 100 kills
 *   CRASH_KILLS=10 npm run test:crash       # or: npm run test:crash -- --kills=10
 *   CRASH_PORT=3410 (default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { action, actionResult, callAction, FORM, signIn } from '../attack/http';
import { kill9, prepare, startServer, type Server } from '../attack/server';

const flag = process.argv.find((a) => a.startsWith('--kills='))?.split('=')[1];
const KILLS = Number(flag ?? process.env.CRASH_KILLS ?? 100);
const PORT = Number(process.env.CRASH_PORT ?? 3410);
const REVIEWS = 'app/admin/reviews/actions.ts';

type Acked = { version: number; marker?: string; status?: string };

function doc(marker: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Crash test text ${marker}. `.repeat(20) }] }] };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bobine-crash-'));
  const dbPath = path.join(dir, 'bobine.db');
  console.log(`test:crash: ${KILLS} kills, database in ${dir}`);
  prepare(dir, PORT);

  // Two films Mulder has not reviewed: one for autosaves, one for the workflow.
  const setup = new Database(dbPath, { readonly: true });
  const films = setup
    .prepare('select id from films where id not in (select film_id from reviews where author_id = (select id from users where email = ?)) order by id limit 2')
    .all('mulder@bobine.test') as { id: number }[];
  setup.close();
  if (films.length < 2) throw new Error('the demo has no free film');

  let server: Server = await startServer(dir, PORT);
  const base = server.base;
  const mulder = await signIn(base, 'mulder');
  const editor = await signIn(base, 'editor');
  const start = async (filmId: number) =>
    Number((await callAction(base, mulder, action(REVIEWS, 'startReviewAction'), [FORM], { filmId: String(filmId) })).redirect?.match(/\/admin\/reviews\/(\d+)/)?.[1]);
  const draftId = await start(films[0]!.id);
  const flowId = await start(films[1]!.id);
  if (!draftId || !flowId) throw new Error('could not start the reviews');

  const counts = { kills: 0, autosavesAcked: 0, transitionsAcked: 0, refused: 0, cutOff: 0, integrityOk: 0, lost: 0 };
  const problems: string[] = [];
  let draftVersion = 1;
  let flowVersion = 1;
  let flowStatus = 'draft';
  let ackedDraft: Acked | null = null;
  let ackedFlow: Acked | null = null;

  for (let k = 1; k <= KILLS; k++) {
    let running = true;
    // The kill comes at a random moment after both loops have had a write acknowledged in this
    // round (a fresh server answers its first requests slowly), or after 20 s whatever happened.
    let acksThisRound = 0;
    let bothAcked: () => void = () => {};
    const warmed = new Promise<void>((r) => (bothAcked = r));
    const acked = (loop: 'draft' | 'flow') => {
      acksThisRound |= loop === 'draft' ? 1 : 2;
      if (acksThisRound === 3) bothAcked();
    };
    const autosaves = (async () => {
      for (let n = 0; running; n++) {
        const marker = `k${k}n${n}`;
        try {
          const r = await fetch(`${base}/api/reviews/${draftId}/draft`, {
            method: 'POST',
            headers: { Cookie: mulder, 'Content-Type': 'application/json' },
            body: JSON.stringify({ version: draftVersion, fields: { body: doc(marker), mark: 6, seenOn: '', venue: marker, containsSpoilers: false } }),
          });
          const json = (await r.json()) as { version?: number };
          if (r.ok && json.version) {
            draftVersion = json.version;
            ackedDraft = { version: json.version, marker };
            counts.autosavesAcked++;
            acked('draft');
          } else counts.refused++;
        } catch {
          counts.cutOff++;
          return;
        }
      }
    })();
    const transitions = (async () => {
      while (running) {
        const [who, event] = flowStatus === 'in_review' ? [editor, 'request_changes'] : [mulder, 'submit'];
        try {
          const a = await callAction(base, who, action(REVIEWS, 'transitionReviewAction'), [
            { reviewId: flowId, version: flowVersion, event, message: `crash ${k}`, fields: event === 'submit' ? { body: doc(`flow${k}`), mark: 7, seenOn: '', venue: '', containsSpoilers: false } : undefined },
          ]);
          const r = actionResult(a.text);
          if (r.ok === true) {
            flowVersion = r.version as number;
            flowStatus = r.status as string;
            ackedFlow = { version: flowVersion, status: flowStatus };
            counts.transitionsAcked++;
            acked('flow');
          } else counts.refused++;
        } catch {
          counts.cutOff++;
          return;
        }
      }
    })();
    await Promise.race([warmed, new Promise((r) => setTimeout(r, 20_000))]);
    await new Promise((r) => setTimeout(r, Math.random() * 800));
    await kill9(server);
    running = false;
    counts.kills++;
    await Promise.all([autosaves, transitions]);

    // The server is down: check the file as the next start will find it.
    const db = new Database(dbPath, { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity === 'ok') counts.integrityOk++;
    else problems.push(`kill ${k}: integrity_check says ${String(integrity)}`);
    const row = (id: number) => db.prepare('select version, status, body, venue from reviews where id = ?').get(id) as { version: number; status: string; body: string; venue: string | null };
    const draft = row(draftId);
    const flow = row(flowId);
    db.close();
    const a = ackedDraft as Acked | null;
    if (a && (draft.version < a.version || (draft.version === a.version && draft.venue !== a.marker))) {
      counts.lost++;
      problems.push(`kill ${k}: acknowledged autosave ${a.marker} (version ${a.version}) missing; found version ${draft.version} ${draft.venue}`);
    }
    const f = ackedFlow as Acked | null;
    if (f && (flow.version < f.version || (flow.version === f.version && flow.status !== f.status))) {
      counts.lost++;
      problems.push(`kill ${k}: acknowledged transition to ${f.status} (version ${f.version}) missing; found ${flow.status} v${flow.version}`);
    }
    // A save that committed but whose answer was cut off is fine: carry on from what is stored.
    draftVersion = draft.version;
    flowVersion = flow.version;
    flowStatus = flow.status;
    server = await startServer(dir, PORT);
    if (k % 10 === 0 || k === KILLS) console.log(`  ${k}/${KILLS} kills, ${counts.autosavesAcked} autosaves and ${counts.transitionsAcked} transitions acknowledged, ${counts.lost} lost`);
  }
  await kill9(server);
  console.log('\ntest:crash results');
  console.log(`  kills (SIGKILL)                ${counts.kills}`);
  console.log(`  integrity_check ok             ${counts.integrityOk}/${counts.kills}`);
  console.log(`  autosaves acknowledged         ${counts.autosavesAcked}`);
  console.log(`  transitions acknowledged       ${counts.transitionsAcked}`);
  console.log(`  requests cut off by a kill     ${counts.cutOff}`);
  console.log(`  refused (conflict after a cut) ${counts.refused}`);
  console.log(`  acknowledged writes lost       ${counts.lost}`);
  for (const p of problems) console.log(`  ✘ ${p}`);
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = problems.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
