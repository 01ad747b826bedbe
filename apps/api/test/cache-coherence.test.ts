import { makeUser } from '@hoclieu/db/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LISTENER_NAME } from '../src/cache/cache-bus-sql.js';
import { SAVES_PER_MINUTE } from '../src/modules/assessments/save-limit.js';
import { type AssessmentWorld, createAssessmentWorld, optionId, type View } from './assessment-world.js';
import {
  attemptLogin,
  createTestApp,
  PASSWORD,
  sessionOf,
  type TestApp,
  testPasswordHash,
} from './helpers.js';
import { post } from './question-fixtures.js';
import type { World } from './world.js';

/**
 * Two API processes on one database (two apps, each with its own caches and cache bus): what one
 * changes, the other honours at once. The apps' clocks stand still, so no cache entry ever ages out
 * here: only the cache bus can make the second app see a change.
 */
let a: TestApp;
let b: TestApp;
let w: World;
let world: AssessmentWorld;
beforeAll(async () => {
  world = await createAssessmentWorld();
  ({ t: a, w } = world);
  b = await createTestApp({ sameDatabaseAs: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

/** A signed-in browser whose requests can go to either process (as nginx would spread them). */
async function browserOf(username: string, password = PASSWORD) {
  const response = await attemptLogin(a.app, username, password);
  expect(response.statusCode, response.body).toBe(200);
  const { cookie, csrfToken } = sessionOf(response);
  return (app: FastifyInstance, options: InjectOptions) =>
    app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...options.headers } });
}
type Browser = Awaited<ReturnType<typeof browserOf>>;
/** A route that reads nothing of the account itself: only the session (cached) lets it through. */
const me = (browser: Browser, app: FastifyInstance) =>
  browser(app, { method: 'GET', url: '/api/assignments' });

/**
 * The notification arrives milliseconds after the commit: the other process refuses from then on.
 * The clocks stand still, so only the bus can bring the refusal; the bound is for a loaded CI machine.
 */
const refusedOn = (browser: Browser, app: FastifyInstance) =>
  vi.waitFor(async () => expect((await me(browser, app)).statusCode).toBe(401), { timeout: 10_000 });

async function newTeacher() {
  return makeUser(a.db, 'teacher', { schoolId: w.school.id, passwordHash: await testPasswordHash() });
}

/** A student of the world's class, signed in. */
async function newStudent() {
  const user = await makeUser(a.db, 'student', {
    schoolId: w.school.id,
    passwordHash: await testPasswordHash(),
  });
  await a.db.enrollment.create({ data: { studentId: user.id, classId: w.schoolClass.id } });
  return browserOf(user.username);
}

describe('sessions across processes', () => {
  it('ends a session logged out on one process on the other', async () => {
    const user = await newTeacher();
    const browser = await browserOf(user.username);
    expect((await me(browser, b.app)).statusCode).toBe(200);
    expect((await browser(a.app, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    await refusedOn(browser, b.app);
  });

  it('ends the other sessions of a password change on every process', async () => {
    const user = await newTeacher();
    const changing = await browserOf(user.username);
    const other = await browserOf(user.username);
    expect((await me(other, b.app)).statusCode).toBe(200);
    const changed = await changing(a.app, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: PASSWORD, newPassword: 'Matkhau456' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    await refusedOn(other, b.app);
    expect((await me(changing, b.app)).statusCode).toBe(200);
  });

  it('refuses an account an admin disabled on another process, and one disabled in the database', async () => {
    const user = await newTeacher();
    const browser = await browserOf(user.username);
    expect((await me(browser, b.app)).statusCode).toBe(200);
    const disabled = await w.schoolAdmin.client.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { disabled: true },
    });
    expect(disabled.statusCode, disabled.body).toBe(200);
    await refusedOn(browser, b.app);

    // An operator's SQL, through no route at all: the database's trigger tells every process.
    const another = await newTeacher();
    const hers = await browserOf(another.username);
    expect((await me(hers, b.app)).statusCode).toBe(200);
    await a.sql.query(`UPDATE "User" SET disabled = true WHERE id = $1`, [another.id]);
    await refusedOn(hers, b.app);
  });

  it('ignores a notification that is not one of its events', async () => {
    const user = await newTeacher();
    const browser = await browserOf(user.username);
    expect((await me(browser, b.app)).statusCode).toBe(200);
    await a.sql.query(
      `SELECT pg_notify('hoclieu_cache', 'not json'), pg_notify('hoclieu_cache', '{"topic":"unknown"}')`,
    );
    await browser(a.app, { method: 'POST', url: '/api/auth/logout' });
    await refusedOn(browser, b.app);
  });

  it('clears every cached session once a lost bus connection listens again', async () => {
    const user = await newTeacher();
    const browser = await browserOf(user.username);
    expect((await me(browser, b.app)).statusCode).toBe(200);
    // Ended without a notification (triggers off for this transaction), as if it had been missed.
    const client = await a.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(`DELETE FROM "Session" WHERE "userId" = $1`, [user.id]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect((await me(browser, b.app)).statusCode).toBe(200);
    await a.sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
      [LISTENER_NAME],
    );
    await refusedOn(browser, b.app);
    // Both buses listen again: a logout is heard once more.
    const again = await browserOf((await newTeacher()).username);
    expect((await me(again, b.app)).statusCode).toBe(200);
    await vi.waitFor(
      async () => {
        await Promise.all([a.cacheBus.listening(), b.cacheBus.listening()]);
      },
      { timeout: 10_000 },
    );
    await again(a.app, { method: 'POST', url: '/api/auth/logout' });
    await refusedOn(again, b.app);
  });
});

/**
 * A new student's attempt at a fresh exam, started on `app`, with a save of the single-choice
 * question's option showing `html` to send to either process.
 */
async function attemptOn(app: FastifyInstance, seed: string) {
  const exam = await world.examWithVersion(seed);
  const { id } = await world.assign(exam.id);
  const student = await newStudent();
  const view = (
    await student(app, { method: 'POST', url: `/api/assignments/${id}/attempts` })
  ).json() as View;
  const choice = view.questions.find((q) => q.type === 'single_choice')?.key as string;
  const save = (on: FastifyInstance, seq: number, html: string) =>
    student(on, {
      method: 'PUT',
      url: `/api/attempts/${view.id}/answers`,
      payload: { seq, answers: [{ key: choice, answer: { choice: optionId(view, choice, html) } }] },
    });
  return { exam, student, view, choice, save };
}

describe('exams across processes', () => {
  it('has the other process enforce a changed closing time at once', async () => {
    const exam = await world.examWithVersion('closes');
    const { id } = await world.assign(exam.id);
    const student = await newStudent();
    const mate = await newStudent();
    const start = (browser: Browser) =>
      browser(b.app, { method: 'POST', url: `/api/assignments/${id}/attempts` });
    expect((await start(student)).statusCode).toBe(200);
    // Heard by the second process after its cache dropped the entry (handlers run in order). Asking
    // before that would start the mate's attempt, and a started attempt resumes whatever the window.
    const heard = new Promise<void>((resolve) =>
      b.cacheBus.on('assignment', (event) => event.id === id && resolve()),
    );
    // The teacher closes it now (committed on the other process's side of the database).
    await a.db.assignment.update({
      where: { id },
      data: { closesAt: new Date(a.clock.now.getTime() - 1000) },
    });
    await heard;
    expect((await start(mate)).json().error?.code).toBe('ASSIGNMENT_NOT_OPEN');
  });

  it('grades on one process with the key corrected on the other', async () => {
    const { exam, student, view, choice, save } = await attemptOn(b.app, 'key');
    // "8" is the paper's B: wrong by the key as written.
    const saved = await save(b.app, 1, '8');
    expect(saved.statusCode, saved.body).toBe(200);
    const fixed = await post(w.teacher.client, `/api/exams/${exam.id}/items/${choice}/key`, {
      options: ['B'],
      reason: 'Nhập nhầm đáp án',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const submitted = await student(b.app, { method: 'POST', url: `/api/attempts/${view.id}/submit` });
    expect(submitted.statusCode, submitted.body).toBe(200);
    // Only the corrected key makes that answer right: the other answers were left blank.
    expect(submitted.json().score).toBeGreaterThan(0);
    const result = await student(b.app, { method: 'GET', url: `/api/attempts/${view.id}/result` });
    expect(result.json().score).toBe(submitted.json().score);
  });

  it('counts an attempt’s saves once for all processes', async () => {
    const { view, save } = await attemptOn(a.app, 'limit');
    expect((await save(a.app, 1, '4')).statusCode).toBe(200);
    // More saves in this minute, on whichever process: one is left.
    await a.db.attempt.update({ where: { id: view.id }, data: { saveCount: SAVES_PER_MINUTE - 1 } });
    expect((await save(a.app, 2, '4')).statusCode).toBe(200);
    const refused = await save(b.app, 3, '4');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    // A minute on, the attempt saves again; what was refused was never stored.
    a.clock.now = new Date(a.clock.now.getTime() + 61_000);
    b.clock.now = a.clock.now;
    try {
      expect((await save(b.app, 4, '4')).json().seq).toBe(4);
    } finally {
      a.clock.now = new Date();
      b.clock.now = a.clock.now;
    }
  });
});

describe('sign-in limits across processes', () => {
  let c: TestApp;
  let d: TestApp;
  beforeAll(async () => {
    c = await createTestApp({ loginRateLimitPerMinute: 3 });
    d = await createTestApp({ sameDatabaseAs: c, loginRateLimitPerMinute: 3 });
  });
  afterAll(async () => {
    await d?.close();
    await c?.close();
  });

  it('counts sign-ins of one account and address once for all processes', async () => {
    const login = (app: TestApp) => attemptLogin(app.app, 'ai-do', 'x');
    expect((await login(c)).statusCode).toBe(401);
    expect((await login(d)).statusCode).toBe(401);
    expect((await login(c)).statusCode).toBe(401);
    const limited = await login(d);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
  });
});
