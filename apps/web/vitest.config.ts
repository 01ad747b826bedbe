import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const conditions = ['@hoclieu/source', 'module', 'browser', 'development|production'];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  test: {
    // TEST_REPORT names the report of a partial run (.ci/tz.sh) so that it leaves `npm test`'s alone.
    reporters: [
      'default',
      ['json', { outputFile: `test-results/${process.env.TEST_REPORT ?? 'vitest'}.json` }],
    ],
    environment: 'jsdom',
    // The first render pulls in Mantine under jsdom: slow on a loaded 2-core machine, not a hang.
    testTimeout: 30_000,
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
  },
});
