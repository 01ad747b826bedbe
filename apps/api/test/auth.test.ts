import { makeUser } from '@hoclieu/db/testing';
import { describe, expect, it } from 'vitest';
import { fileApp } from './file-app.js';
import { attemptLogin, createTestApp, PASSWORD, signIn, testPasswordHash } from './helpers.js';

const t = await fileApp();

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  attemptLogin(t.app, username, password, { headers });

async function newUser(overrides: { mustChangePassword?: boolean } = {}) {
  return makeUser(t.db, 'teacher', { passwordHash: await testPasswordHash(), ...overrides });
}

describe('login', () => {
  it('sets an httpOnly SameSite session cookie and returns the user with a CSRF token', async () => {
    const user = await newUser();
    const response = await login(user.username.toUpperCase(), PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'hoclieu_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, role: 'teacher' });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(body.user).not.toHaveProperty('passwordHash');
  });

  it('answers a wrong password with a stable code, a Vietnamese message and a request id', async () => {
    const user = await newUser();
    const response = await login(user.username, 'sai-mat-khau');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
      requestId: expect.any(String),
    });
    expect(response.headers['x-request-id']).toBe(response.json().requestId);
  });

  it('gives an unknown user the same answer as a wrong password', async () => {
    const response = await login('khong-ton-tai', PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('slows a guessed account down instead of locking it (429 with Retry-After, no lockout)', async () => {
    const user = await newUser();
    for (let i = 0; i < 5; i++)
      expect((await login(user.username, 'sai')).json().error.code).toBe('INVALID_CREDENTIALS');
    const held = await login(user.username, PASSWORD);
    expect(held.statusCode).toBe(429);
    expect(held.json().error.code).toBe('LOGIN_THROTTLED');
    expect(held.headers['retry-after']).toBe('1');
    t.clock.now = new Date(t.clock.now.getTime() + 1000);
    expect((await login(user.username, PASSWORD)).statusCode).toBe(200);
    t.clock.now = new Date();
  });

  it('rejects a malformed body with VALIDATION_FAILED and the fields at fault', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['body.username', 'body.password']),
    );
  });
});

describe('rate limit', () => {
  it('limits login attempts per address and account', async () => {
    const limited = await createTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'x', password: 'y' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('session', () => {
  it('requires a session for protected routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a state-changing request without the CSRF token or from another origin', async () => {
    const user = await newUser();
    const client = await signIn(t.app, user.username);
    const noToken = await client.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_INVALID');
    const crossSite = await client.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.json().error.code).toBe('CSRF_INVALID');
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('ends the session on logout', async () => {
    const user = await newUser();
    const client = await signIn(t.app, user.username);
    expect((await client.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('expires an idle session after 12 hours', async () => {
    const user = await newUser();
    const client = await signIn(t.app, user.username);
    t.clock.now = new Date(Date.now() + 13 * 60 * 60 * 1000);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    t.clock.now = new Date();
  });
});

describe('password change', () => {
  it('forces imported accounts to change the password before anything else', async () => {
    const user = await newUser({ mustChangePassword: true });
    const client = await signIn(t.app, user.username);
    const blocked = await client.request({ method: 'GET', url: '/api/curriculum/periods?grade=6' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (await client.request({ method: 'GET', url: '/api/auth/me' })).json().user.mustChangePassword,
    ).toBe(true);

    const weak = await client.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword: 'abc' },
    });
    expect(weak.json().error.code).toBe('PASSWORD_TOO_WEAK');
    const changed = await client.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword: 'MatKhauMoi2026' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    expect((await client.request({ method: 'GET', url: '/api/curriculum/periods?grade=6' })).statusCode).toBe(
      200,
    );
  });

  it('checks the current password and signs out other sessions', async () => {
    const user = await newUser();
    const phone = await signIn(t.app, user.username);
    const laptop = await signIn(t.app, user.username);
    const wrong = await laptop.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: 'sai', newPassword: 'MatKhauMoi2026' },
    });
    expect(wrong.json().error.code).toBe('CURRENT_PASSWORD_WRONG');
    await laptop.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword: 'MatKhauMoi2026' },
    });
    expect((await phone.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await laptop.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await login(user.username, 'MatKhauMoi2026')).statusCode).toBe(200);
  });
});
