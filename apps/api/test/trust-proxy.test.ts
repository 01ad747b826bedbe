import { makeUser } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptLogin, createTestApp, PASSWORD, type TestApp, testPasswordHash } from './helpers.js';

/**
 * TRUST_PROXY=loopback (what the Debian recipe sets for its nginx on the same machine): forwarded
 * headers count from the proxy only. A client that reaches the API port directly can neither dodge
 * the per-address login limit with a made-up X-Forwarded-For nor pass the CSRF origin check with a
 * made-up X-Forwarded-Host. The default, no proxy at all: security/accounts-and-requests.test.ts.
 */
const PROXY = '127.0.0.1';
const OUTSIDER = '203.0.113.7';

let t: TestApp;
let username: string;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: ['loopback'], loginRateLimitPerMinute: 2 });
  username = (await makeUser(t.db, 'teacher', { passwordHash: await testPasswordHash() })).username;
});
afterAll(() => t.close());

const wrongLogin = (remoteAddress: string, forwardedFor: string, who = username) =>
  attemptLogin(t.app, who, 'sai-mat-khau', { remoteAddress, headers: { 'x-forwarded-for': forwardedFor } });

describe('TRUST_PROXY=loopback', () => {
  it('limits a direct client by its own address, whatever X-Forwarded-For it sends', async () => {
    const codes = [];
    for (const forged of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      codes.push((await wrongLogin(OUTSIDER, forged)).statusCode);
    expect(codes).toEqual([401, 401, 429]);
  });

  it('limits clients behind the proxy by the address the proxy forwards', async () => {
    const other = (await makeUser(t.db, 'teacher', { passwordHash: await testPasswordHash() })).username;
    const distinct = [];
    for (const client of ['198.51.100.11', '198.51.100.12', '198.51.100.13'])
      distinct.push((await wrongLogin(PROXY, client, other)).statusCode);
    expect(distinct).toEqual([401, 401, 401]);
    // Another account: the account's own sign-in delay (after several failures) is not what is tested here.
    const third = (await makeUser(t.db, 'teacher', { passwordHash: await testPasswordHash() })).username;
    const same = [];
    for (let i = 0; i < 3; i++) same.push((await wrongLogin(PROXY, '198.51.100.20', third)).statusCode);
    expect(same).toEqual([401, 401, 429]);
  });

  it('believes the forwarded host (CSRF origin check) from the proxy only', async () => {
    const login = await attemptLogin(t.app, username, PASSWORD, {
      remoteAddress: PROXY,
      headers: { 'x-forwarded-for': '198.51.100.30' },
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = `hoclieu_session=${login.cookies.find((c) => c.name === 'hoclieu_session')?.value}`;
    const logout = (remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        remoteAddress,
        headers: {
          cookie,
          'x-csrf-token': login.json().csrfToken,
          origin: 'https://hoclieu.edu.vn',
          'x-forwarded-host': 'hoclieu.edu.vn',
          'x-forwarded-proto': 'https',
        },
      });
    const direct = await logout(OUTSIDER);
    expect(direct.statusCode).toBe(403);
    expect(direct.json().error.code).toBe('CSRF_INVALID');
    expect((await logout(PROXY)).statusCode).toBe(200);
  });
});
