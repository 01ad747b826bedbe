import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { conditions, gzipAssets } from './vite.config.ts';
import { offlineWorker } from './vite.service-worker.ts';

/**
 * The light entry of the student quiz page (/lam-bai/<attemptId>, served as quiz.html by the API):
 * the same React components, built with Preact standing in for React (about 5 kB instead of 67),
 * without Mantine, the router, i18next or zod. Runs after the main build, into the same dist.
 */
export default defineConfig({
  // The service worker (sw.js) precaches this build's files: a reload without a network reopens the page.
  plugins: [gzipAssets(), offlineWorker({ conditions })],
  resolve: {
    conditions,
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // Modern browsers only: no module-preload polyfill in the page's one script.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { quiz: resolve(import.meta.dirname, 'quiz.html') } },
  },
});
