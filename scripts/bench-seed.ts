/**
 * `npm run bench:seed -- --films 100000`: a large, reproducible catalogue for `npm run bench`.
 *
 * Writes into the database that DATABASE_PATH names (default data/bench/films-<N>.db; refused if it already holds staff accounts;
 * `--force` deletes the file first). For N films: 3N people, about 10N credits, 3N published reviews
 * of about 400 words (Tiptap JSON, 6% with spoilers, about 0.02% scheduled in the coming weeks), 0.1%
 * still on the desk (drafts, in review, approved), releases, genres, companies, and up to 300 critics. Everything
 * comes from one seeded PRNG (`--seed`, default 1), so two runs give the same rows; only the
 * scheduled reviews' times are relative to the moment of the run, so that they are still ahead.
 *
 * It goes through the app's own schema and migrations (db/migrate.ts) and writes with plain INSERTs
 * and UPDATEs, never around the triggers: the FTS triggers of drizzle/0001_search.sql, and any
 * trigger added later (aggregates), fire for every row as they would on the admin screens. A review
 * is written the way the desk publishes one: inserted as approved, then its revision, then one
 * UPDATE that sets status, live revision and publication time.
 *
 * Speed: raw better-sqlite3 prepared statements, one transaction per chunk, and during the load only
 * `journal_mode=OFF` + `synchronous=OFF` (a crash mid-load leaves a file to delete, which is fine for
 * a generated one); WAL is restored at the end. Demo sign-ins exist (admin@, editor@, mulder@,
 * sabine@, margaux@bobine.test with the demo passwords); the other critics are
 * critic-<n>@bobine.test with password `bobine-critic`.
 */
import { existsSync, rmSync } from 'node:fs';
import { openDatabase } from '../db/index';
import { applyMigrations } from '../db/migrate';
import { blocksToDoc } from '../db/seed';
import type { DemoBlock } from '../db/seed/types';
import { hashPassword } from '../lib/auth/password';
import { databasePath } from '../lib/env';
import { slugify } from '../lib/slug';

// ---------------------------------------------------------------------------------------------
// Arguments and PRNG

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const FILMS = Number(arg('films') ?? 100_000);
const SEED = Number(arg('seed') ?? 1);
const FORCE = process.argv.includes('--force');
if (!Number.isInteger(FILMS) || FILMS < 10) throw new Error('--films must be an integer ≥ 10');
// Without DATABASE_PATH, never the working database: data/bench/films-<n>.db (what `npm run bench` reuses).
process.env.DATABASE_PATH ??= `data/bench/films-${FILMS}.db`;

/** mulberry32: tiny, fast, and the same sequence on every machine for one seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (p: number) => rand() < p;

// ---------------------------------------------------------------------------------------------
// Vocabulary

const FIRST = `James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Margaret Paul Sandra Steven Ashley Andrew Kimberly Kenneth Emily Joshua Donna Kevin Michelle Brian Carol George Amanda Timothy Dorothy Ronald Melissa Edward Deborah Jason Stephanie Jeffrey Rebecca Ryan Sharon Jacob Laura Gary Cynthia Nicholas Kathleen Eric Amy Jonathan Angela Stephen Shirley Larry Anna Justin Brenda Scott Pamela Brandon Emma Benjamin Nicole Samuel Helen Gregory Samantha Alexander Katherine Frank Christine Patrick Debra Raymond Rachel Jack Carolyn Dennis Janet Jerry Catherine Tyler Maria Aaron Heather Jose Diane Adam Ruth Henry Julie Nathan Olivia Douglas Joyce Zachary Virginia Peter Victoria Kyle Kelly Noah Lauren Ethan Christina Jeremy Joan Walter Evelyn Christian Judith Keanu Ana Isabelle Juliette Louis Camille Hugo Chloé Léa Mathieu Élodie Pierre Sophie Antoine Manon Julien Inès Marco Giulia Luca Chiara Hiroshi Yuki Kenji Akiko Pedro Lucía Javier Carmen Lars Ingrid Sven Astrid Dmitri Olga Ivan Natalia Wei Mei Jun Li Arjun Priya Ravi Ananya Kwame Ama Tunde Ngozi`.split(' ');
const LAST = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace West Cole Hayes Bryant Gibson Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy Wells Dupont Durand Lefebvre Moreau Laurent Simon Michel Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clement Gauthier Dumont Lopez Fontaine Chevalier Robin Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Larsen Hansen Nielsen Johansson Lindqvist Ivanov Petrov Sokolov Popov Wang Zhang Liu Chen Yang Huang Singh Kumar Sharma Gupta Mensah Okafor Adeyemi Mwangi`.split(' ');
const ADJ = `Silent Last Broken Golden Hidden Distant Burning Crimson Endless Frozen Forgotten Lonely Wild Quiet Bright Dark Hollow Restless Savage Sweet Bitter Secret Lost Little Long Final Strange Blue Red White Black Pale Midnight Summer Winter Electric Invisible Wandering Falling Sleeping Northern Southern Shattered Velvet Iron Paper Glass Crooked Gentle Furious Sacred`.split(' ');
const NOUN = `River Night Road House City Heart Storm Garden Mirror Shadow Dream Island Fire Sea Mountain Letter Dance Game Border Promise Season Harbor Train Forest Kingdom Ghost Stranger Daughter Son Brother Sister Mother Father Widow Soldier Thief Queen King Hunter Painter Dancer Machine Signal Voice Horizon Winter Summer Harvest Silence Echo Bridge Tower Valley Desert Orchard Circus Hotel Station Window Door Secret Witness Crossing Return Escape Affair Wedding Funeral Journey`.split(' ');
const PLACES = `Paris Berlin Tokyo Lisbon Marseille Naples Havana Cairo Oslo Dublin Vienna Kyoto Lagos Lima Montreal Chicago Detroit Memphis Tangier Seoul Mumbai Glasgow Trieste Odessa`.split(' ');
const GENRES = ['Action', 'Adventure', 'Animation', 'Comedy', 'Crime', 'Documentary', 'Drama', 'Family', 'Fantasy', 'History', 'Horror', 'Music', 'Musical', 'Mystery', 'Romance', 'Science Fiction', 'Thriller', 'War', 'Western', 'Biography', 'Sport', 'Noir'];
const COUNTRIES = ['US', 'FR', 'GB', 'DE', 'IT', 'ES', 'JP', 'KR', 'CA', 'BE', 'CH', 'SE', 'DK', 'BR', 'MX', 'IN', 'AU', 'NL'];
const CERTS = ['G', 'PG', 'PG-13', 'R', 'NC-17', 'TP', '12', '16', '18', 'U', '12A', '15'];
const VENUES = ['Grand Rex', 'MK2 Bibliothèque', 'UGC Les Halles', 'Le Champo', 'Festival de Cannes', 'Berlinale', 'home screener', 'Max Linder Panorama', 'Cinémathèque française', 'Forum des Images', 'Le Grand Action', 'press screening'];
const COMPANY_WORDS = `Pictures Films Studios Entertainment Productions Media Cinema Company Features Distribution`.split(' ');
const CHARACTER_JOBS = `Detective Nurse Driver Doctor Teacher Officer Bartender Priest Journalist Lawyer Mayor Captain Waitress Professor Neighbor Stranger`.split(' ');

const SENTENCES: string[] = [
  '{T} opens on a long, patient shot that tells you at once what kind of film this wants to be.',
  'The screenplay takes its time, and for once the slowness feels like a choice rather than an accident.',
  '{D} directs with a steady hand, never raising the volume when a glance will do.',
  'There is a scene halfway through, set in a {place} kitchen at dawn, that the whole film seems to have been built around.',
  'The cinematography favors deep shadows and warm practical light, so that every interior looks lived in.',
  'What holds it together is the rhythm of the editing, which knows exactly when to cut away.',
  'Some of the supporting characters are sketched too quickly, and the second act sags under the weight of its exposition.',
  'The score is sparing, a few strings and a piano, and it wisely leaves the silences alone.',
  '{A} brings a wry, wounded intelligence to a part that could easily have been a cliché.',
  'It is a film about {theme}, though it never says so out loud.',
  'The dialogue is sharp without being clever for its own sake, and several lines land with real sting.',
  'By the final reel, the story has quietly shifted from {theme} to something closer to grace.',
  'The production design is a pleasure: cluttered rooms, peeling wallpaper, a city that feels older than its characters.',
  'Not everything works; a subplot about an inheritance goes nowhere and a late twist is telegraphed from the start.',
  'Still, the film earns its ending, which is both surprising and, in retrospect, inevitable.',
  'The action sequences are staged with clarity, and you always know where everyone stands.',
  'There is a generosity in the way the camera looks at faces, lingering a beat longer than expected.',
  'The comedy is dry and the drama is earned, a balance few films of the genre manage.',
  '{D} has clearly studied the classics, but the film never feels like a museum piece.',
  'The pacing falters in the middle, when the story seems unsure of which thread to follow.',
  'Its ambitions are modest, and it meets them with confidence and a lot of charm.',
  'The sound design does much of the storytelling, from distant traffic to the creak of an old staircase.',
  'It is the rare genre picture that trusts its audience to keep up.',
  'The final image lingers, an open door onto a {adj} landscape, and it stays with you for days.',
  'Watching it in a packed theater, you could feel the room hold its breath during the climax.',
  'The costume design quietly tells us who has money and who is pretending to.',
  'At a little under two hours, it never overstays its welcome.',
  'The script borrows freely from older films, yet the borrowing feels like affection, not theft.',
  'There are moments of pure cinema here, images that need no words at all.',
  'Its portrait of {place} is affectionate but unsentimental, full of small precise details.',
  'The tension builds slowly, almost imperceptibly, until the last twenty minutes become unbearable in the best sense.',
  'The humor comes from character rather than gags, which makes it last.',
  'It is uneven, occasionally frustrating, and never less than interesting.',
  'The camera work is restless, sometimes too much so, but it gives the film an urgent pulse.',
  'One could argue the film is too polite, too careful to offend anyone.',
  'The editing in the chase through the {noun} market is a small masterclass.',
  'A late monologue about {theme} is the best thing {D} has ever written.',
  'Many viewers will find the ending abrupt; I found it honest.',
  'The film asks more questions than it answers, and that is its strength.',
  'It looks gorgeous, shot on film with a grain that gives every frame texture.',
  'The children in the cast are remarkably natural, never cute, never precocious.',
  'This is a film that rewards a second viewing, when the early scenes take on new meaning.',
  'Its treatment of {theme} is more nuanced than the trailer suggests.',
  'The villain is underwritten, a sketch where a portrait was needed.',
  'The last act trades subtlety for spectacle, and something is lost in the exchange.',
  'There is real anger beneath the polished surface, and it gives the film its bite.',
  'The chemistry between the leads is the engine of the story.',
  'Every shot seems composed with a painter’s eye for balance.',
  'It is, above all, a film about looking: at others, at the past, at ourselves.',
  'The lighting of the night scenes is extraordinary, all sodium orange and deep blue.',
];
/** Sentences that use "performance": about 4% of sentences, so that about 64% of reviews contain it. */
const PERFORMANCE_SENTENCES: string[] = [
  '{A} gives a performance of remarkable restraint, all small gestures and held breath.',
  'The central performance is the reason to see it: {A} has never been better.',
  'The performances are uniformly strong, with {A} quietly stealing every scene.',
  'It is a physical performance as much as an emotional one, and {A} commits to both.',
  'A late performance by {A}, barely five minutes on screen, is the one people will talk about.',
];
const THEMES = ['grief', 'memory', 'ambition', 'family', 'exile', 'loyalty', 'class', 'desire', 'guilt', 'friendship', 'revenge', 'aging', 'faith', 'power', 'childhood'];
const HEADINGS = ['The verdict', 'What works', 'What does not', 'The cast', 'Behind the camera', 'In context', 'A second look'];
const RARE_WORD = 'zoetrope';

function fill(template: string, ctx: { title: string; director: string; actor: string }): string {
  return template
    .replace('{T}', `*${ctx.title}*`)
    .replace(/\{D\}/g, ctx.director)
    .replace(/\{A\}/g, ctx.actor)
    .replace('{place}', pick(PLACES))
    .replace(/\{theme\}/g, pick(THEMES))
    .replace('{adj}', pick(ADJ).toLowerCase())
    .replace('{noun}', pick(NOUN).toLowerCase());
}

/** About 400 words in 5–7 paragraphs, sometimes a heading, a quote or a list. */
function reviewBody(ctx: { title: string; director: string; actor: string }): string {
  const blocks: DemoBlock[] = [];
  const paragraphs = int(5, 7);
  let words = 0;
  for (let p = 0; p < paragraphs && words < 420; p++) {
    if (p > 0 && chance(0.12)) blocks.push({ heading: pick(HEADINGS) });
    const sentences: string[] = [];
    const n = int(3, 6);
    for (let i = 0; i < n; i++) {
      let s = fill(chance(0.042) ? pick(PERFORMANCE_SENTENCES) : pick(SENTENCES), ctx);
      if (i === 0 && p === 0) s = fill(SENTENCES[0]!, ctx);
      if (chance(0.05)) s = s.replace(/\b(never|always|best|real)\b/, '**$1**');
      sentences.push(s);
    }
    if (chance(1 / 1500)) sentences.push(`Like a ${RARE_WORD}, it turns stillness into motion.`);
    const text = sentences.join(' ');
    words += text.split(' ').length;
    if (chance(0.06)) blocks.push({ quote: sentences[0]! });
    else if (chance(0.04)) blocks.push({ bullets: sentences.slice(0, 3) });
    else blocks.push(text);
  }
  while (words < 380) {
    const s = fill(pick(SENTENCES), ctx);
    blocks.push(s);
    words += s.split(' ').length;
  }
  return JSON.stringify(blocksToDoc(blocks));
}

// ---------------------------------------------------------------------------------------------

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function timer(label: string, total: number) {
  const t0 = performance.now();
  let lastPrint = t0;
  return {
    tick(done: number) {
      const t = performance.now();
      if (t - lastPrint < 2000 && done < total) return;
      lastPrint = t;
      const rate = done / ((t - t0) / 1000);
      process.stdout.write(`  ${label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${rate.toFixed(0)}/s)\r`);
    },
    end(extra = '', done = total) {
      const s = (performance.now() - t0) / 1000;
      console.log(`  ${label}: ${done.toLocaleString('en')} in ${s.toFixed(1)} s${extra}`.padEnd(70));
    },
  };
}

async function main() {
  const started = performance.now();
  const file = databasePath();
  if (FORCE && existsSync(file)) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });

  const PEOPLE = FILMS * 3;
  const CRITICS = Math.max(3, Math.min(300, Math.round(FILMS * 0.003)));
  const COMPANIES = Math.max(50, Math.round(FILMS / 20));
  console.log(`bench:seed → ${file}\n  ${FILMS} films, ${PEOPLE} people, ${CRITICS} critics, seed ${SEED}`);

  const { db, sqlite } = openDatabase(file);
  applyMigrations(db);
  if ((sqlite.prepare('select count(*) n from users').get() as { n: number }).n > 0) {
    sqlite.close();
    throw new Error(`${file} already has staff accounts; pass --force to delete it and start again.`);
  }
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -524288'); // 512 MiB while loading: index pages stay in memory
  sqlite.pragma('temp_store = MEMORY');

  // Hash before any transaction: better-sqlite3 transactions are synchronous.
  const demo = [
    { email: 'admin@bobine.test', name: 'Ada Admin', role: 'admin', password: 'bobine-admin' },
    { email: 'editor@bobine.test', name: 'Eddie Editor', role: 'editor', password: 'bobine-editor' },
  ];
  const demoCritics = [
    { email: 'mulder@bobine.test', name: 'Fox Mulder', slug: 'mulder', pen: 'Mulder', password: 'bobine-mulder' },
    { email: 'sabine@bobine.test', name: 'Sabine Roux', slug: 'sabine', pen: 'Sabine', password: 'bobine-sabine' },
    { email: 'margaux@bobine.test', name: 'Margaux Lenoir', slug: 'margaux', pen: 'Margaux', password: 'bobine-margaux' },
  ];
  const hashes = new Map<string, string>();
  for (const pw of [...demo, ...demoCritics].map((u) => u.password).concat('bobine-critic')) hashes.set(pw, await hashPassword(pw));

  const anchor = Date.UTC(2026, 0, 1); // past dates are fixed so that two runs match
  const now = Date.now();

  // --- staff
  const insUser = sqlite.prepare('insert into users (id, email, name, password_hash, role, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)');
  const insProfile = sqlite.prepare('insert into reviewer_profiles (user_id, pen_name, slug, bio, updated_at) values (?, ?, ?, ?, ?)');
  const criticIds: number[] = [];
  sqlite.transaction(() => {
    let id = 0;
    for (const u of demo) insUser.run(++id, u.email, u.name, hashes.get(u.password), u.role, anchor, anchor);
    for (let c = 0; c < CRITICS; c++) {
      const d = demoCritics[c];
      const first = pick(FIRST);
      const last = pick(LAST);
      const name = d?.name ?? `${first} ${last}`;
      const pen = d?.pen ?? `${first} ${last[0]}.`;
      insUser.run(++id, d?.email ?? `critic-${c + 1}@bobine.test`, name, hashes.get(d?.password ?? 'bobine-critic'), 'reviewer', anchor, anchor);
      insProfile.run(id, pen, d?.slug ?? `${slugify(pen)}-${c + 1}`, `Writes about ${pick(THEMES)} and ${pick(THEMES)} on screen; has a soft spot for ${pick(GENRES).toLowerCase()}.`, anchor);
      criticIds.push(id);
    }
  })();
  console.log(`  staff: 2 + ${CRITICS} critics`);

  // --- genres, companies
  const genreIds = GENRES.map((_, i) => i + 1);
  const insGenre = sqlite.prepare('insert into genres (id, slug, name) values (?, ?, ?)');
  const insCompany = sqlite.prepare('insert into companies (id, slug, name, created_at) values (?, ?, ?, ?)');
  sqlite.transaction(() => {
    GENRES.forEach((g, i) => insGenre.run(i + 1, slugify(g), g));
    const used = new Set<string>();
    for (let i = 1; i <= COMPANIES; i++) {
      let name = `${pick(ADJ)} ${pick(NOUN)} ${pick(COMPANY_WORDS)}`;
      while (used.has(slugify(name))) name = `${name} ${int(2, 99)}`;
      used.add(slugify(name));
      insCompany.run(i, slugify(name), name, anchor);
    }
  })();
  console.log(`  genres: ${GENRES.length}, companies: ${COMPANIES}`);

  // --- people
  const insPerson = sqlite.prepare('insert into people (id, slug, name, created_at, updated_at) values (?, ?, ?, ?, ?)');
  const personName: string[] = [''];
  {
    const t = timer('people', PEOPLE);
    const slugs = new Map<string, number>();
    const CHUNK = 20_000;
    for (let start = 1; start <= PEOPLE; start += CHUNK) {
      sqlite.transaction(() => {
        for (let id = start; id < start + CHUNK && id <= PEOPLE; id++) {
          const name = chance(0.3) ? `${pick(FIRST)} ${String.fromCharCode(65 + int(0, 25))}. ${pick(LAST)}` : `${pick(FIRST)} ${pick(LAST)}`;
          const base = slugify(name);
          const n = (slugs.get(base) ?? 0) + 1;
          slugs.set(base, n);
          insPerson.run(id, n === 1 ? base : `${base}-${n}`, name, anchor, anchor);
          personName.push(name);
        }
      })();
      t.tick(Math.min(PEOPLE, start + CHUNK - 1));
    }
    t.end();
  }
  /** Mostly anyone; 5% of credits go to a pool of 1,000 prolific people, the first with ~500 credits at 100k films. */
  const PROLIFIC = Math.min(1000, PEOPLE);
  const anyone = () => (chance(0.05) ? 1 + Math.floor(PROLIFIC * Math.pow(rand(), 1.5)) : int(1, PEOPLE));

  // --- films with their genres, releases, companies and credits
  type FilmInfo = { title: string; release: number; director: string; actor: string };
  const filmInfo: FilmInfo[] = [];
  const insFilm = sqlite.prepare(
    'insert into films (id, slug, title, original_title, synopsis, release_kind, runtime_minutes, age_rating, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insFilmGenre = sqlite.prepare('insert into film_genres (film_id, genre_id, position) values (?, ?, ?)');
  const insRelease = sqlite.prepare('insert into releases (film_id, country, date, kind, certification) values (?, ?, ?, ?, ?)');
  const insFilmCompany = sqlite.prepare('insert into film_companies (film_id, company_id, role, position) values (?, ?, ?, ?)');
  const insCredit = sqlite.prepare('insert into credits (film_id, person_id, role, character, position) values (?, ?, ?, ?, ?)');
  let creditCount = 0;
  let releaseCount = 0;
  {
    const t = timer('films + credits', FILMS);
    const slugs = new Map<string, number>();
    const CHUNK = 5_000;
    for (let start = 1; start <= FILMS; start += CHUNK) {
      sqlite.transaction(() => {
        for (let id = start; id < start + CHUNK && id <= FILMS; id++) {
          const r = rand();
          const title =
            r < 0.3 ? `The ${pick(ADJ)} ${pick(NOUN)}` : r < 0.5 ? `${pick(NOUN)} of the ${pick(NOUN)}` : r < 0.65 ? `${pick(ADJ)} ${pick(NOUN)}` : r < 0.8 ? `${pick(NOUN)} in ${pick(PLACES)}` : r < 0.9 ? `${pick(FIRST)}’s ${pick(NOUN)}` : `The ${pick(NOUN)}`;
          const base = slugify(title);
          const n = (slugs.get(base) ?? 0) + 1;
          slugs.set(base, n);
          // Recent years weigh more, as in any real archive; a few films are still to come.
          const year = Math.min(2027, 1920 + Math.floor(107 * Math.sqrt(rand())));
          const release = Date.UTC(year, int(0, 11), int(1, 28));
          const kind = chance(0.8) ? 'cinema' : pick(['streaming', 'tv', 'home_video', 'festival'] as const);
          insFilm.run(id, n === 1 ? base : `${base}-${n}`, title, chance(0.15) ? `${pick(NOUN)} ${pick(PLACES)}` : title, `In ${pick(PLACES)}, a ${pick(NOUN).toLowerCase()} and a ${pick(NOUN).toLowerCase()} face ${pick(THEMES)} and ${pick(THEMES)}.`, kind, int(75, 180), chance(0.7) ? pick(CERTS) : null, anchor, anchor);
          const gs = new Set<number>();
          for (let g = int(1, 3); gs.size < g; ) gs.add(pick(genreIds));
          [...gs].forEach((g, position) => insFilmGenre.run(id, g, position));
          const cs = new Set<string>();
          for (let k = int(1, 3); cs.size < k; ) cs.add(pick(COUNTRIES));
          [...cs].forEach((c, i) => {
            insRelease.run(id, c, iso(release + i * int(0, 40) * DAY), kind, chance(0.5) ? pick(CERTS) : null);
            releaseCount++;
          });
          const companies = new Set<number>();
          for (let k = int(1, 3); companies.size < k; ) companies.add(int(1, COMPANIES));
          [...companies].forEach((c, i) => insFilmCompany.run(id, c, i === 0 ? 'distribution' : 'production', i));

          const credit = (role: string, count: number, character?: () => string) => {
            const seen = new Set<number>();
            while (seen.size < count) {
              const p = anyone();
              if (seen.has(p)) continue;
              seen.add(p);
              insCredit.run(id, p, role, character ? character() : null, seen.size - 1);
              creditCount++;
            }
            return [...seen];
          };
          const [director] = credit('director', chance(0.05) ? 2 : 1);
          credit('writer', int(1, 2));
          credit('producer', int(1, 2));
          const cast = credit('cast', int(3, 6), () => (chance(0.6) ? `${pick(FIRST)} ${pick(LAST)}` : `${pick(ADJ)} ${pick(CHARACTER_JOBS)}`));
          if (chance(0.8)) credit('cinematography', 1);
          if (chance(0.8)) credit('editing', 1);
          if (chance(0.7)) credit('music', 1);
          filmInfo[id] = { title, release, director: personName[director!]!, actor: personName[cast[0]!]! };
        }
      })();
      t.tick(Math.min(FILMS, start + CHUNK - 1));
    }
    t.end(`, ${creditCount.toLocaleString('en')} credits, ${releaseCount.toLocaleString('en')} releases`);
  }

  // --- reviews: 3 per film on average, by distinct critics
  const insReview = sqlite.prepare(
    `insert into reviews (id, film_id, author_id, status, body, mark, seen_on, venue, contains_spoilers, version, submitted_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, 3, ?, ?, ?)`,
  );
  const insRevision = sqlite.prepare(
    `insert into review_revisions (id, review_id, number, author_id, reason, status, body, mark, seen_on, venue, contains_spoilers, created_at)
     values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const publish = sqlite.prepare('update reviews set status = ?, live_revision_id = ?, published_at = ?, first_published_at = ?, updated_at = ? where id = ?');
  const PER_FILM = [0, 1, 2, 3, 3, 4, 4, 5, 6]; // mean 3.1
  let reviewId = 0;
  let published = 0;
  let scheduled = 0;
  let unpublished = 0;
  let spoilers = 0;
  {
    const expected = Math.round(FILMS * 3.1);
    const t = timer('reviews', expected);
    const CHUNK = 2_000; // films per transaction (~6,000 reviews)
    for (let start = 1; start <= FILMS; start += CHUNK) {
      sqlite.transaction(() => {
        for (let filmId = start; filmId < start + CHUNK && filmId <= FILMS; filmId++) {
          const info = filmInfo[filmId]!;
          const authors = new Set<number>();
          for (let k = Math.min(pick(PER_FILM), CRITICS); authors.size < k; ) authors.add(pick(criticIds));
          for (const authorId of authors) {
            const id = ++reviewId;
            const body = reviewBody(info);
            const mark = Math.max(0, Math.min(10, Math.round(6 + (rand() + rand() + rand() - 1.5) * 4)));
            const seen = Math.max(info.release - 20 * DAY, Math.min(anchor - 2 * DAY, info.release + int(-15, 400) * DAY));
            const spoiler = chance(0.06);
            if (spoiler) spoilers++;
            const venue = pick(VENUES);
            const r = rand();
            if (r < 0.001) {
              // A few still on the desk: drafts, in review, approved. Never public.
              const status = pick(['draft', 'in_review', 'changes_requested', 'approved'] as const);
              const at = now - int(1, 30) * DAY;
              insReview.run(id, filmId, authorId, status, body, mark, iso(seen), venue, spoiler ? 1 : 0, status === 'draft' ? null : at, at, at);
              insRevision.run(id, id, authorId, 'save', status, body, mark, iso(seen), venue, spoiler ? 1 : 0, at);
              unpublished++;
              continue;
            }
            // Scheduled: published, with a publication time in the coming weeks.
            const isScheduled = r < 0.0012;
            const publishedAt = isScheduled ? now + int(1, 60 * 24) * 3_600_000 : Math.min(anchor, seen + int(1, 10) * DAY) + int(0, 86_399) * 1000;
            insReview.run(id, filmId, authorId, 'approved', body, mark, iso(seen), venue, spoiler ? 1 : 0, publishedAt - DAY, publishedAt - 2 * DAY, publishedAt);
            insRevision.run(id, id, authorId, isScheduled ? 'schedule' : 'publish', 'published', body, mark, iso(seen), venue, spoiler ? 1 : 0, publishedAt);
            publish.run('published', id, publishedAt, publishedAt, publishedAt, id);
            if (isScheduled) scheduled++;
            else published++;
          }
        }
      })();
      t.tick(reviewId);
    }
    t.end(` (${published.toLocaleString('en')} public, ${scheduled} scheduled, ${unpublished} on the desk, ${spoilers.toLocaleString('en')} with spoilers)`, reviewId);
  }

  // Back to the app's settings: WAL, as db/index.ts opens it.
  sqlite.pragma('journal_mode = WAL');
  const check = sqlite.pragma('quick_check', { simple: true });
  const fts = sqlite.prepare(`select count(*) n from reviews_fts where reviews_fts match '"performance" *'`).get() as { n: number };
  const indexed = sqlite.prepare('select count(*) n from reviews_fts').get() as { n: number };
  const rare = sqlite.prepare(`select count(*) n from reviews_fts where reviews_fts match '"${RARE_WORD}" *'`).get() as { n: number };
  const top = sqlite.prepare('select p.slug, count(*) n from credits c join people p on p.id = c.person_id group by c.person_id order by n desc limit 1').get() as { slug: string; n: number };
  sqlite.close();
  const size = (await import('node:fs')).statSync(file).size;
  console.log(`  search index: ${indexed.n.toLocaleString('en')} reviews; "performance" in ${fts.n.toLocaleString('en')} (${((100 * fts.n) / Math.max(1, indexed.n)).toFixed(0)}%), "${RARE_WORD}" in ${rare.n}`);
  console.log(`  most credited person: /people/${top.slug} (${top.n} credits)`);
  console.log(`  integrity: ${check}; file ${(size / 1e9).toFixed(2)} GB`);
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s. Serve it with: BOBINE_DEMO=0 DATABASE_PATH=${file} npm start`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
