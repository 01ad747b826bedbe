import { defineConfig } from 'vitest/config';

/** Browser journeys against the real server (apps/api/dist) serving the built web app (apps/web/dist). */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    include: ['browser/**/*.test.ts'],
    globalSetup: ['browser/global-setup.ts'],
    // One browser at a time: the machine has two cores shared with the server and other work.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // A page on a loaded two-core machine: Playwright waits 30 s for an element, expect.poll 1 s by default.
    expect: { poll: { timeout: 10_000 } },
  },
});
