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
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
