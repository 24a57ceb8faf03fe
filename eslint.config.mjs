import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/*
 * Import boundaries.
 *
 * Flat config does not merge a rule's options: when two blocks match one file, the later block's
 * `patterns` replace the earlier ones. So each block below lists EVERYTHING it forbids, built from
 * these named lists, and `lib/lint-rules.test.ts` lints a fixture for every rule to prove it fires.
 * The TypeScript flavour of the rule is used because it can allow `import type` per pattern.
 */

/** Only lib/dal talks to the database, whatever the spelling of the path. */
const NO_DATABASE = [
  {
    group: ['@/db', '@/db/**', '**/db', '**/db/**', '!**/lib/dal/db'],
    message: 'Go through lib/dal: only the data-access layer touches db/.',
  },
  {
    group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/**'],
    message: 'Go through lib/dal: only the data-access layer talks SQL.',
  },
  {
    group: ['@/lib/dal/db', '**/lib/dal/db', '**/dal/db'],
    message: 'lib/dal/db is the DAL\'s own handle on the database: call a lib/dal function instead.',
  },
];

/** Components render what they are given; the only thing they may know of the DAL is its types. */
const DAL_TYPES_ONLY = [
  {
    group: ['@/lib/dal', '@/lib/dal/**', '**/lib/dal', '**/lib/dal/**', '!@/lib/dal/types', '!**/lib/dal/types'],
    message: 'Components take data as props: fetch it in the page and import its type from @/lib/dal/types.',
  },
  {
    group: ['@/lib/dal/types', '**/lib/dal/types'],
    allowTypeImports: true,
    message: 'Import DAL types with `import type`: components never load lib/dal code.',
  },
];

/** The editor bundle (Tiptap, ProseMirror) stays off public pages: they render rich text on the server. */
const NO_EDITOR = [
  {
    group: ['@tiptap/*', '@tiptap/**', '@/components/editor', '@/components/editor/**', '**/components/editor/**'],
    message: 'Public pages render rich text on the server: no editor code.',
  },
];

/** Public pages serve anonymous visitors: desk functions need a viewer and a permission. */
const NO_DESK_DAL = [
  {
    group: ['@/lib/dal/desk', '@/lib/dal/desk/**', '**/lib/dal/desk', '**/lib/dal/desk/**'],
    message: 'Public pages read through lib/dal/public: the desk DAL is for the staff area.',
  },
];

const restrict = (...lists) => ({
  // The core rule would double-report what the TypeScript rule already says.
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: lists.flat() }],
});

const PUBLIC_COMPONENTS = ['film', 'review', 'site', 'reviewer', 'search'].map((d) => `components/${d}/**/*.{ts,tsx}`);

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.e2e-*/**']),
  // Blocks go from the widest file set to the narrowest; each repeats the lists of the wider ones.
  {
    // Pages, route handlers and server actions reach data only through lib/dal.
    files: ['app/**/*.{ts,tsx}'],
    rules: restrict(NO_DATABASE),
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: restrict(NO_DATABASE, DAL_TYPES_ONLY),
  },
  {
    files: ['app/(public)/**/*.{ts,tsx}'],
    rules: restrict(NO_DATABASE, NO_EDITOR, NO_DESK_DAL),
  },
  {
    files: PUBLIC_COMPONENTS,
    rules: restrict(NO_DATABASE, DAL_TYPES_ONLY, NO_EDITOR, NO_DESK_DAL),
  },
  {
    // Rules, auth, rich text, SEO: lib/ outside the DAL is plain code over plain values.
    // Tests and their helpers (lib/test/) are the exception: they build a throwaway SQLite file
    // and read rows back to prove that a refused call changed nothing, which only the database
    // itself can show. They are never imported by the app.
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/dal/**', 'lib/test/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: restrict(NO_DATABASE),
  },
  {
    // An import circle makes module initialisation order matter (a value is `undefined` while its
    // file is still loading) and hides which layer depends on which.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Test helpers such as useTempDatabase() are not React hooks, whatever their name says.
    files: ['**/*.test.ts', '**/*.test.tsx', 'lib/test/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS run by node or Next.js outside the bundles (the server front, the cache handler).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
