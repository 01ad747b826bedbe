import { defineConfig } from 'vitest/config';

/** `pnpm test:security`, browser part: hostile content rendered in Chromium by the real server. */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/security.json' }]],
    include: ['security/**/*.test.ts'],
    globalSetup: ['browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 90_000,
    // A page on a loaded two-core machine: Playwright waits 30 s for an element, expect.poll 1 s by default.
    expect: { poll: { timeout: 10_000 } },
  },
});
