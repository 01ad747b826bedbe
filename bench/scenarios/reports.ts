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
/**
 * What the reports page (/bao-cao, online-share-page.tsx) asks for each time an officer opens it:
 * the dashboard, the plan's other indicators and the learning-online indicator, in parallel (one
 * connection each, as a browser would).
 */
const PAGE = ['/api/reports/online-share', '/api/reports/kpis', '/api/reports/learning-online'];
/** Marks the records the recording phase writes (and removes). */
const RECORDING_NOTE = 'bench: reports scenario';

let districtOfficers: BenchSession[] = [];
let provinceOfficer: BenchSession[] = [];
let takers: Taker[] = [];
let query = '';
const acknowledged: Acknowledged = new Map();

/** The reports page requested by `viewers` officers (PAGE.length connections each) for `seconds`. */
function dashboard(
  ctx: BenchContext,
  officers: BenchSession[],
  viewers: number,
  seconds: number,
  connectionRate?: number,
): Promise<Measure> {
  return runLoad(ctx.api.url, {
    connections: viewers * PAGE.length,
    seconds,
    ...(connectionRate ? { connectionRate } : {}),
    connection(client, n) {
      const officer = officers[Math.floor(n / PAGE.length) % officers.length] as BenchSession;
      client.setHeaders({ cookie: officer.cookie });
      client.setRequests([{ method: 'GET', path: `${PAGE[n % PAGE.length]}?${query}` }]);
      return undefined;
    },
  });
}

/**
 * A teacher of the officers' district recording a live class `perSecond` times a second, for
 * `seconds`: each record changes what the district's and the province's dashboards are computed from,
 * so every API process computes them again (at most once per DASHBOARD_CACHE_MS). The records are
 * removed afterwards (the next run starts from the same figures). Returns how many were written.
 */
async function recording(ctx: BenchContext, seconds: number, perSecond = 1): Promise<number> {
  const { rows } = await ctx.pool.query<{
    classId: string;
    teacherId: string;
    subjectCode: string;
    date: string;
  }>(
    `SELECT c.id AS "classId", t.id AS "teacherId", cp."subjectCode", (y."startDate" + 10)::text AS date
     FROM "User" o
     JOIN "School" s ON s."districtId" = o."districtId"
     JOIN "Class" c ON c."schoolId" = s.id
     JOIN "SchoolYear" y ON y.id = c."schoolYearId" AND y."isCurrent"
     JOIN "User" t ON t."schoolId" = s.id AND t.role = 'teacher'
     JOIN "CurriculumPeriod" cp ON cp.grade = c.grade AND cp.kind = 'compulsory'
     WHERE o.id = $1 LIMIT 1`,
    [ctx.facts.districtOfficerIds[0]],
  );
  const lesson = rows[0];
  if (!lesson) throw new Error('no class with a teacher in the first officer’s district');
  let written = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    await ctx.pool.query(
      `INSERT INTO "OnlineLesson" (id, "classId", "subjectCode", date, periods, source, "teacherId", note)
       VALUES (gen_random_uuid(), $1, $2, $3::date, 1, 'live', $4, $5)`,
      [lesson.classId, lesson.subjectCode, lesson.date, lesson.teacherId, RECORDING_NOTE],
    );
    written += 1;
    await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
  }
  await ctx.pool.query(`DELETE FROM "OnlineLesson" WHERE note = $1`, [RECORDING_NOTE]);
  return written;
}

/**
 * The reports page opened by one officer on a just-started API (nothing cached in it, PostgreSQL
 * warm): what the first officer after a restart, or after the caches' bound, waits for. The
 * province's, then a district's, each the page's requests in parallel as a browser sends them.
 */
async function coldPages(ctx: BenchContext): Promise<{ province: number; district: number }> {
  const api = await ctx.startApi({});
  const open = async (officer: BenchSession | undefined) => {
    const started = performance.now();
    await Promise.all(
      PAGE.map(async (path) => {
        const response = await fetch(`${api.url}${path}?${query}`, {
          headers: { cookie: officer?.cookie ?? '' },
        });
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        await response.arrayBuffer();
      }),
    );
    return Math.round(performance.now() - started);
  };
  try {
    return { province: await open(provinceOfficer[0]), district: await open(districtOfficers[0]) };
  } finally {
    await api.stop();
  }
}

/** The control: as many connections as the officers' pages, each asking the health check back to back. */
function healthLoop(ctx: BenchContext, seconds: number): Promise<Measure> {
  return runLoad(ctx.api.url, {
    connections: (DISTRICT_VIEWERS + PROVINCE_VIEWERS) * PAGE.length,
    seconds,
    connection(client) {
      client.setRequests([{ method: 'GET', path: '/api/health' }]);
      return undefined;
    },
  });
}

/**
 * The district reports page (its 80 schools, a year of records) and the province's (all schools),
 * each requested continuously by a few officers; then autosave alone and autosave while
 * both dashboards are being requested, to see what reports cost the students.
 */
export const reports: Scenario = {
  name: 'reports',
  description: `district (${DISTRICT_VIEWERS} officers) and province (${PROVINCE_VIEWERS}) reports pages (dashboard, plan KPIs, learning online); autosave p99 alone vs during reports; the page opened first on a just-started API`,
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
    const cold = await coldPages(ctx);
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
    // Reported, not a goal: the officers at a person's pace while a teacher of the district records a
    // class every second, so the dashboards are computed again every DASHBOARD_CACHE_MS in each process.
    const [autosaveWhileRecording, districtWhileRecording, provinceWhileRecording, recorded] =
      await Promise.all([
        saving(),
        dashboard(ctx, districtOfficers, DISTRICT_VIEWERS, seconds, PACE_PER_SECOND),
        dashboard(ctx, provinceOfficer, PROVINCE_VIEWERS, seconds, PACE_PER_SECOND),
        recording(ctx, seconds),
      ]);
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
        autosaveWhileRecording,
        districtWhileRecording,
        provinceWhileRecording,
      },
      figures: {
        autosaveP99Rise: rise(autosaveDuringReports),
        autosaveP99RiseClosedLoops: rise(autosaveDuringClosedLoops),
        autosaveP99RiseHealthLoops: rise(autosaveDuringHealthLoops),
        autosaveP99RiseWhileRecording: rise(autosaveWhileRecording),
        recordsWritten: recorded,
        coldProvincePageMs: cold.province,
        coldDistrictPageMs: cold.district,
      },
    };
  },
};
