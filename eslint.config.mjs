import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    // Pages, route handlers, actions and components reach data only through lib/dal.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/db', '@/db/*', '**/db', '**/db/*'], message: 'Go through lib/dal: pages never touch the database.' },
            { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'Go through lib/dal.' },
          ],
        },
      ],
    },
  },
  {
    // Public pages must not pull the editor bundle.
    files: ['app/(public)/**/*.{ts,tsx}', 'components/film/**', 'components/review/**', 'components/site/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/db', '@/db/*'], message: 'Go through lib/dal: pages never touch the database.' },
            { group: ['@tiptap/*', '@/components/editor/*'], message: 'Public pages render rich text on the server.' },
          ],
        },
      ],
    },
  },
  {
    // useTempDatabase() is a test helper, not a React hook; unit tests call it at module level.
    files: ['**/*.test.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Drizzle: an update or delete without a where clause is a bug.
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]);
