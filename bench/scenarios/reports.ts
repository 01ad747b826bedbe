import { runLoad } from '../lib/load.js';
import type { BenchContext, Scenario } from '../lib/scenario.js';
import type { BenchSession } from '../lib/sessions.js';
import type { Measure } from '../lib/stats.js';
import { type Acknowledged, openAttempts, saveContinuously, type Taker } from './saving.js';

const SECONDS = { small: 5, full: 20 };
const SAVERS = { small: 50, full: 500 };
/** Saves a second offered while the dashboards are measured (a school's exam in progress). */
const SAVE_RATE = { small: 100, full: 500 };
/** Officers looking at their dashboard at the same moment. */
const DISTRICT_VIEWERS = 4;
const PROVINCE_VIEWERS = 2;
/** A person's pace, generously: each officer reloads the dashboard once a second. */
const PACE_PER_SECOND = 1;

let districtOfficers: BenchSession[] = [];
let provinceOfficer: BenchSession[] = [];
let takers: Taker[] = [];
let query = '';
const acknowledged: Acknowledged = new Map();

/** The dashboard endpoint requested by `viewers` connections (each one officer) for `seconds`. */
function dashboard(
  ctx: BenchContext,
  officers: BenchSession[],
  viewers: number,
  seconds: number,
  connectionRate?: number,
): Promise<Measure> {
  return runLoad(ctx.api.url, {
    connections: viewers,
    seconds,
    ...(connectionRate ? { connectionRate } : {}),
    connection(client, n) {
      const officer = officers[n % officers.length] as BenchSession;
      client.setHeaders({ cookie: officer.cookie });
      client.setRequests([{ method: 'GET', path: `/api/reports/online-share?${query}` }]);
      return undefined;
    },
  });
}

/** The control: as many connections as officers, each asking the health check back to back. */
function healthLoop(ctx: BenchContext, seconds: number): Promise<Measure> {
  return runLoad(ctx.api.url, {
    connections: DISTRICT_VIEWERS + PROVINCE_VIEWERS,
    seconds,
    connection(client) {
      client.setRequests([{ method: 'GET', path: '/api/health' }]);
      return undefined;
    },
  });
}

/**
 * The district dashboard (its 80 schools, a year of records) and the province dashboard (all
 * schools), each requested continuously by a few officers; then autosave alone and autosave while
 * both dashboards are being requested, to see what reports cost the students.
 */
export const reports: Scenario = {
  name: 'reports',
  description: `district (${DISTRICT_VIEWERS} officers) and province (${PROVINCE_VIEWERS}) dashboards; autosave p99 alone vs during reports`,
  goals: [
    { metric: 'district.p95Ms', op: '<=', value: 200 },
    { metric: 'province.p95Ms', op: '<=', value: 1000 },
    // Issue 18: saves' p99 during the dashboards (officers at a person's pace) at most 1.5 × alone.
    { metric: 'autosaveP99Rise', op: '<=', value: 0.5 },
    { metric: 'district.errors', op: '<=', value: 0 },
    { metric: 'province.errors', op: '<=', value: 0 },
  ],
  async setup(ctx) {
    districtOfficers = await ctx.sessions(ctx.facts.districtOfficerIds);
    provinceOfficer = await ctx.sessions([ctx.facts.provinceOfficerId]);
    const { rows } = await ctx.pool.query<{ code: string; end: string }>(
      `SELECT code, "endDate"::text AS end FROM "SchoolYear" WHERE "isCurrent" LIMIT 1`,
    );
    query = new URLSearchParams({ schoolYear: rows[0]?.code ?? '', asOf: rows[0]?.end ?? '' }).toString();
    takers = await openAttempts(ctx, SAVERS[ctx.scale]);
  },
  async warmup(ctx) {
    await dashboard(ctx, districtOfficers, 1, 2);
    await dashboard(ctx, provinceOfficer, 1, 2);
    await saveContinuously(ctx, takers, 3, acknowledged, SAVE_RATE[ctx.scale]);
  },
  async run(ctx) {
    const seconds = SECONDS[ctx.scale];
    const district = await dashboard(ctx, districtOfficers, DISTRICT_VIEWERS, seconds);
    const province = await dashboard(ctx, provinceOfficer, PROVINCE_VIEWERS, seconds);
    const autosaveAlone = await saveContinuously(ctx, takers, seconds, acknowledged, SAVE_RATE[ctx.scale]);
    const saving = () => saveContinuously(ctx, takers, seconds, acknowledged, SAVE_RATE[ctx.scale]);
    // Officers at a person's pace (the goal), then back to back, then the same closed loops on the
    // health check: the control that tells the dashboards' own cost from the load of the loops.
    const [autosaveDuringReports] = await Promise.all([
      saving(),
      dashboard(ctx, districtOfficers, DISTRICT_VIEWERS, seconds, PACE_PER_SECOND),
      dashboard(ctx, provinceOfficer, PROVINCE_VIEWERS, seconds, PACE_PER_SECOND),
    ]);
    const [autosaveDuringClosedLoops] = await Promise.all([
      saving(),
      dashboard(ctx, districtOfficers, DISTRICT_VIEWERS, seconds),
      dashboard(ctx, provinceOfficer, PROVINCE_VIEWERS, seconds),
    ]);
    const [autosaveDuringHealthLoops] = await Promise.all([saving(), healthLoop(ctx, seconds)]);
    const rise = (during: Measure) =>
      Math.round((during.p99Ms / Math.max(1, autosaveAlone.p99Ms) - 1) * 100) / 100;
    return {
      groups: {
        district,
        province,
        autosaveAlone,
        autosaveDuringReports,
        autosaveDuringClosedLoops,
        autosaveDuringHealthLoops,
      },
      figures: {
        autosaveP99Rise: rise(autosaveDuringReports),
        autosaveP99RiseClosedLoops: rise(autosaveDuringClosedLoops),
        autosaveP99RiseHealthLoops: rise(autosaveDuringHealthLoops),
      },
    };
  },
};
