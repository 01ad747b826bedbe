import { type OnlineShareReport, onlineShareReportSchema } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import { type Actor, addDays, isoDate, mayReadDistrictReport } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { onlineShareTargets, reportWindow, schoolFacts } from './data.js';
import { classTotals, levelFigures, levelTargets, overallFigure } from './figures.js';

type Query = { schoolYear?: string | undefined; asOf?: string | undefined; districtId?: string | undefined };

/** Months from the start of the window to the report date (calendar dates), "YYYY-MM". */
function monthsOf(start: Date, end: Date): string[] {
  const months: string[] = [];
  const last = isoDate(end).slice(0, 7);
  for (let month = isoDate(start).slice(0, 7); month <= last; month = addDays(`${month}-28`, 4).slice(0, 7))
    months.push(month);
  return months;
}

/** Which unit the viewer reports on, and its schools; enforced here, never by the client. */
export async function unitOf(db: Db, actor: Actor, districtId: string | undefined) {
  switch (actor.role) {
    case 'school_admin': {
      const school = await db.school.findUniqueOrThrow({ where: { id: actor.schoolId ?? '' } });
      return {
        unit: { kind: 'school' as const, id: school.id, name: school.name },
        byDistrict: false,
        districtIds: [school.districtId],
        schoolFilter: { id: school.id },
      };
    }
    case 'district_officer': {
      const district = await db.district.findUniqueOrThrow({ where: { id: actor.districtId ?? '' } });
      return {
        unit: { kind: 'district' as const, id: district.id, name: district.name },
        byDistrict: false,
        districtIds: [district.id],
        schoolFilter: { districtId: district.id },
      };
    }
    case 'province_officer':
    case 'system_admin': {
      if (districtId) {
        const district = await db.district.findUnique({ where: { id: districtId } });
        if (!district) throw new AppError('NOT_FOUND');
        if (!mayReadDistrictReport(actor, district)) throw forbidden();
        return {
          unit: { kind: 'district' as const, id: district.id, name: district.name },
          byDistrict: false,
          districtIds: [district.id],
          schoolFilter: { districtId: district.id },
        };
      }
      const province = await db.province.findFirstOrThrow({
        where: actor.provinceId ? { id: actor.provinceId } : {},
        orderBy: { name: 'asc' },
      });
      const districts = await db.district.findMany({
        where: { provinceId: province.id },
        select: { id: true },
      });
      return {
        unit: { kind: 'province' as const, id: province.id, name: province.name },
        byDistrict: true,
        districtIds: districts.map((d) => d.id),
        schoolFilter: { district: { provinceId: province.id } },
      };
    }
    default:
      throw forbidden();
  }
}

/**
 * A dashboard is reused this long for the same unit and window: the officers of a district open it
 * together, and computing a province (800 schools, a year of records) takes a few hundred ms of the
 * API's only thread. Records reach the dashboard within this time; drill-downs are always live.
 */
const DASHBOARD_CACHE_MS = 30_000;

/** A dashboard and its JSON, as sent. */
export interface CachedReport {
  data: OnlineShareReport;
  json: string;
}

/** The dashboard: the unit by level, its schools (or districts), and the months of the year. */
export function createOnlineShareReport(db: Db, sql: Sql, clock: () => Date) {
  const cache = new Map<string, { at: number; report: Promise<CachedReport> }>();
  return async (actor: Actor, query: Query): Promise<CachedReport> => {
    // Who may see which unit is decided on every request; only the figures are reused.
    const scope = await unitOf(db, actor, query.districtId);
    const [window, targets] = await Promise.all([reportWindow(db, query, clock()), onlineShareTargets(db)]);
    // A changed target shows at once: the targets are part of what the figures are reused for.
    const key = JSON.stringify([scope.unit, window.code, window.start, window.asOf, targets]);
    const now = clock().getTime();
    const cached = cache.get(key);
    if (cached && now - cached.at < DASHBOARD_CACHE_MS && now >= cached.at) return cached.report;
    for (const [k, entry] of cache) if (now - entry.at >= DASHBOARD_CACHE_MS) cache.delete(k);
    // Shaped by the contract and serialised once: a cached dashboard costs a lookup, not a render.
    const report = compute(scope, window, targets).then((data) => {
      const checked = onlineShareReportSchema.parse(data);
      return { data: checked, json: JSON.stringify(checked) };
    });
    cache.set(key, { at: now, report });
    report.catch(() => cache.delete(key));
    return report;
  };

  async function compute(
    scope: Awaited<ReturnType<typeof unitOf>>,
    window: Awaited<ReturnType<typeof reportWindow>>,
    targets: Awaited<ReturnType<typeof onlineShareTargets>>,
  ): Promise<OnlineShareReport> {
    const schools = await db.school.findMany({
      // A deactivated school stays in the report of every year it had classes in, never in later ones.
      where: {
        AND: [
          scope.schoolFilter,
          { OR: [{ deactivatedAt: null }, { classes: { some: { schoolYearId: window.schoolYearId } } }] },
        ],
      },
      select: { id: true, name: true, levels: true, districtId: true, district: { select: { name: true } } },
      orderBy: { name: 'asc' },
    });
    const { classes: facts, monthly } = await schoolFacts(
      db,
      sql,
      schools.map((s) => s.id),
      window,
    );
    const targetOf = levelTargets(targets, window);
    const totals = facts.map((c) => ({ ...classTotals(c), schoolId: c.schoolId }));
    const months = monthsOf(window.start, window.asOf);

    const groups = scope.byDistrict
      ? [
          ...new Map(
            schools.map((s) => [
              s.districtId,
              { kind: 'district' as const, id: s.districtId, name: s.district.name, levels: [] as string[] },
            ]),
          ).values(),
        ]
      : schools.map((s) => ({
          kind: 'school' as const,
          id: s.id,
          name: s.name,
          levels: s.levels as string[],
        }));
    const schoolGroup = new Map(schools.map((s) => [s.id, scope.byDistrict ? s.districtId : s.id]));

    const rows = groups.map((group) => {
      const classes = totals.filter((c) => schoolGroup.get(c.schoolId) === group.id);
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
