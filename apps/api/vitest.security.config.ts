import { defineConfig } from 'vitest/config';

/** `pnpm test:security`: authorization matrix, leak scans, hostile input and web security (security/). */
export default defineConfig({
  resolve: { conditions: ['@hoclieu/source'] },
  ssr: { resolve: { conditions: ['@hoclieu/source'] } },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/security.json' }]],
    include: ['security/**/*.test.ts'],
    globalSetup: ['../../packages/db/testing/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
