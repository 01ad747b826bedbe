import { makeUser } from '@hoclieu/db/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileAssessmentWorld, type View } from '../test/assessment-world.js';
import {
  attemptLogin,
  type Client,
  createTestApp,
  PASSWORD,
  sessionOf,
  signIn,
  testPasswordHash,
} from '../test/helpers.js';
import { post } from '../test/question-fixtures.js';
import { fakeWebBuild } from './web-build.js';

/**
 * Web security of the real app: CSRF, cookie flags, security headers (API and HTML), rate limits on
 * login and on answer saves, password rules, and the audit trail of sensitive changes.
 */
const aw = await fileAssessmentWorld();
const { t, w } = aw;

const errorCode = (response: LightMyRequestResponse) => response.json().error?.code as string | undefined;

/** Signs in by hand, keeping the raw cookie and CSRF token so a test can leave either out. */
async function rawSession(app: FastifyInstance, username: string) {
  const response = await attemptLogin(app, username);
  expect(response.statusCode, response.body).toBe(200);
  return sessionOf(response);
}

describe('CSRF', () => {
  let session: { cookie: string; csrfToken: string };
  let username: string;
  beforeAll(async () => {
    const user = await makeUser(t.db, 'teacher', { passwordHash: await testPasswordHash() });
    username = user.username;
    session = await rawSession(t.app, username);
  });

  // Logging out is state-changing and harmless to repeat; the session must survive every refusal.
  const logout = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, ...headers },
    });
  const stillSignedIn = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } }))
      .statusCode;

  it('refuses a state-changing request without the token', async () => {
    const response = await logout({});
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toEqual({
      code: 'CSRF_INVALID',
      message: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    });
    expect(await stillSignedIn()).toBe(200);
  });

  it('refuses a wrong token, of the same length or not', async () => {
    const flipped = session.csrfToken.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    for (const token of [flipped, 'x', `${session.csrfToken}x`]) {
      const response = await logout({ 'x-csrf-token': token });
      expect(response.statusCode, token).toBe(403);
      expect(errorCode(response)).toBe('CSRF_INVALID');
    }
    expect(await stillSignedIn()).toBe(200);
  });

  it('refuses the right token sent from another site (Origin), and a forged sign-in', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example']) {
      const response = await logout({ 'x-csrf-token': session.csrfToken, origin });
      expect(response.statusCode, origin).toBe(403);
      expect(errorCode(response)).toBe('CSRF_INVALID');
    }
    const login = await attemptLogin(t.app, username, PASSWORD, {
      headers: { origin: 'https://evil.example' },
    });
    expect(login.statusCode).toBe(403);
    expect(login.cookies).toEqual([]);
    expect(await stillSignedIn()).toBe(200);
  });

  // Behind a trusted proxy (TRUST_PROXY), the forwarded host counts: test/trust-proxy.test.ts.
  it('accepts the right token from our own origin', async () => {
    const response = await logout({ 'x-csrf-token': session.csrfToken, origin: 'http://localhost:80' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await stillSignedIn()).toBe(401);
  });
});

/**
 * The test app with what production sets: Secure cookies (behind TLS), a built web app to serve, and
 * a login limit low enough to reach.
 */
async function configuredApp(config: { cookieSecure: boolean; loginRateLimitPerMinute: number }) {
  const web = fakeWebBuild();
  const app = await createTestApp({ ...config, webDist: web.dir });
  return {
    ...app,
    async close() {
      await app.close();
      web.remove();
    },
  };
}

describe('session cookie, headers and login limits (production settings)', () => {
  let prod: Awaited<ReturnType<typeof configuredApp>>;
  const LOGIN_LIMIT = 4;
  beforeAll(async () => {
    prod = await configuredApp({ cookieSecure: true, loginRateLimitPerMinute: LOGIN_LIMIT });
  });
  afterAll(() => prod.close());

  const login = (username: string, password: string, ip = '203.0.113.7') =>
    attemptLogin(prod.app, username, password, { remoteAddress: ip });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and Secure, and clears it on logout', async () => {
    const user = await makeUser(prod.db, 'teacher', { passwordHash: await testPasswordHash() });
    const response = await login(user.username, PASSWORD);
    expect(response.statusCode).toBe(200);
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/^hoclieu_session=[\w.%-]{20,};/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Path=\/(;|$)/);
    expect(header).not.toMatch(/Domain=/);
    // The token is not in the body: scripts cannot read the session, only the CSRF token.
    const token = response.cookies[0]?.value ?? '';
    expect(response.body).not.toContain(token);
  });

  it('sends the security headers on an API response', async () => {
    const response = await prod.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/script-src-attr 'none'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
    // An error body too: a 404 must not become a page a browser runs scripts in.
    const missing = await prod.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(missing.headers['content-security-policy']).toBe(response.headers['content-security-policy']);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
  });

  it('sends them on the HTML pages (the app and the quiz page), with no inline script allowed', async () => {
    for (const url of ['/', '/ngan-hang-cau-hoi', '/lam-bai/123']) {
      const response = await prod.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '));
      expect(scriptSrc?.trim()).toBe("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    }
  });

  it('limits sign-ins per address and account with 429 and a Vietnamese message', async () => {
    const user = await makeUser(prod.db, 'student', { passwordHash: await testPasswordHash() });
    for (let i = 0; i < LOGIN_LIMIT; i++) expect((await login(user.username, PASSWORD)).statusCode).toBe(200);
    const limited = await login(user.username, PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toEqual({
      code: 'RATE_LIMITED',
      message: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // A classmate behind the same school address is not held back by it, nor is the same account
    // from another address.
    const classmate = await makeUser(prod.db, 'student', { passwordHash: await testPasswordHash() });
    expect((await login(classmate.username, PASSWORD)).statusCode).toBe(200);
    expect((await login(user.username, PASSWORD, '198.51.100.9')).statusCode).toBe(200);
  });
  // No lockout any more: failed sign-ins are throttled (security/accounts-and-requests.test.ts).
});

describe('password rules', () => {
  const change = (client: Awaited<ReturnType<typeof signIn>>, newPassword: string) =>
    client.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword },
    });

  it('refuses weak passwords with a stable code, listing every reason', async () => {
    const user = await makeUser(t.db, 'teacher', { passwordHash: await testPasswordHash() });
    const client = await signIn(t.app, user.username);
    const cases: [string, string[]][] = [
      ['abc', ['newPassword.too_short', 'newPassword.no_digit']],
      ['12345678', ['newPassword.no_letter']],
      ['matkhaumoi', ['newPassword.no_digit']],
      ['-_-!', ['newPassword.too_short', 'newPassword.no_letter', 'newPassword.no_digit']],
    ];
    for (const [password, reasons] of cases) {
      const response = await change(client, password);
      expect(response.statusCode, password).toBe(422);
      expect(errorCode(response)).toBe('PASSWORD_TOO_WEAK');
      const issues = response.json().error.issues as { path: string; message: string }[];
      expect(issues.map((i) => i.path)).toEqual(reasons);
      for (const issue of issues) expect(issue.message).toMatch(/^Mật khẩu cần/);
    }
    // The old password still works: nothing was changed.
    await expect(signIn(t.app, user.username)).resolves.toBeTruthy();
    expect((await change(client, 'Hoc lieu moi 2026')).statusCode).toBe(200);
  });

  it('applies them after an admin reset too: the temporary password must be replaced by a strong one', async () => {
    const user = await makeUser(t.db, 'teacher', {
      passwordHash: await testPasswordHash(),
      schoolId: w.school.id,
    });
    const reset = await post(w.schoolAdmin.client, `/api/users/${user.id}/reset-password`);
    expect(reset.statusCode, reset.body).toBe(200);
    const temporary = reset.json().temporaryPassword as string;
    const client = await signIn(t.app, user.username, temporary);
    const weak = await client.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: temporary, newPassword: 'password' },
    });
    expect(errorCode(weak)).toBe('PASSWORD_TOO_WEAK');
    // Still forced to change: the rest of the API stays closed.
    expect(errorCode(await client.request({ method: 'GET', url: '/api/exams' }))).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    const strong = await client.request({
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: temporary, newPassword: 'Giaovien2026' },
    });
    expect(strong.statusCode, strong.body).toBe(200);
  });
});

describe('answer saves: limited per attempt, not per address', () => {
  const SAVE_LIMIT = 300;
  let view: View;
  let classmateView: View;
  beforeAll(async () => {
    const exam = await aw.examWithVersion('rate');
    const assignment = await aw.assign(exam.id);
    view = (await post(w.student.client, `/api/assignments/${assignment.id}/attempts`)).json();
    classmateView = (await post(aw.classmate.client, `/api/assignments/${assignment.id}/attempts`)).json();
  });

  const shortKey = (attempt: View) => attempt.questions.find((q) => q.type === 'short_answer')?.key ?? '';
  const save = (client: Client, attempt: View, seq: number) =>
    client.request({
      method: 'PUT',
      url: `/api/attempts/${attempt.id}/answers`,
      payload: { seq, answers: [{ key: shortKey(attempt), answer: { text: String(seq) } }] },
      // The whole class behind the school's one address.
      remoteAddress: '203.0.113.50',
    });

  it(`answers 429 RATE_LIMITED in Vietnamese after ${SAVE_LIMIT} saves a minute on one attempt`, async () => {
    // Sequential like the real client (one save in flight per attempt).
    for (let seq = 1; seq <= SAVE_LIMIT; seq++) {
      const response = await save(w.student.client, view, seq);
      if (response.statusCode !== 200)
        throw new Error(`save ${seq}: ${response.statusCode} ${response.body}`);
    }
    const limited = await save(w.student.client, view, SAVE_LIMIT + 1);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toEqual({
      code: 'RATE_LIMITED',
      message: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The refused save changed nothing: the server still holds the last accepted one.
    const answer = await t.db.attemptAnswer.findUniqueOrThrow({
      where: { attemptId_key: { attemptId: view.id, key: shortKey(view) } },
    });
    expect(answer.seq).toBe(SAVE_LIMIT);
  });

  it('does not hold back a classmate on the same address', async () => {
    const response = await save(aw.classmate.client, classmateView, 1);
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('audit trail of sensitive changes', () => {
  it('records approvals and grade changes, readable by the school admin but not a teacher', async () => {
    // The world's questions were approved by the school admin.
    const approvals = await t.db.auditEntry.findMany({ where: { action: 'question.approved' } });
    expect(approvals.length).toBe(4);
    expect(approvals.every((a) => a.actorId === w.schoolAdmin.user.id && a.schoolId === w.school.id)).toBe(
      true,
    );

    const read = await w.schoolAdmin.client.request({
      method: 'GET',
      url: '/api/audit?action=question.approved',
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().total).toBe(4);
    expect(read.json().items[0]).toMatchObject({
      action: 'question.approved',
      resourceType: 'question',
      actor: { id: w.schoolAdmin.user.id, role: 'school_admin' },
      unit: { kind: 'school', id: w.school.id, name: w.school.name },
    });
    for (const reader of [w.teacher, w.student]) {
      const refused = await reader.client.request({ method: 'GET', url: '/api/audit' });
      expect(refused.statusCode).toBe(403);
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
  });
});
