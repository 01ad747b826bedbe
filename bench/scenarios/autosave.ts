import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { cpuPerUnit, postmasterOf, sampleCpu } from '../lib/cpu-account.js';
import { atLeast, atMost, type Scenario } from '../lib/scenario.js';
import type { Measure } from '../lib/stats.js';
import { type Acknowledged, lostSaves, openAttempts, saveContinuously, type Taker } from './saving.js';

const CONNECTIONS = { small: 100, full: 2000 };
const SECONDS = { small: 10, full: 60 };
const CEILING_SECONDS = 15;
/** Full scale only: lower offered rates, 15 s each, to find the highest one served within the p99 goal. */
const LADDER = [1000, 1500, 2000, 2500];
const LADDER_SECONDS = 15;
const P99_GOAL_MS = 100;
/** Offered saves a second: 2,000 students each tapping an answer every ~0.6 s; small: 100 every 0.5 s. */
const RATE = { small: 200, full: 3300 };
let takers: Taker[] = [];
const acknowledged: Acknowledged = new Map();
let acknowledgedSaves = 0;

/**
 * The ceiling: the same row shape upserted by a tight loop of prepared statements straight into
 * PostgreSQL (no HTTP, no app), from as many connections as the API's pool, in the same run.
 */
async function rawUpsertCeiling(databaseUrl: string, seconds: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  await pool.query(`CREATE TABLE IF NOT EXISTS bench.answer_ceiling (LIKE "AttemptAnswer" INCLUDING ALL)`);
  await pool.query('TRUNCATE bench.answer_ceiling');
  const attempts = Array.from({ length: 2000 }, () => randomUUID());
  let count = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 20 }, async (_, worker) => {
      let seq = 0;
      while (performance.now() < until) {
        seq += 1;
        await pool.query({
          name: 'ceiling-upsert',
          text: `INSERT INTO bench.answer_ceiling ("attemptId", key, answer, seq, "savedAt")
                 VALUES ($1, $2, $3::jsonb, $4, now())
                 ON CONFLICT ("attemptId", key) DO UPDATE
                   SET answer = EXCLUDED.answer, seq = EXCLUDED.seq, "savedAt" = EXCLUDED."savedAt"
                   WHERE bench.answer_ceiling.seq < EXCLUDED.seq`,
          values: [attempts[(worker * 100 + seq) % attempts.length], String(seq % 20), '{"choice":"A"}', seq],
        });
        count += 1;
      }
    }),
  );
  await pool.end();
  return Math.round(count / seconds);
}

/**
 * Students keep saving answers, each on their own connection, for a minute; then the raw SQL upsert
 * ceiling on the same PostgreSQL; afterwards every acknowledged save is looked up in the database.
 */
export const autosave: Scenario = {
  name: 'autosave',
  description:
    'open connections each saving answers continuously; raw upsert ceiling; acknowledged saves counted',
  goals: [
    ...atMost({ 'save.p99Ms': P99_GOAL_MS, 'save.errors': 0, lostSaves: 0 }),
    ...atLeast({ 'save.throughput': 3000, ceilingRatio: 0.5 }),
  ],
  async setup(ctx) {
    takers = await openAttempts(ctx, CONNECTIONS[ctx.scale]);
    ctx.log(`${takers.length} attempts open`);
  },
  async warmup(ctx) {
    await saveContinuously(ctx, takers, 5, acknowledged, RATE[ctx.scale]);
  },
  async run(ctx) {
    const save: Measure = await saveContinuously(
      ctx,
      takers,
      SECONDS[ctx.scale],
      acknowledged,
      RATE[ctx.scale],
    );
    acknowledgedSaves += save.count;
    const ceiling = await rawUpsertCeiling(ctx.databaseUrl, ctx.scale === 'full' ? CEILING_SECONDS : 5);
    return {
      groups: { save },
      figures: {
        connections: takers.length,
        rawUpsertsPerSecond: ceiling,
        ceilingRatio: Math.round((save.throughput / ceiling) * 100) / 100,
      },
    };
  },
  async verify(ctx) {
    const ladder: Record<string, number> = {};
    if (ctx.scale === 'full') {
      let sustained = 0;
      const postmaster = await postmasterOf(ctx.pool);
      for (const rate of LADDER) {
        const before = sampleCpu(ctx.api.pid, postmaster);
        const step = await saveContinuously(ctx, takers, LADDER_SECONDS, acknowledged, rate);
        // CPU per save by part (API, PostgreSQL, this generator): the arithmetic behind the ceiling.
        const cpu = cpuPerUnit(before, sampleCpu(ctx.api.pid, postmaster), step.count);
        acknowledgedSaves += step.count;
        ladder[`p99MsAt${rate}`] = step.p99Ms;
        ladder[`apiCpuMsPerSaveAt${rate}`] = cpu.apiMs;
        ladder[`postgresCpuMsPerSaveAt${rate}`] = cpu.postgresMs;
        ladder[`generatorCpuMsPerSaveAt${rate}`] = cpu.generatorMs;
        if (step.p99Ms <= P99_GOAL_MS && step.errors === 0) sustained = rate;
        ctx.log(
          `offered ${rate}/s: served ${step.throughput}/s, p50 ${step.p50Ms} ms, p99 ${step.p99Ms} ms; ` +
            `CPU ms a save: API ${cpu.apiMs}, PostgreSQL ${cpu.postgresMs}, generator ${cpu.generatorMs}`,
        );
      }
      ladder.highestRateWithinP99Goal = sustained;
    }
    const { checked, lost } = await lostSaves(ctx, acknowledged);
    ctx.log(`${acknowledgedSaves} acknowledged saves over ${checked} (attempt, item) pairs; lost: ${lost}`);
    return { ...ladder, acknowledgedSaves, answersChecked: checked, lostSaves: lost };
  },
};
