import { defineConfig } from 'vitest/config';

/** `pnpm test:security`: every importer fuzzed with generated and mutated malformed files (security/). */
export default defineConfig({
  resolve: { conditions: ['@hoclieu/source'] },
  ssr: { resolve: { conditions: ['@hoclieu/source'] } },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/security.json' }]],
    include: ['security/**/*.test.ts'],
    testTimeout: 900_000,
  },
});
