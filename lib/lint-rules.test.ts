/**
 * The import boundaries in eslint.config.mjs, proved on fixtures: each forbidden import must be
 * reported at the paths it is forbidden from, and each allowed one must pass. Without this, a
 * later block silently replacing an earlier one's list (flat config does not merge options) goes
 * unnoticed, as it once did for public pages.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = path.resolve(__dirname, '..');
// The cycle rule walks the whole import graph from each file: off for the boundary fixtures, which
// it would slow down tenfold, and on (as configured) for the cycle fixture only.
const boundaryLint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import/no-cycle': 'off' } } });
const fullLint = new ESLint({ cwd: root });

const BOUNDARY = '@typescript-eslint/no-restricted-imports';

/** The boundary and cycle errors ESLint reports for `code` placed at `file` (relative to the repo). */
async function boundaryErrors(file: string, code: string, eslint = boundaryLint): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error(`eslint returned nothing for ${file}`);
  const ignored = result.messages.find((m) => m.message.includes('ignore'));
  if (ignored) throw new Error(`${file} is ignored by eslint: ${ignored.message}`);
  return result.messages.filter((m) => m.ruleId === BOUNDARY || m.ruleId === 'import/no-cycle').map((m) => `${m.ruleId}: ${m.message}`);
}

const fires = async (file: string, code: string) => expect(await boundaryErrors(file, code), `${file}: ${code}`).not.toEqual([]);
const passes = async (file: string, code: string) => expect(await boundaryErrors(file, code), `${file}: ${code}`).toEqual([]);

const DATABASE_IMPORTS = [
  "import { getDb } from '@/db';",
  "import { films } from '@/db/schema';",
  "import { films } from '../../../db/schema';",
  "import { seedDemo } from '../../db/seed/index';",
  "import Database from 'better-sqlite3';",
  "import { eq } from 'drizzle-orm';",
  "import { sqliteTable } from 'drizzle-orm/sqlite-core';",
  "import { getDb } from '@/lib/dal/db';",
  "import { getDb } from '../../lib/dal/db';",
];

const APP_FILES = ['app/admin/films/actions.ts', 'app/(public)/films/[slug]/page.tsx', 'app/api/health/route.ts', 'app/feed.xml/route.ts'];
const COMPONENT_FILES = ['components/admin/film-editor.tsx', 'components/film/film-header.tsx', 'components/site/site-header.tsx', 'components/search/highlighted.tsx'];
const PUBLIC_FILES = [
  'app/(public)/page.tsx',
  'app/(public)/films/[slug]/page.tsx',
  'components/film/poster.tsx',
  'components/review/review-article.tsx',
  'components/site/site-footer.tsx',
  'components/reviewer/mark-chart.tsx',
  'components/search/highlighted.tsx',
];

describe('only lib/dal touches the database', () => {
  for (const file of [...APP_FILES, ...COMPONENT_FILES, 'lib/auth/options.ts', 'lib/feed.ts', 'lib/rich-text/render.tsx']) {
    it(`${file} may not import db/, drizzle, better-sqlite3 or lib/dal/db`, async () => {
      for (const code of DATABASE_IMPORTS) await fires(file, code);
    });
  }

  it('the DAL, tests and test helpers may', async () => {
    for (const file of ['lib/dal/films.ts', 'lib/test/temp-db.ts', 'lib/server-actions-matrix.test.ts']) {
      await passes(file, "import { eq } from 'drizzle-orm';\nimport { films } from '@/db/schema';\nexport { eq, films };");
    }
  });

  it('pages and lib may call the DAL', async () => {
    await passes('app/admin/films/actions.ts', "import { saveFilm } from '@/lib/dal/catalogue';\nexport { saveFilm };");
    await passes('app/(public)/films/[slug]/page.tsx', "import { getFilmPage } from '@/lib/dal/public/films';\nexport { getFilmPage };");
    await passes('lib/auth/viewer.ts', "import { findStaff } from '@/lib/dal/identity';\nexport { findStaff };");
  });
});

describe('components import nothing from lib/dal but its types', () => {
  for (const file of COMPONENT_FILES) {
    it(`${file}`, async () => {
      await fires(file, "import { getFilmPage } from '@/lib/dal/films';");
      await fires(file, "import type { FilmPage } from '@/lib/dal/films';");
      await fires(file, "import type { FilmPage } from '@/lib/dal/public/films';");
      await fires(file, "import { listReviews } from '../../lib/dal/desk/reviews';");
      await fires(file, "import { FilmPage } from '@/lib/dal/types';");
      await passes(file, "import type { FilmPage } from '@/lib/dal/types';\nexport type X = FilmPage;");
      await passes(file, "import { type FilmPage } from '@/lib/dal/types';\nexport type X = FilmPage;");
    });
  }
});

describe('public pages stay off the editor bundle and the desk DAL', () => {
  for (const file of PUBLIC_FILES) {
    it(`${file}`, async () => {
      await fires(file, "import { useEditor } from '@tiptap/react';");
      await fires(file, "import StarterKit from '@tiptap/starter-kit';");
      await fires(file, "import { ReviewEditor } from '@/components/editor/review-editor';");
      await fires(file, "import { listQueue } from '@/lib/dal/desk/reviews';");
      // The database rule still holds here: this block must not replace it.
      await fires(file, "import { eq } from 'drizzle-orm';");
      await fires(file, "import { getDb } from '@/lib/dal/db';");
      await fires(file, "import { films } from '../../../db/schema';");
    });
  }

  it('the staff area may use the editor', async () => {
    await passes('app/admin/reviews/[id]/page.tsx', "import { ReviewEditor } from '@/components/editor/review-editor';\nexport { ReviewEditor };");
    await passes('components/editor/toolbar.tsx', "import { useEditor } from '@tiptap/react';\nexport { useEditor };");
  });
});

describe('no import cycle', () => {
  // no-cycle follows imports on disk, so the other half of the circle must be a real file.
  const dir = path.join(root, 'lib', `__lint-cycle-${process.pid}__`);
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
    writeFileSync(path.join(dir, 'b.ts'), "import { a } from '@/lib/" + path.basename(dir) + "/a';\nexport const b = () => a;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a circle, through the @/ alias too', async () => {
    const errors = await boundaryErrors(path.relative(root, path.join(dir, 'a.ts')), "import { b } from './b';\nexport const a = () => b();\n", fullLint);
    expect(errors.some((e) => e.startsWith('import/no-cycle'))).toBe(true);
  });
});
