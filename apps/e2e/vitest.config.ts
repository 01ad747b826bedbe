import { defineConfig } from 'vitest/config';

// `test`: quick checks of the harness itself. The browser journeys run with `test:browser`.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'] },
});
