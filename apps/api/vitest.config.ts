import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@hoclieu/source'] },
  ssr: { resolve: { conditions: ['@hoclieu/source'] } },
  test: {
    // TEST_REPORT names the report of a partial run (.ci/tz.sh) so that it leaves `npm test`'s alone.
    reporters: [
      'default',
      ['json', { outputFile: `test-results/${process.env.TEST_REPORT ?? 'vitest'}.json` }],
    ],
    include: ['test/**/*.test.ts'],
    // The db package's setup, by path: vitest loads global setup files outside the source condition.
    globalSetup: ['../../packages/db/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
