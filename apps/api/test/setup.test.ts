import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed } from '@hoclieu/db/seed';
import { createTestDatabase } from '@hoclieu/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminAccount } from '../src/commands/admin.js';
import { createPasswordHasher } from '../src/modules/auth/passwords.js';
import { setupToken } from '../src/modules/setup/token.js';
import { startupLine } from '../src/startup.js';
import { createTestApp, type TestApp } from './helpers.js';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const TOKEN = setupToken(SECRET);
const admin = { username: 'qt.so', fullName: 'Nguyễn Văn Quản', password: 'Sogddt2026' };

describe('first start without demo data: the one-time setup page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // The reference data a first start loads, without the demo: nobody can sign in yet.
    await seed(t.db, { demo: false, demoPasswordHash: () => Promise.reject(new Error('no demo')) });
  });
  afterAll(() => t.close());

  const post = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/setup', payload, headers });

  it('starts with reference data, no account at all, and setup pending', async () => {
    expect(await t.db.user.count()).toBe(0);
    expect(await t.db.subject.count()).toBeGreaterThan(0);
    const status = await t.app.inject({ method: 'GET', url: '/api/setup' });
    expect(status.json()).toEqual({ pending: true, demo: false });
    const line = startupLine({
      url: 'http://localhost:3000',
      demo: null,
      setupPending: true,
      sessionSecret: SECRET,
    });
    expect(line).toBe(
      `Chưa có quản trị hệ thống. Mở http://localhost:3000/cai-dat?token=${TOKEN} / No system administrator yet: open http://localhost:3000/cai-dat?token=${TOKEN}`,
    );
  });

  it('refuses a wrong, truncated or padded token', async () => {
    for (const token of ['nope', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase()]) {
      const response = await post({ ...admin, token });
      expect(response.statusCode, token).toBe(403);
      expect(response.json().error.code).toBe('SETUP_TOKEN_INVALID');
    }
    expect(await t.db.user.count()).toBe(0);
  });

  it('refuses a weak password and a request from another site', async () => {
    const weak = await post({ ...admin, token: TOKEN, password: 'abcdefgh' });
    expect(weak.json().error.code).toBe('PASSWORD_TOO_WEAK');
    const crossSite = await post({ ...admin, token: TOKEN }, { origin: 'https://evil.example' });
    expect(crossSite.json().error.code).toBe('CSRF_INVALID');
    expect(await t.db.user.count()).toBe(0);
  });

  it('creates the first system admin with the right token, signs them in, audits it', async () => {
    const [first, second] = await Promise.all([
      post({ ...admin, token: TOKEN }),
      post({ ...admin, username: 'qt.khac', token: TOKEN }),
    ]);
    // Two at once: exactly one admin, the other request is told setup is done.
    const codes = [first, second].map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const created = first.statusCode === 200 ? first : second;
    expect(created.json().user).toMatchObject({ role: 'system_admin', fullName: admin.fullName });
    const cookie = created.cookies.find((c) => c.name === 'hoclieu_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `hoclieu_session=${cookie?.value}` },
    });
    expect(me.json().user.role).toBe('system_admin');
    expect(await t.db.user.count({ where: { role: 'system_admin' } })).toBe(1);
    const audit = await t.db.auditEntry.findMany({ where: { action: 'setup.first_admin' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ role: 'system_admin', source: 'setup_page' });
  });

  it('is closed afterwards: the token opens nothing, whatever is sent', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      pending: false,
      demo: false,
    });
    for (const token of [TOKEN, 'nope']) {
      const again = await post({ ...admin, username: 'qt.thu2', token });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('SETUP_DONE');
    }
    expect(await t.db.user.count()).toBe(1);
  });

  it('is rate limited per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++)
      codes.push((await post({ ...admin, token: 'x' }, { 'x-forwarded-for': '203.0.113.9' })).statusCode);
    expect(codes).toContain(429);
  });
});

describe('pnpm cli admin', () => {
  const passwords = createPasswordHasher();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir: string;
  beforeAll(async () => {
    database = await createTestDatabase(inject('templateDatabaseUrl'));
    dataDir = mkdtempSync(join(tmpdir(), 'hoclieu-cli-admin-'));
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a weak password and a taken username', async () => {
    const deps = { db: database.db, passwords };
    await expect(
      createAdminAccount(deps, {
        username: 'qt.yeu',
        fullName: 'Quản trị',
        password: 'short1',
        generated: false,
      }),
    ).rejects.toMatchObject({ code: 'PASSWORD_TOO_WEAK' });
    await createAdminAccount(deps, {
      username: 'qt.mot',
      fullName: 'Quản trị Một',
      password: 'Matkhau2026',
      generated: false,
    });
    await expect(
      createAdminAccount(deps, {
        username: 'QT.MOT',
        fullName: 'Trùng',
        password: 'Matkhau2026',
        generated: false,
      }),
    ).rejects.toMatchObject({ code: 'USERNAME_TAKEN' });
    await database.db.user.deleteMany();
    await database.db.auditEntry.deleteMany();
  });

  const cli = (args: string[], input?: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        'pnpm',
        ['--silent', 'run', 'cli', 'admin', ...args],
        {
          cwd: join(import.meta.dirname, '..'),
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            SESSION_SECRET: SECRET,
            DATA_DIR: dataDir,
            NODE_ENV: 'test',
          },
        },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(input ?? '');
    });

  it('creates a system admin on an empty database from --password-stdin, and refuses a weak one', async () => {
    const weak = await cli(
      ['create', '--username', 'qt.cli', '--name', 'Quản trị CLI', '--password-stdin'],
      '12345678\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('PASSWORD_TOO_WEAK');
    expect(await database.db.user.count()).toBe(0);

    const made = await cli(
      ['create', '--username', 'qt.cli', '--name', 'Quản trị CLI', '--password-stdin'],
      'Sogddt2026\n',
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const user = await database.db.user.findUniqueOrThrow({ where: { username: 'qt.cli' } });
    expect(user).toMatchObject({ role: 'system_admin', mustChangePassword: false, schoolId: null });
    expect(await passwords.verify(user.passwordHash, 'Sogddt2026')).toBe(true);
  }, 60_000);

  it('generates a password printed once when none is given, to be changed at first sign-in; resets one', async () => {
    const made = await cli(['create', '--username', 'qt.sinh', '--name', 'Quản trị Sinh']);
    expect(made.code).toBe(0);
    const printed = /: (\S+)\n$/.exec(made.stdout)?.[1] ?? '';
    const user = await database.db.user.findUniqueOrThrow({ where: { username: 'qt.sinh' } });
    expect(user.mustChangePassword).toBe(true);
    expect(await passwords.verify(user.passwordHash, printed)).toBe(true);

    const reset = await cli(['reset-password', 'qt.sinh', '--password-stdin'], 'Matkhaumoi2026\n');
    expect(reset.code).toBe(0);
    const after = await database.db.user.findUniqueOrThrow({ where: { username: 'qt.sinh' } });
    expect(await passwords.verify(after.passwordHash, 'Matkhaumoi2026')).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect(
      await database.db.auditEntry.count({ where: { action: 'user.password_reset', resourceId: user.id } }),
    ).toBe(1);
  }, 60_000);

  it('has no default password: the server source only knows the demo password, for demo data', () => {
    const server = readFileSync(join(import.meta.dirname, '../src/server.ts'), 'utf8');
    expect(server).toMatch(/config\.seedDemo \? \{ username: 'admin', password: DEMO_PASSWORD \} : null/);
    expect(server).not.toMatch(/password:\s*'[^']+'/);
  });
});
