import { defineConfig } from 'vitest/config';
import { vitestPreset } from '../../vitest.preset.js';

export default defineConfig(
  vitestPreset({
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // TEST_REPORT names the report of a partial run (.ci/tz.sh) so that it leaves `npm test`'s alone.
    report: process.env.TEST_REPORT,
  }),
);
