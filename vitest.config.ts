import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // The DAL is server-only in Next.js; in unit tests it runs in plain Node.
      'server-only': path.resolve(__dirname, 'lib/test/server-only-stub.ts'),
      'next/server': path.resolve(__dirname, 'lib/test/next-server-stub.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    environment: 'node',
    pool: 'forks',
  },
});
