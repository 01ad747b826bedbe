import { Client } from 'undici';
import { cpuPerUnit, postmasterOf, sampleCpu } from '../lib/cpu-account.js';
import { atLeast, atMost, type BenchContext, type Scenario } from '../lib/scenario.js';
import type { BenchSession } from '../lib/sessions.js';
import { measure } from '../lib/stats.js';
import { examStudents, resetExam } from './exam.js';

const STUDENTS = { small: 300, full: 10_000 };
let students: BenchSession[] = [];

/** Opens one keep-alive connection per student (in waves, so the listen backlog never overflows). */
async function connect(url: string, count: number): Promise<Client[]> {
  const clients = Array.from(
    { length: count },
    () =>
      new Client(url, {
        pipelining: 1,
        keepAliveTimeout: 120_000,
        headersTimeout: 120_000,
        bodyTimeout: 120_000,
      }),
  );
  for (let i = 0; i < clients.length; i += 500) {
    await Promise.all(
      clients.slice(i, i + 500).map(async (client) => {
        const response = await client.request({ method: 'GET', path: '/' });
        await response.body.dump();
      }),
    );
  }
  return clients;
}

async function startAll(ctx: BenchContext, clients: Client[]) {
  const path = `/api/assignments/${ctx.facts.exam.assignmentId}/attempts`;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const released = performance.now();
  await Promise.all(
    clients.map(async (client, i) => {
      const student = students[i] as BenchSession;
      try {
        const response = await client.request({
          method: 'POST',
          path,
          headers: { cookie: student.cookie, 'x-csrf-token': student.csrfToken },
        });
        const body = (await response.body.json()) as { id?: string };
        if (response.statusCode === 200 && body.id) latencies.push(performance.now() - released);
        else {
          errors += 1;
          statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
        }
      } catch (error) {
        errors += 1;
        const code = (error as { code?: string }).code ?? 'network';
        statuses[code] = (statuses[code] ?? 0) + 1;
      }
    }),
  );
  const allStartedS = (performance.now() - released) / 1000;
  if (errors) ctx.log(`errors by status: ${JSON.stringify(statuses)}`);
  return { latencies, errors, allStartedS };
}

/**
 * A district's students press "start" in the same second: every connection is opened first and
 * held, then all start requests are released together. Latency counts from the release.
 */
export const examStart: Scenario = {
  name: 'exam-start',
  description:
    'students of a district start the same exam at once (connections held, then released together)',
  goals: [
    ...atMost({ 'start.errors': 0, attemptsMissing: 0, allStartedS: 10, 'start.p95Ms': 3000 }),
    ...atLeast({ startsPerSecond: 1000 }),
  ],
  async setup(ctx) {
    const ids = await examStudents(ctx, STUDENTS[ctx.scale]);
    students = await ctx.sessions(ids);
    ctx.log(`${students.length} students with sessions`);
  },
  async warmup(ctx) {
    // A few starts fill the paper cache and warm the connection pool, as the first minutes of a day would.
    await resetExam(ctx);
    const clients = await connect(ctx.api.url, 50);
    await startAll(ctx, clients);
    await Promise.all(clients.map((c) => c.close()));
  },
  async run(ctx) {
    await resetExam(ctx);
    const clients = await connect(ctx.api.url, students.length);
    ctx.log(`${clients.length} connections open; releasing the starts`);
    const postmaster = await postmasterOf(ctx.pool);
    const before = sampleCpu(ctx.api.pid, postmaster);
    const { latencies, errors, allStartedS } = await startAll(ctx, clients);
    // CPU per start by part (API, PostgreSQL, this generator): the arithmetic behind the p95.
    const cpu = cpuPerUnit(before, sampleCpu(ctx.api.pid, postmaster), latencies.length);
    ctx.log(`CPU ms a start: API ${cpu.apiMs}, PostgreSQL ${cpu.postgresMs}, generator ${cpu.generatorMs}`);
    await Promise.all(clients.map((c) => c.close()));
    const created = await ctx.pool.query<{ n: number }>(
      `SELECT count(DISTINCT "studentId")::int AS n FROM "Attempt" WHERE "assignmentId" = $1`,
      [ctx.facts.exam.assignmentId],
    );
    const attempts = created.rows[0]?.n ?? 0;
    return {
      groups: { start: measure(latencies, errors, allStartedS) },
      figures: {
        students: students.length,
        attemptsCreated: attempts,
        attemptsMissing: students.length - attempts,
        allStartedS: Math.round(allStartedS * 100) / 100,
        startsPerSecond: Math.round(latencies.length / allStartedS),
        apiCpuMsPerStart: cpu.apiMs,
        postgresCpuMsPerStart: cpu.postgresMs,
        generatorCpuMsPerStart: cpu.generatorMs,
      },
    };
  },
};
