import { createTestApp, type TestApp } from '../../test/helpers.js';
import { fakeWebBuild } from '../web-build.js';

/**
 * The test app serving a (tiny) built web app, so the route table holds every route production
 * serves. Logins are not rate limited here: the matrix signs in every caller many times.
 */
export async function createMatrixApp(): Promise<TestApp> {
  const web = fakeWebBuild();
  const app = await createTestApp({ webDist: web.dir, loginRateLimitPerMinute: 100_000 });
  return {
    ...app,
    async close() {
      await app.close();
      web.remove();
    },
  };
}
