import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@hoclieu/source'] },
  ssr: { resolve: { conditions: ['@hoclieu/source'] } },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The Postgres suite starts an embedded server (initdb) and migrates it.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
