import { defineConfig } from 'vitest/config';
import { vitestPreset } from '../../vitest.preset.js';

export default defineConfig(vitestPreset({ include: ['src/**/*.test.ts', 'test/**/*.test.ts'] }));
