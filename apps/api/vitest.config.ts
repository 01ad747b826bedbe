import { defineConfig } from 'vitest/config';
import { vitestPreset } from '../../vitest.preset.js';

export default defineConfig(
  vitestPreset({
    include: ['test/**/*.test.ts'],
    // TEST_REPORT names the report of a partial run (.ci/tz.sh) so that it leaves `npm test`'s alone.
    report: process.env.TEST_REPORT,
    // The db package's setup, by path: vitest loads global setup files outside the source condition.
    globalSetup: ['../../packages/db/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  }),
);
