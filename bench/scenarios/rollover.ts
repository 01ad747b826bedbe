import { atMost, type BenchContext, type Scenario } from '../lib/scenario.js';
import type { BenchSession } from '../lib/sessions.js';
import { type Measure, Recorder } from '../lib/stats.js';
import { type Acknowledged, openAttempts, saveContinuously, type Taker } from './saving.js';

const SECONDS = { small: 5, full: 20 };
const SAVERS = { small: 50, full: 500 };
const SAVE_RATE = { small: 100, full: 500 };

let officer: BenchSession | undefined;
let takers: Taker[] = [];
let nextYear = { id: '', code: '' };
const acknowledged: Acknowledged = new Map();

/** The year after the generated one, created through the API by the province officer (once). */
async function ensureNextYear(ctx: BenchContext, session: BenchSession) {
  const { rows } = await ctx.pool.query<{ start: string }>(
    `SELECT "startDate"::text AS start FROM "SchoolYear" WHERE "isCurrent" LIMIT 1`,
  );
  const start = Number((rows[0]?.start ?? '2025').slice(0, 4)) + 1;
  const code = `${start}-${start + 1}`;
  const found = await ctx.pool.query<{ id: string }>(`SELECT id FROM "SchoolYear" WHERE code = $1`, [code]);
  if (found.rows[0]) return { id: found.rows[0].id, code };
  const response = await fetch(`${ctx.api.url}/api/school-years`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      code,
      startDate: `${start}-09-05`,
      endDate: `${start + 1}-05-31`,
      semester1End: `${start + 1}-01-10`,
      semester2Start: `${start + 1}-01-11`,
    }),
  });
  if (!response.ok) throw new Error(`creating ${code} failed: ${response.status} ${await response.text()}`);
  return { id: ((await response.json()) as { id: string }).id, code };
}

/** Undoes a roll-over: the next year's classes go (their enrolments and assignments with them). */
async function clearNextYear(ctx: BenchContext) {
  await ctx.pool.query(`DELETE FROM "Class" WHERE "schoolYearId" = $1`, [nextYear.id]);
}

interface RolloverAnswer {
  classesMoved: number;
  classesLeaving: number;
  studentsMoved: number;
  teachingCarried: number;
  schools: number;
}

/** The whole province rolled over in one call by its officer; the measure holds that one call. */
async function rollProvince(ctx: BenchContext, session: BenchSession, recorder: Recorder) {
  const started = performance.now();
  const response = await fetch(`${ctx.api.url}/api/school-years/${nextYear.id}/rollover`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ carryTeaching: true }),
  });
  const body = (await response.json()) as RolloverAnswer;
  if (!response.ok) {
    recorder.fail();
    ctx.log(`roll-over failed: ${response.status} ${JSON.stringify(body)}`);
    return null;
  }
  recorder.ok(performance.now() - started);
  return body;
}

/**
 * The generated province rolled over to the next school year through the API (one call by the
 * province officer: every school in its own transaction), while students of the district exam keep
 * saving answers: autosave alone, then autosave for exactly as long as the roll-over runs.
 */
export const rollover: Scenario = {
  name: 'rollover',
  description: 'the whole province rolled over to the next year; autosave p99 alone vs during the roll-over',
  goals: atMost({
    rolloverSeconds: 120,
    autosaveP99Rise: 0.5,
    'rollover.errors': 0,
    'autosaveDuringRollover.errors': 0,
  }),
  async setup(ctx) {
    [officer] = await ctx.sessions([ctx.facts.provinceOfficerId]);
    if (!officer) throw new Error('no province officer');
    nextYear = await ensureNextYear(ctx, officer);
    await clearNextYear(ctx);
    takers = await openAttempts(ctx, SAVERS[ctx.scale]);
  },
  async warmup(ctx) {
    await saveContinuously(ctx, takers, 3, acknowledged, SAVE_RATE[ctx.scale]);
  },
  async run(ctx) {
    const session = officer as BenchSession;
    await clearNextYear(ctx);
    await ctx.pool.query('VACUUM ANALYZE "Class", "Enrollment", "TeachingAssignment"');
    const seconds = SECONDS[ctx.scale];
    const autosaveAlone = await saveContinuously(ctx, takers, seconds, acknowledged, SAVE_RATE[ctx.scale]);
    const recorder = new Recorder();
    const stop = new AbortController();
    const rolled = rollProvince(ctx, session, recorder).finally(() => stop.abort());
    // Saves for as long as the roll-over runs (capped at 10 minutes).
    const [autosaveDuringRollover, answer] = await Promise.all([
      saveContinuously(ctx, takers, 600, acknowledged, SAVE_RATE[ctx.scale], stop.signal),
      rolled,
    ]);
    const rolloverMeasure: Measure = recorder.done();
    ctx.log(
      `rolled ${answer?.schools ?? 0} schools: ${answer?.classesMoved ?? 0} classes moved, ${answer?.classesLeaving ?? 0} left, ${answer?.studentsMoved ?? 0} students moved, ${answer?.teachingCarried ?? 0} assignments carried in ${(rolloverMeasure.maxMs / 1000).toFixed(1)} s`,
    );
    return {
      groups: { rollover: rolloverMeasure, autosaveAlone, autosaveDuringRollover },
      figures: {
        rolloverSeconds: Math.round(rolloverMeasure.maxMs / 100) / 10,
        classesMoved: answer?.classesMoved ?? 0,
        studentsMoved: answer?.studentsMoved ?? 0,
        autosaveP99Rise:
          Math.round((autosaveDuringRollover.p99Ms / Math.max(1, autosaveAlone.p99Ms) - 1) * 100) / 100,
      },
    };
  },
  async teardown(ctx) {
    if (!nextYear.id) return;
    // Leaves the generated province as it was for the other scenarios.
    await clearNextYear(ctx);
    await ctx.pool.query(`DELETE FROM "SchoolYear" WHERE id = $1`, [nextYear.id]);
  },
};
