import { defineConfig } from 'vitest/config';
import { vitestPreset } from '../../vitest.preset.js';

/** `pnpm test:security`: every importer fuzzed with generated and mutated malformed files (security/). */
export default defineConfig(
  vitestPreset({ include: ['security/**/*.test.ts'], report: 'security', testTimeout: 900_000 }),
);
