/**
 * The sitemap as an index of files of at most SITEMAP_MAX_URLS addresses each (the protocol's cap
 * is 50,000 URLs and 50 MB per file). Films and people are cut into fixed id ranges, so naming a
 * file needs no count and reading one is a range of the primary key, read in batches while the
 * response streams: memory stays flat whatever the catalogue size.
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import { publicRead } from '../db';

export const SITEMAP_MAX_URLS = 50_000;
const BATCH = 5_000;

export type SitemapKind = 'films' | 'people';
export type SitemapFile = { name: string };
/** An address and its last change (ms since the epoch): no Date per address, 50,000 of them a file. */
export type SitemapUrl = { path: string; lastModified: number | null };

/**
 * `pages.xml.gz` (home, /films, critics), then `films-<n>.xml.gz` and `people-<n>.xml.gz` for each
 * id range in use. The index names the gzipped files (sitemaps.org allows them; search engines read
 * them): Bobine compresses a 5.4 MB file itself in large blocks, where Next.js's response compression
 * took ~150 ms more for the same file. Each file also answers as plain `.xml`.
 */
export async function listSitemapFiles(): Promise<SitemapFile[]> {
  const db = await publicRead();
  const files: SitemapFile[] = [{ name: 'pages.xml.gz' }];
  for (const kind of ['films', 'people'] as const) {
    const top = db.get<{ id: number | null }>(sql.raw(`select max(id) as id from ${kind}`))?.id ?? 0;
    for (let n = 0; n * SITEMAP_MAX_URLS < top; n++) {
      // An id range emptied by deletions gets no file (one primary-key seek each).
      const any = db.get(sql.raw(`select 1 from ${kind} where id > ${n * SITEMAP_MAX_URLS} and id <= ${(n + 1) * SITEMAP_MAX_URLS} limit 1`));
      if (any) files.push({ name: `${kind}-${n}.xml.gz` });
    }
  }
  return files;
}

export type SitemapName = ({ kind: 'pages' } | { kind: SitemapKind; n: number }) & { gzip: boolean };

export function parseSitemapName(name: string): SitemapName | null {
  const m = /^(?:(pages)|(films|people)-(\d{1,6}))\.xml(\.gz)?$/.exec(name);
  if (!m) return null;
  const gzip = m[4] !== undefined;
  return m[1] ? { kind: 'pages', gzip } : { kind: m[2] as SitemapKind, n: Number(m[3]), gzip };
}

/** Home, the indexes and every critic with a public review (a few hundred at most). */
export async function sitemapPages(): Promise<SitemapUrl[]> {
  const db = await publicRead();
  const critics = db.all<{ slug: string; last: number | null }>(
    sql`select p.slug as slug, s.last_published_at as last from reviewer_profiles p join reviewer_stats s on s.user_id = p.user_id where s.review_count > 0 order by p.slug`,
  );
  const latest = critics.reduce<number | null>((m, c) => (c.last !== null && (m === null || c.last > m) ? c.last : m), null);
  return [
    { path: '/', lastModified: latest },
    { path: '/films', lastModified: latest },
    { path: '/reviewers', lastModified: latest },
    { path: '/people', lastModified: null },
    ...critics.map((c) => ({ path: `/reviewers/${c.slug}`, lastModified: c.last })),
  ];
}

/**
 * The addresses of one film or people file, in batches of BATCH rows (keyset on the id). A film's
 * lastmod is its last edit or its latest public review, whichever is later (film_stats keeps the latter).
 * The database handle is taken before returning: the batches are read while the response streams,
 * outside the request's scope, where Next.js no longer allows `connection()`.
 */
export async function sitemapUrls(kind: SitemapKind, n: number): Promise<AsyncGenerator<SitemapUrl[]>> {
  const db = await publicRead();
  const end = (n + 1) * SITEMAP_MAX_URLS;
  return (async function* () {
    let after = n * SITEMAP_MAX_URLS;
    for (;;) {
      // Rows as arrays (id, slug, last change): no object per row from the driver.
      const rows =
        kind === 'films'
          ? db.values<[number, string, number]>(
              sql`select f.id, f.slug, max(f.updated_at, coalesce(s.last_published_at, 0))
                from films f join film_stats s on s.film_id = f.id where f.id > ${after} and f.id <= ${end} order by f.id limit ${BATCH}`,
            )
          : db.values<[number, string, number]>(sql`select id, slug, updated_at from people where id > ${after} and id <= ${end} order by id limit ${BATCH}`);
      if (rows.length === 0) return;
      const prefix = `/${kind}/`;
      yield rows.map((r) => ({ path: prefix + r[1], lastModified: r[2] }));
      after = rows[rows.length - 1]![0];
      if (rows.length < BATCH) return;
    }
  })();
}
