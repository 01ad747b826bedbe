import { defineConfig } from 'vitest/config';
import { vitestPreset } from '../../vitest.preset.js';

/** `pnpm test:security`: authorization matrix, leak scans, hostile input and web security (security/). */
export default defineConfig(
  vitestPreset({
    include: ['security/**/*.test.ts'],
    report: 'security',
    globalSetup: ['../../packages/db/testing/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  }),
);
