import { defineConfig } from 'vitest/config';
import { vitestPreset } from '../../vitest.preset.js';

export default defineConfig(
  vitestPreset({
    include: ['test/**/*.test.ts'],
    globalSetup: ['./testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  }),
);
