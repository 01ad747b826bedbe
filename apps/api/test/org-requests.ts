// Requests and checks shared by the organisation management suites (org-management, org-deactivation).
import { expect } from 'vitest';
import { auditTrail, type Client, PASSWORD, signIn, type TestApp } from './helpers.js';

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

/** An account `creator` makes through the API, signed in for the first time (its password set). */
export async function newSignedInAccount(
  t: TestApp,
  creator: Client,
  account: { role: string; username: string; fullName: string } & Record<string, string>,
): Promise<Client> {
  const created = await post(creator, '/api/users', account);
  expect(created.statusCode, created.body).toBe(200);
  return firstSignIn(t, account.username, created.json().temporaryPassword);
}

export const auditActions = async (t: TestApp, resourceId: string) =>
  (await auditTrail(t, resourceId)).map((e) => e.action);
