import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../test/helpers.js';

/** The files of a built web app, enough for its routes to be registered (index.html and the quiz entry). */
export const WEB_FILES = ['index.html', 'quiz.html'];

/**
 * The test app with a (tiny) built web app, so the route table holds every route production serves:
 * the web app's catch-all and static files included. Logins are not rate limited here: the matrix
 * signs in every caller many times.
 */
export async function createMatrixApp(): Promise<TestApp> {
  const webDist = mkdtempSync(join(tmpdir(), 'hoclieu-authz-web-'));
  for (const file of WEB_FILES) writeFileSync(join(webDist, file), `<!doctype html><title>${file}</title>`);
  const app = await createTestApp({ webDist, loginRateLimitPerMinute: 100_000 });
  return {
    ...app,
    async close() {
      await app.close();
      rmSync(webDist, { recursive: true, force: true });
    },
  };
}
