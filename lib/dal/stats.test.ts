/**
 * The stored aggregates (film_stats, reviewer_stats) must equal what a from-scratch computation over
 * the public reviews gives, after any sequence of writes and of time passing. The writes go straight
 * to the tables, as any writer (desk, catalogue, seed, script) would: the triggers must catch them
 * all. The truth is computed here in plain TypeScript from the raw rows, independently of the SQL
 * views the triggers use.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@/lib/test/random';
import { demoDatabaseFor } from '@/lib/test/temp-db';

const HOUR = 3_600_000;

describe('read aggregates', () => {
  const { db, sqlite, loaded } = demoDatabaseFor(() => import('./stats'));

  type ReviewRow = { id: number; film_id: number; author_id: number; live_revision_id: number | null; published_at: number | null };

  function truth(at: number) {
    const reviews = sqlite.prepare('select id, film_id, author_id, live_revision_id, published_at from reviews').all() as ReviewRow[];
    const marks = new Map(
      (sqlite.prepare('select id, mark from review_revisions').all() as { id: number; mark: number | null }[]).map((r) => [r.id, r.mark]),
    );
    const films = sqlite.prepare('select id, title from films order by id').all() as { id: number; title: string }[];
    const releases = sqlite.prepare('select film_id, date from releases').all() as { film_id: number; date: string }[];
    const users = sqlite.prepare('select id from users order by id').all() as { id: number }[];
    const isPublic = (r: ReviewRow) => r.live_revision_id !== null && r.published_at !== null && r.published_at <= at;
    const filmRows = films.map((f) => {
      const pub = reviews.filter((r) => r.film_id === f.id && isPublic(r));
      const ms = pub.map((r) => marks.get(r.live_revision_id!) ?? null).filter((m): m is number => m !== null);
      const dates = releases.filter((r) => r.film_id === f.id).map((r) => r.date).sort();
      return {
        filmId: f.id,
        title: f.title,
        firstRelease: dates[0] ?? null,
        reviewCount: pub.length,
        markCount: ms.length,
        averageMark: ms.length ? ms.reduce((a, b) => a + b, 0) / ms.length : null,
        lastPublishedAt: pub.length ? Math.max(...pub.map((r) => r.published_at!)) : null,
      };
    });
    const reviewerRows = users.map((u) => {
      const pub = reviews.filter((r) => r.author_id === u.id && isPublic(r));
      return { userId: u.id, reviewCount: pub.length, lastPublishedAt: pub.length ? Math.max(...pub.map((r) => r.published_at!)) : null };
    });
    return { films: filmRows, reviewers: reviewerRows };
  }

  function stored() {
    const films = (
      sqlite
        .prepare(
          `select film_id as filmId, title, first_release as firstRelease, review_count as reviewCount, mark_count as markCount,
             average_mark as averageMark, last_published_at as lastPublishedAt from film_stats order by film_id`,
        )
        .all() as { averageMark: number | null }[]
    ).map((r) => r);
    const reviewerMap = new Map(
      (sqlite.prepare('select user_id as userId, review_count as reviewCount, last_published_at as lastPublishedAt from reviewer_stats').all() as {
        userId: number;
        reviewCount: number;
        lastPublishedAt: number | null;
      }[]).map((r) => [r.userId, r]),
    );
    const users = sqlite.prepare('select id from users order by id').all() as { id: number }[];
    // A critic who never had a public review may have no row: that reads as zero.
    const reviewers = users.map((u) => reviewerMap.get(u.id) ?? { userId: u.id, reviewCount: 0, lastPublishedAt: null });
    return { films, reviewers };
  }

  const close = (a: { films: { averageMark: number | null }[] }) => ({
    ...a,
    films: a.films.map((f) => ({ ...f, averageMark: f.averageMark === null ? null : Math.round(f.averageMark * 1e9) / 1e9 })),
  });

  it('equal a recomputation from scratch after random writes and time passing', () => {
    const rng = mulberry32(20261129);
    const pick = <T,>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(rng() * xs.length)] : undefined);
    let at = Date.now();
    loaded().catchUpScheduledStats(db, new Date(at));
    expect(close(stored())).toEqual(close(truth(at)));

    const users = (sqlite.prepare(`select id from users`).all() as { id: number }[]).map((u) => u.id);
    const ids = (table: string) => (sqlite.prepare(`select id from ${table}`).all() as { id: number }[]).map((r) => r.id);
    const addRevision = (reviewId: number): number => {
      const n = (sqlite.prepare('select coalesce(max(number), 0) + 1 as n from review_revisions where review_id = ?').get(reviewId) as { n: number }).n;
      const mark = rng() < 0.15 ? null : Math.floor(rng() * 11);
      return Number(
        sqlite
          .prepare(`insert into review_revisions (review_id, number, reason, status, body, mark) values (?, ?, 'publish', 'published', '{"type":"doc","content":[]}', ?)`)
          .run(reviewId, n, mark).lastInsertRowid,
      );
    };
    let filmCounter = 0;
    const counts: Record<string, number> = {};

    const operations: Record<string, () => void> = {
      publish: () => {
        const id = pick(ids('reviews'));
        if (!id) return;
        const rev = addRevision(id);
        sqlite.prepare(`update reviews set status = 'published', live_revision_id = ?, published_at = ? where id = ?`).run(rev, at - Math.floor(rng() * 48 * HOUR), id);
      },
      schedule: () => {
        const id = pick(ids('reviews'));
        if (!id) return;
        const rev = addRevision(id);
        sqlite.prepare(`update reviews set status = 'published', live_revision_id = ?, published_at = ? where id = ?`).run(rev, at + 1 + Math.floor(rng() * 6 * HOUR), id);
      },
      reschedule: () => {
        const id = pick(ids('reviews'));
        if (id) sqlite.prepare(`update reviews set published_at = ? where id = ? and live_revision_id is not null`).run(at + Math.floor((rng() - 0.5) * 12 * HOUR), id);
      },
      unpublish: () => {
        const id = pick(ids('reviews'));
        if (id) sqlite.prepare(`update reviews set status = 'draft', live_revision_id = null, published_at = null where id = ?`).run(id);
      },
      editPublished: () => {
        const id = pick((sqlite.prepare('select id from reviews where live_revision_id is not null').all() as { id: number }[]).map((r) => r.id));
        if (id) sqlite.prepare('update reviews set live_revision_id = ? where id = ?').run(addRevision(id), id);
      },
      correctLiveMark: () => {
        const rev = pick((sqlite.prepare('select live_revision_id as id from reviews where live_revision_id is not null').all() as { id: number }[]).map((r) => r.id));
        if (rev) sqlite.prepare('update review_revisions set mark = ? where id = ?').run(rng() < 0.2 ? null : Math.floor(rng() * 11), rev);
      },
      deleteLiveRevision: () => {
        // ON DELETE SET NULL on reviews.live_revision_id: the review stops being public.
        const rev = pick((sqlite.prepare('select live_revision_id as id from reviews where live_revision_id is not null').all() as { id: number }[]).map((r) => r.id));
        if (rev) sqlite.prepare('delete from review_revisions where id = ?').run(rev);
      },
      deleteReview: () => {
        const id = pick(ids('reviews'));
        if (id) sqlite.prepare('delete from reviews where id = ?').run(id);
      },
      newReview: () => {
        const film = pick(ids('films'));
        const author = pick(users);
        if (!film || !author) return;
        const exists = sqlite.prepare('select 1 from reviews where film_id = ? and author_id = ?').get(film, author);
        if (exists) return;
        const id = Number(sqlite.prepare(`insert into reviews (film_id, author_id, body) values (?, ?, '{"type":"doc","content":[]}')`).run(film, author).lastInsertRowid);
        if (rng() < 0.5) {
          sqlite.prepare('update reviews set live_revision_id = ?, published_at = ? where id = ?').run(addRevision(id), at + Math.floor((rng() - 0.5) * 12 * HOUR), id);
        }
      },
      mergeFilmReviewsAway: () => {
        // A review moved to another film (a catalogue merge of duplicates would do this).
        const id = pick(ids('reviews'));
        const film = pick(ids('films'));
        if (!id || !film) return;
        const r = sqlite.prepare('select author_id from reviews where id = ?').get(id) as { author_id: number };
        if (sqlite.prepare('select 1 from reviews where film_id = ? and author_id = ?').get(film, r.author_id)) return;
        sqlite.prepare('update reviews set film_id = ? where id = ?').run(film, id);
      },
      mergePeople: () => {
        // Credits move; no aggregate depends on them, and nothing must break.
        const [a, b] = [pick(ids('people')), pick(ids('people'))];
        if (!a || !b || a === b) return;
        sqlite.prepare('delete from credits where person_id = ? and exists (select 1 from credits c where c.person_id = ? and c.film_id = credits.film_id and c.role = credits.role)').run(a, b);
        sqlite.prepare('update credits set person_id = ? where person_id = ?').run(b, a);
        sqlite.prepare('delete from people where id = ?').run(a);
      },
      addRelease: () => {
        const film = pick(ids('films'));
        const country = String.fromCharCode(65 + Math.floor(rng() * 26), 65 + Math.floor(rng() * 26));
        const date = `${1990 + Math.floor(rng() * 40)}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`;
        if (film) sqlite.prepare(`insert or ignore into releases (film_id, country, date, kind) values (?, ?, ?, 'cinema')`).run(film, country, date);
      },
      moveRelease: () => {
        const id = pick(ids('releases'));
        if (id) sqlite.prepare('update releases set date = ? where id = ?').run(`${1990 + Math.floor(rng() * 40)}-06-15`, id);
      },
      deleteRelease: () => {
        const id = pick(ids('releases'));
        if (id) sqlite.prepare('delete from releases where id = ?').run(id);
      },
      newFilm: () => {
        filmCounter += 1;
        const id = Number(sqlite.prepare(`insert into films (slug, title) values (?, ?)`).run(`prop-film-${filmCounter}`, `Prop film ${filmCounter}`).lastInsertRowid);
        sqlite.prepare(`insert into releases (film_id, country, date) values (?, 'FR', '2001-02-03')`).run(id);
      },
      renameFilm: () => {
        const id = pick(ids('films'));
        if (id) sqlite.prepare('update films set title = ? where id = ?').run(`Renamed ${Math.floor(rng() * 1000)}`, id);
      },
      deleteFilmWithoutReviews: () => {
        const id = pick((sqlite.prepare('select id from films where not exists (select 1 from reviews where film_id = films.id)').all() as { id: number }[]).map((r) => r.id));
        if (id) sqlite.prepare('delete from films where id = ?').run(id);
      },
      timePasses: () => {
        at += Math.floor(rng() * 4 * HOUR);
      },
      clockSetBack: () => {
        at -= Math.floor(rng() * HOUR);
      },
    };
    const names = Object.keys(operations);

    for (let step = 0; step < 400; step++) {
      const name = pick(names)!;
      counts[name] = (counts[name] ?? 0) + 1;
      // Some writes happen in a transaction with others, as the desk does.
      if (rng() < 0.3) sqlite.transaction(() => operations[name]!())();
      else operations[name]!();
      if (step % 3 === 0) {
        loaded().catchUpScheduledStats(db, new Date(at));
        expect(close(stored()), `after step ${step} (${name})`).toEqual(close(truth(at)));
      }
    }
    loaded().catchUpScheduledStats(db, new Date(at));
    expect(close(stored())).toEqual(close(truth(at)));
    // Every kind of operation ran.
    expect(Object.keys(counts).sort()).toEqual([...names].sort());
  });

  it('counts a scheduled review on the first read at or after its time, never before', () => {
    const review = sqlite.prepare('select id, film_id as filmId from reviews where live_revision_id is not null limit 1').get() as { id: number; filmId: number };
    const t0 = Date.now() + 10 * HOUR;
    loaded().catchUpScheduledStats(db, new Date(t0));
    sqlite.prepare('update reviews set published_at = ? where id = ?').run(t0 + HOUR, review.id);
    const count = () => (sqlite.prepare('select review_count as n from film_stats where film_id = ?').get(review.filmId) as { n: number }).n;
    const before = count();
    expect(loaded().catchUpScheduledStats(db, new Date(t0 + HOUR - 1))).toBe(false);
    expect(count()).toBe(before);
    expect(loaded().catchUpScheduledStats(db, new Date(t0 + HOUR))).toBe(true);
    expect(count()).toBe(before + 1);
    // Nothing more to apply: a read costs one probe and no write.
    expect(loaded().catchUpScheduledStats(db, new Date(t0 + 2 * HOUR))).toBe(false);
  });
});
