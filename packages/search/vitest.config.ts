import { defineConfig } from 'vitest/config';
import { vitestPreset } from '../../vitest.preset.js';

export default defineConfig(
  vitestPreset({
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The Postgres suite starts an embedded server (initdb) and migrates it.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  }),
);
