import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const conditions = ['@hoclieu/source', 'module', 'browser', 'development|production'];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    environment: 'jsdom',
    // The first render pulls in Mantine under jsdom: slow on a loaded 2-core machine, not a hang.
    testTimeout: 30_000,
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
  },
});
