import type { APIRequestContext } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO_PASSWORD } from './journey.js';

const baseUrl = inject('baseUrl');

/** Signs in through the API (the context keeps the cookie) and returns the CSRF header. */
export async function apiSignIn(request: APIRequestContext, username: string) {
  const login = await request.post(`${baseUrl}/api/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  return { 'x-csrf-token': (await login.json()).csrfToken as string };
}

/** One API call that must succeed, for setting up what a journey starts from. */
export async function call(
  request: APIRequestContext,
  method: string,
  path: string,
  headers: object,
  data?: unknown,
) {
  const response = await request.fetch(`${baseUrl}${path}`, { method, headers: { ...headers }, data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(200);
  return response.json();
}
