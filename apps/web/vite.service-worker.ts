import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

/** One precache entry as Workbox takes it; a null revision means the URL is fingerprinted. */
interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * What a reload needs offline: the pages, scripts, styles and, of KaTeX's three font formats, woff2
 * (every browser the quiz supports picks it).
 */
const PRECACHED = /\.(html|js|css|woff2)$/;

/**
 * The precache list of a build's output: Vite fingerprints everything under assets/ (the URL is the
 * revision); the HTML gets the hash of its content, so a new build replaces it.
 */
export function precacheEntries(files: { fileName: string; source: string | Uint8Array }[]): PrecacheEntry[] {
  return files
    .filter(({ fileName }) => PRECACHED.test(fileName))
    .map(({ fileName, source }) => ({
      url: `/${fileName}`,
      revision: fileName.startsWith('assets/')
        ? null
        : createHash('sha256').update(source).digest('hex').slice(0, 16),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * Builds the service worker (src/sw/service-worker.ts) into the root of the output as sw.js, once the
 * quiz entry is written, with that build's own files as its precache list. The runtime Workbox
 * modules are bundled in; no workbox-build (it globs the whole dist, which the main app shares).
 */
export function offlineWorker({ conditions }: { conditions: string[] }): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'hoclieu-offline-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.values(bundle).map((output) => ({
        fileName: output.fileName,
        source: output.type === 'chunk' ? output.code : output.source,
      }));
      await build({
        configFile: false,
        root,
        publicDir: false,
        logLevel: 'warn',
        mode: 'production',
        resolve: { conditions },
        define: {
          __PRECACHE_MANIFEST__: JSON.stringify(precacheEntries(files)),
          // Workbox logs only outside production.
          'process.env.NODE_ENV': JSON.stringify('production'),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          rollupOptions: {
            input: resolve(root, 'src/sw/service-worker.ts'),
            // A classic script: module service workers are not everywhere yet.
            output: { format: 'iife', entryFileNames: 'sw.js' },
          },
        },
      });
      const worker = join(outDir, 'sw.js');
      writeFileSync(`${worker}.gz`, gzipSync(readFileSync(worker), { level: constants.Z_BEST_COMPRESSION }));
    },
  };
}
