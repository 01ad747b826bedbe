import type { AttemptResult } from '@hoclieu/contracts';
import { createSql, type Sql } from '@hoclieu/db/sql';
import { bySize, SUITE_SIZE } from '@hoclieu/db/testing/suite-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChaosApi, chaosProcesses, createChaosApi } from './api-process.js';
import { type AnswerKey, asStored, expectedScore, readAnswerKey } from './grading.js';
import { canonical, checkLedger, type LedgerCheck } from './ledger.js';
import { type ChaosPostgres, startChaosPostgres } from './postgres.js';
import { seededRandom } from './random.js';
import { type ChaosRecord, planChaos, playChaos } from './schedule.js';
import { type ExamSetup, STUDENT_PASSWORD, seedExam } from './seed.js';
import { type AckedSave, emptyStats, SimulatedStudent } from './student.js';

/**
 * An exam on several API processes behind nginx, one of them SIGKILLed mid-exam (in turn, several
 * times), and a PostgreSQL restart, loses no acknowledged answer.
 */
const PROCESSES = chaosProcesses();
const STUDENTS = bySize(100, 500);
const WINDOW_MS = bySize(75_000, 240_000);
const KILLS = bySize(3, 4);
const PG_RESTARTS = 1;
/** Pause between two answer changes of one student. */
const THINK_MS: [number, number] = bySize([1000, 4000], [2000, 8000]);
const SEED = Number(process.env.CHAOS_SEED ?? Date.now() % 2 ** 31);

const log = (line: string) => console.log(`[chaos] ${line}`);

async function inBatches<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i] as T);
      }
    }),
  );
  return results;
}

describe(`an exam of ${STUDENTS} students on ${PROCESSES} API processes${PROCESSES > 1 ? ' behind nginx' : ''} under ${KILLS} process kills and ${PG_RESTARTS} PostgreSQL restart (${SUITE_SIZE})`, () => {
  const random = seededRandom(SEED);
  const stats = emptyStats();
  const ledger: AckedSave[] = [];
  let postgres: ChaosPostgres;
  let api: ChaosApi;
  let sql: Sql;
  let exam: ExamSetup;
  let key: AnswerKey;
  let students: SimulatedStudent[] = [];
  let chaos: ChaosRecord[] = [];
  let check: LedgerCheck | undefined;
  const resumed = { ok: 0, mismatched: [] as string[] };
  const submitted: { student: SimulatedStudent; result: AttemptResult }[] = [];
  const scores = { right: 0, wrong: [] as string[] };
  const started = Date.now();

  beforeAll(async () => {
    log(`seed ${SEED} (replay with CHAOS_SEED=${SEED}), size ${SUITE_SIZE}`);
    postgres = await startChaosPostgres();
    api = await createChaosApi(postgres.url);
    const seconds = await api.start();
    log(
      `${PROCESSES} API process(es) up in ${seconds.toFixed(1)} s (first start: migrations and demo data)` +
        (PROCESSES > 1 ? `, behind nginx at ${api.url}` : ''),
    );
    exam = await seedExam(postgres.url, STUDENTS);
    sql = createSql({ connectionString: postgres.url, maxConnections: 2 });
    key = await readAnswerKey(sql, exam.examId);
  });

  afterAll(async () => {
    const c = check;
    log('──────── summary ────────');
    log(`seed ${SEED}, size ${SUITE_SIZE}, ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
    log(`students: ${students.length}`);
    log(`acknowledged saves: ${c?.acknowledged ?? ledger.length}`);
    log(`found: ${c?.found ?? '-'}`);
    log(`lost (must be 0): ${c?.lost ?? '-'}`);
    for (const r of chaos)
      log(
        `  ${r.kind} at ${r.at.toISOString()} (+${(r.atMs / 1000).toFixed(1)} s), back in ${r.recoverySeconds.toFixed(1)} s`,
      );
    log(`API kills: ${chaos.filter((r) => r.kind === 'kill-api').length}`);
    log(`PostgreSQL restarts: ${chaos.filter((r) => r.kind === 'restart-postgres').length}`);
    log(`API exits nobody caused: ${api?.unexpectedExits.length ?? 0}`);
    log(
      `client: ${stats.requests} requests, ${stats.networkErrors} without answer, ${stats.serverErrors} 5xx, ` +
        `${stats.resumes} resumes, ${stats.relogins} sign-ins again`,
    );
    log(`resumed with every answer: ${resumed.ok}`);
    log(`submitted: ${submitted.length}`);
    log(`scores right: ${scores.right} of ${submitted.length}`);
    await sql?.end();
    await api?.stop();
    await postgres?.stop();
  });

  it('runs the exam while the API is killed and PostgreSQL restarted', async () => {
    students = exam.usernames.map(
      (username, i) =>
        new SimulatedStudent(api.url, username, STUDENT_PASSWORD, seededRandom(SEED + i + 1), stats, (save) =>
          // Saved by option ids, stored by the test's letters: the ledger holds what the row must hold.
          ledger.push({ ...save, answer: asStored(key, save.versionCode, save.key, save.answer) }),
        ),
    );
    const t0 = Date.now();
    await inBatches(students, 16, async (student) => {
      await student.login();
      await student.start(exam.assignmentId);
    });
    log(`${students.length} students signed in and started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const plan = planChaos(random, WINDOW_MS, KILLS, PG_RESTARTS);
    const startedAt = Date.now();
    const until = startedAt + WINDOW_MS;
    const [records] = await Promise.all([
      playChaos(plan, startedAt, api, postgres, log),
      ...students.map((student) => student.answerUntil(until, THINK_MS)),
    ]);
    chaos = records;
    log(
      `answering done: ${ledger.length} saves acknowledged in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`,
    );

    expect(chaos.filter((r) => r.kind === 'kill-api').length).toBeGreaterThanOrEqual(3);
    expect(chaos.filter((r) => r.kind === 'restart-postgres').length).toBe(1);
    expect(api.unexpectedExits.map((e) => `${e.code ?? e.signal}: ${e.output.slice(-500)}`)).toEqual([]);
    expect(ledger.length).toBeGreaterThan(students.length);
  });

  it('finds every acknowledged answer in the database (lost = 0)', async () => {
    check = await checkLedger(sql, ledger);
    for (const sample of check.samples) log(`lost: ${JSON.stringify(sample)}`);
    expect(check.acknowledged).toBe(ledger.length);
    expect(check.lost).toBe(0);
    expect(check.found).toBe(check.acknowledged);
  });

  it('resumes every attempt with its answers, then submits it', async () => {
    await inBatches(students, 16, async (student) => {
      const view = await student.resume();
      const expected = [...student.latest].filter(([, answer]) => answer !== null);
      const same =
        Object.keys(view.answers).length === expected.length &&
        expected.every(([k, answer]) => canonical(view.answers[k]) === canonical(answer));
      if (same) resumed.ok++;
      else resumed.mismatched.push(student.username);
      submitted.push({ student, result: await student.submit() });
    });
    expect(resumed.mismatched).toEqual([]);
    expect(submitted.map((s) => s.result.status)).toEqual(students.map(() => 'submitted'));
  });

  it('scores every attempt as the 2025 rules give from the answer key', async () => {
    const { rows } = await sql.query<{ id: string; score: number }>(
      `SELECT id, score FROM "Attempt" WHERE id = ANY($1::uuid[])`,
      [submitted.map((s) => s.student.attemptId)],
    );
    const stored = new Map(rows.map((row) => [row.id, row.score]));
    for (const { student, result } of submitted) {
      const want = expectedScore(key, student.versionCode, student.printedLatest());
      const ok = result.score === want && stored.get(student.attemptId) === want;
      if (ok) scores.right++;
      else
        scores.wrong.push(
          `${student.username}: want ${want}, got ${result.score} (db ${stored.get(student.attemptId)})`,
        );
    }
    expect(scores.wrong).toEqual([]);
    expect(scores.right).toBe(students.length);
  });
});
