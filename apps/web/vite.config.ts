import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// Workspace packages resolve to their TypeScript sources (see each package's `exports`).
export const conditions = ['@hoclieu/source', 'module', 'browser', 'development|production'];

/**
 * Writes `<file>.gz` next to every text asset of the build: the API serves the web app with
 * @fastify/static's `preCompressed`, so browsers get the gzip copy without compressing per request.
 */
export function gzipAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hoclieu-gzip-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
        );
      for (const file of walk(outDir)) {
        if (!/\.(js|mjs|css|html|svg|json|txt)$/.test(file)) continue;
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

/** In development, /lam-bai/* gets the quiz page's own entry, as the API serves it in production. */
function quizEntryInDev(): Plugin {
  return {
    name: 'hoclieu-quiz-entry-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.startsWith('/lam-bai/') || req.url?.startsWith('/luyen-tap')) req.url = '/quiz.html';
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), gzipAssets(), quizEntryInDev()],
  resolve: { conditions },
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  // The quiz page (quiz.html) is built on its own, after this one: see vite.quiz.config.ts.
  build: { outDir: 'dist', emptyOutDir: true },
});
