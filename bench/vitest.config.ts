import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@hoclieu/source'] },
  ssr: { resolve: { conditions: ['@hoclieu/source'] } },
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    include: ['test/**/*.test.ts'],
  },
});
