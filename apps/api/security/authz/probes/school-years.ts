import { probe } from '../matrix.js';
import type { AuthzWorld } from '../world.js';

const sectorWide = 'sector-wide: school years and plan targets belong to no unit';

/** A school year from 5 September of `start` to 31 May after it, its semesters split in January. */
const createYear = (world: AuthzWorld, start: number, closedAt: Date | null = null) =>
  world.db.schoolYear.create({
    data: {
      code: `${start}-${start + 1}`,
      startDate: new Date(`${start}-09-05`),
      endDate: new Date(`${start + 1}-05-31`),
      semester1End: new Date(`${start + 1}-01-08`),
      semester2Start: new Date(`${start + 1}-01-09`),
      closedAt,
    },
  });

/** A year far ahead, with no classes: roll-over previews into it write nothing. */
const futureYear = (world: AuthzWorld) => world.shared('future-school-year', () => createYear(world, 2090));

/** A past year closed already: closing it again changes nothing whoever asks. */
const closedYear = (world: AuthzWorld) =>
  world.shared('closed-school-year', () => createYear(world, 2001, new Date('2002-06-30T00:00:00Z')));

const lessonDay = async (world: AuthzWorld, classId: string) => {
  const c = await world.db.class.findUniqueOrThrow({ where: { id: classId }, include: { schoolYear: true } });
  return c.schoolYear.startDate.toISOString().slice(0, 10);
};

/** School years (create, make current, close, roll over), past lessons, plan targets. */
export const schoolYearProbes = [
  probe(
    'POST /api/school-years',
    // Overlapping the world's year: an allowed caller gets the domain refusal, others 403 first.
    async () => ({
      method: 'POST',
      url: '/api/school-years',
      payload: {
        code: '2026-2027',
        startDate: '2026-09-05',
        endDate: '2027-05-31',
        semester1End: '2027-01-08',
        semester2Start: '2027-01-09',
      },
    }),
    sectorWide,
  ),
  probe(
    'POST /api/school-years/:yearId/current',
    async ({ world }) => {
      const current = await world.db.schoolYear.findFirstOrThrow({ where: { isCurrent: true } });
      return { method: 'POST', url: `/api/school-years/${current.id}/current` };
    },
    sectorWide,
  ),
  probe(
    'POST /api/school-years/:yearId/close',
    async ({ world }) => ({ method: 'POST', url: `/api/school-years/${(await closedYear(world)).id}/close` }),
    sectorWide,
  ),
  probe('POST /api/school-years/:yearId/rollover', async ({ world, unit }) => ({
    method: 'POST',
    url: `/api/school-years/${(await futureYear(world)).id}/rollover`,
    payload: { schoolId: unit.schoolId, preview: true },
  })),
  probe('POST /api/classes/:classId/online-lessons', async ({ world, unit }) => ({
    method: 'POST',
    url: `/api/classes/${unit.classId}/online-lessons`,
    payload: { subjectCode: 'toan', date: await lessonDay(world, unit.classId), periods: 1 },
  })),
  probe('PATCH /api/online-lessons/:lessonId', async ({ world, unit }) => {
    const lesson = await world.db.onlineLesson.create({
      data: {
        classId: unit.classId,
        subjectCode: 'toan',
        date: new Date(`${await lessonDay(world, unit.classId)}T00:00:00Z`),
        periods: 1,
        source: 'live',
        teacherId: unit.teacher.id,
      },
    });
    return { method: 'PATCH', url: `/api/online-lessons/${lesson.id}`, payload: { periods: 2 } };
  }),
  probe(
    'POST /api/kpi-targets',
    async () => ({
      method: 'POST',
      url: '/api/kpi-targets',
      payload: {
        kpi: 'online_program_share',
        scope: 'primary',
        year: 2031,
        targetPercent: 12,
        sourceDocument: 'Kế hoạch thử nghiệm',
      },
    }),
    sectorWide,
  ),
  probe(
    'GET /api/kpi-targets/:targetId/history',
    async ({ world }) => {
      const target = await world.db.kpiTarget.findFirstOrThrow();
      return { method: 'GET', url: `/api/kpi-targets/${target.id}/history` };
    },
    sectorWide,
  ),
];
