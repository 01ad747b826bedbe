// Requests and checks shared by the organisation management suites (org-management, org-deactivation).
import { expect } from 'vitest';
import { type Client, PASSWORD, signIn, type TestApp } from './helpers.js';

let serial = 0;
/** A number for unique unit codes and usernames within a test file. */
export const next = () => ++serial;
export const post = (client: Client, url: string, payload: object) =>
  client.request({ method: 'POST', url, payload });
export const patch = (client: Client, url: string, payload: object) =>
  client.request({ method: 'PATCH', url, payload });
export const codeOf = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

/** Past the session cache: a change to an account or its unit shows on the next request. */
export const pastSessionCache = (t: TestApp) => {
  t.clock.now = new Date(t.clock.now.getTime() + 6_000);
};

/** Signs in with a one-time password and sets a permanent one, as a new user does. */
export async function firstSignIn(t: TestApp, username: string, temporary: string): Promise<Client> {
  const client = await signIn(t.app, username, temporary);
  const changed = await post(client, '/api/auth/change-password', {
    currentPassword: temporary,
    newPassword: PASSWORD,
  });
  expect(changed.statusCode).toBe(200);
  return client;
}

export const auditActions = async (t: TestApp, resourceId: string) =>
  (await t.db.auditEntry.findMany({ where: { resourceId }, orderBy: { createdAt: 'asc' } })).map(
    (e) => e.action,
  );
