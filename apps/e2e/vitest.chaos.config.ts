import { defineConfig } from 'vitest/config';

/** `pnpm test:chaos`: an exam under process kills and a database restart (chaos/). */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/chaos.json' }]],
    include: ['chaos/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
  },
});
