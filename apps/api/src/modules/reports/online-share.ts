import { type OnlineShareReport, onlineShareReportSchema } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import type { Queryable, Sql } from '@hoclieu/db/sql';
import { type Actor, addDays, isoDate, mayReadDistrictReport } from '@hoclieu/domain';
import type { CacheBus } from '../../cache/cache-bus.js';
import { AppError, forbidden } from '../../http/errors.js';
import { onlineShareTargets, reportWindow, schoolFacts } from './data.js';
import { type ClassTotals, classTotals, levelFigures, levelTargets, overallFigure } from './figures.js';
import { inSlices } from './in-slices.js';
import { createReportCache } from './report-cache.js';
import type { ReportLane } from './report-lane.js';
import { districtOf, provinceOf, reportSchools, schoolOf } from './report-scope-sql.js';

/** Matches no row: a viewer without a unit finds none (NOT_FOUND), as before. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

type Query = { schoolYear?: string | undefined; asOf?: string | undefined; districtId?: string | undefined };

/** Months from the start of the window to the report date (calendar dates), "YYYY-MM". */
function monthsOf(start: Date, end: Date): string[] {
  const months: string[] = [];
  const last = isoDate(end).slice(0, 7);
  for (let month = isoDate(start).slice(0, 7); month <= last; month = addDays(`${month}-28`, 4).slice(0, 7))
    months.push(month);
  return months;
}

type ReportUnit = { kind: 'school' | 'district' | 'province'; id: string; name: string };

/** A report on one unit: the districts whose schools it counts, grouped by district for a province. */
function reportScope(unit: ReportUnit, districtIds: string[], schoolFilter: Prisma.SchoolWhereInput) {
  return {
    unit,
    byDistrict: unit.kind === 'province',
    districtIds,
    schoolId: unit.kind === 'school' ? unit.id : null,
    schoolFilter,
  };
}

const districtScope = (district: { id: string; name: string }) =>
  reportScope({ kind: 'district', id: district.id, name: district.name }, [district.id], {
    districtId: district.id,
  });

/** The unit a viewer reports on, and which schools it holds. */
export type UnitScope = Awaited<ReturnType<typeof unitOf>>;

/** Which unit the viewer reports on, and its schools; enforced here, never by the client. */
export async function unitOf(sql: Queryable, actor: Actor, districtId: string | undefined) {
  const found = <T>(row: T | null): T => {
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  };
  switch (actor.role) {
    case 'school_admin': {
      const school = found(await schoolOf(sql, actor.schoolId ?? NO_ID));
      return reportScope({ kind: 'school', id: school.id, name: school.name }, [school.districtId], {
        id: school.id,
      });
    }
    case 'district_officer':
      return districtScope(found(await districtOf(sql, actor.districtId ?? NO_ID)));
    case 'province_officer':
    case 'system_admin': {
      if (districtId) {
        const district = found(await districtOf(sql, districtId));
        if (!mayReadDistrictReport(actor, district)) throw forbidden();
        return districtScope(district);
      }
      const province = found(await provinceOf(sql, actor.provinceId ?? null));
      return reportScope({ kind: 'province', id: province.id, name: province.name }, province.districtIds, {
        district: { provinceId: province.id },
      });
    }
    default:
      throw forbidden();
  }
}

/**
 * A dashboard is reused at least this long for the same unit and window (the officers of a district
 * open it together), and after that for as long as nothing it is computed from has changed (report-cache.ts:
 * the database notifies every API process of such a change on commit). So a changed record shows on
 * every process within this bound (tested across two apps on one database in online-totals.test.ts); a
 * changed target shows at once (it is part of the key); drill-downs are live.
 */
export const DASHBOARD_CACHE_MS = 10_000;

/** A dashboard and its JSON, as sent. */
export interface CachedReport {
  data: OnlineShareReport;
  json: string;
}

/** The dashboard: the unit by level, its schools (or districts), and the months of the year. */
export function createOnlineShareReport(
  db: Db,
  sql: Sql,
  clock: () => Date,
  bus: CacheBus,
  lane: ReportLane,
) {
  const cache = createReportCache<CachedReport>({
    now: () => clock().getTime(),
    freshMs: DASHBOARD_CACHE_MS,
    bus,
  });
  return async (actor: Actor, query: Query): Promise<CachedReport> => {
    // Who may see which unit is decided on every request; only the figures are reused.
    const scope = await unitOf(sql, actor, query.districtId);
    const [window, targets] = await Promise.all([reportWindow(sql, query, clock()), onlineShareTargets(sql)]);
    // A changed target shows at once: the targets are part of what the figures are reused for.
    const key = JSON.stringify([scope.unit, window.code, window.start, window.asOf, targets]);
    // Shaped by the contract and serialised once: a cached dashboard costs a lookup, not a render.
    return cache.get(key, async () => {
      const checked = onlineShareReportSchema.parse(await lane(() => compute(scope, window, targets)));
      return { data: checked, json: JSON.stringify(checked) };
    });
  };

  async function compute(
    scope: UnitScope,
    window: Awaited<ReturnType<typeof reportWindow>>,
    targets: Awaited<ReturnType<typeof onlineShareTargets>>,
  ): Promise<OnlineShareReport> {
    const schools = await reportSchools(sql, scope.districtIds, scope.schoolId, window.schoolYearId);
    const { classes: facts, monthly } = await schoolFacts(
      db,
      sql,
      schools.map((s) => s.id),
      window,
    );
    const targetOf = levelTargets(targets, window);
    const totals: (ClassTotals & { schoolId: string })[] = [];
    await inSlices(facts, (c) => totals.push({ ...classTotals(c), schoolId: c.schoolId }));
    const months = monthsOf(window.start, window.asOf);

    const groups = scope.byDistrict
      ? [
          ...new Map(
            schools.map((s) => [
              s.districtId,
              { kind: 'district' as const, id: s.districtId, name: s.districtName, levels: [] as string[] },
            ]),
          ).values(),
        ]
      : schools.map((s) => ({
          kind: 'school' as const,
          id: s.id,
          name: s.name,
          levels: s.levels,
        }));
    const schoolGroup = new Map(schools.map((s) => [s.id, scope.byDistrict ? s.districtId : s.id]));
    const classesOf = new Map<string, ClassTotals[]>();
    for (const c of totals) {
      const group = schoolGroup.get(c.schoolId) as string;
      const inGroup = classesOf.get(group);
      if (inGroup) inGroup.push(c);
      else classesOf.set(group, [c]);
    }

    const rows = groups.map((group) => {
      const classes = classesOf.get(group.id) ?? [];
      const programme = classes.reduce((sum, c) => sum + c.programme, 0);
      let running = 0;
      const byMonth = new Map<string, number>();
      for (const m of monthly)
        if (schoolGroup.get(m.schoolId) === group.id)
          byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + Number(m.online));
      return {
        ...group,
        figure: overallFigure(classes, targetOf, window.elapsed),
        byLevel: levelFigures(classes, targetOf, window.elapsed),
        trend: months.map((month) => {
          running += byMonth.get(month) ?? 0;
          return programme > 0 ? running / programme : 0;
        }),
      };
    });
    const perMonth = new Map<string, number>();
    for (const m of monthly) perMonth.set(m.month, (perMonth.get(m.month) ?? 0) + Number(m.online));
    return {
      unit: scope.unit,
      schoolYear: window.code,
      asOf: isoDate(window.asOf),
      elapsed: window.elapsed,
      levels: levelFigures(totals, targetOf, window.elapsed),
      rows,
      monthly: months.map((month) => ({ month, online: perMonth.get(month) ?? 0 })),
    };
  }
}
