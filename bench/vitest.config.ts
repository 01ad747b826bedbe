import { defineConfig } from 'vitest/config';
import { vitestPreset } from '../vitest.preset.js';

export default defineConfig(vitestPreset({ include: ['test/**/*.test.ts'] }));
