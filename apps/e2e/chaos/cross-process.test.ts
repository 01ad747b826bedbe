import { DEMO_PASSWORD } from '@hoclieu/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChaosApi, chaosProcesses, createChaosApi } from './api-process.js';
import { type ChaosPostgres, startChaosPostgres } from './postgres.js';

/**
 * What one process does is seen at once by the other, on two real processes of the built API
 * (each reached on its own port, past nginx): a session ended on one is refused by the other.
 */
describe.skipIf(chaosProcesses() < 2)('two API processes on one database', () => {
  let postgres: ChaosPostgres;
  let api: ChaosApi;
  let first: string;
  let second: string;

  beforeAll(async () => {
    postgres = await startChaosPostgres();
    api = await createChaosApi(postgres.url, 2);
    await api.start();
    [first = '', second = ''] = api.processUrls;
  });

  afterAll(async () => {
    await api?.stop();
    await postgres?.stop();
  });

  async function signIn(url: string, username: string) {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('hoclieu_session='));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie: cookie ?? '', csrfToken };
  }

  const me = (url: string, cookie: string) =>
    fetch(`${url}/api/auth/me`, { headers: { cookie } }).then((r) => r.status);

  it('refuses on the second process, at once, a session ended on the first', async () => {
    const session = await signIn(first, 'giaovien');
    // Known to both (the second caches it now).
    expect(await me(first, session.cookie)).toBe(200);
    expect(await me(second, session.cookie)).toBe(200);
    const logout = await fetch(`${first}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(logout.status).toBe(200);
    // The notification follows the commit by milliseconds (a request sent at once can still beat it):
    // refused within 2 s, well inside the 5 s the second process would otherwise keep the session.
    await expect.poll(() => me(second, session.cookie), { timeout: 2000, interval: 50 }).toBe(401);
  });

  it('serves the same session through nginx whichever process answers', async () => {
    const session = await signIn(api.url, 'giaovien');
    const statuses = await Promise.all(Array.from({ length: 8 }, () => me(api.url, session.cookie)));
    expect(statuses).toEqual(statuses.map(() => 200));
  });
});
