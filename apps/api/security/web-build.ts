import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The files of a built web app that the API serves by name: the app and the light quiz entry. */
export const WEB_FILES = ['index.html', 'quiz.html'];

/**
 * A tiny stand-in for `apps/web/dist`, so an app built on it registers and serves every route
 * production does (the web app's catch-all and static files included).
 */
export function fakeWebBuild(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hoclieu-web-'));
  for (const file of WEB_FILES) {
    writeFileSync(join(dir, file), `<!doctype html><title>${file}</title><div id="root"></div>`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }) };
}
