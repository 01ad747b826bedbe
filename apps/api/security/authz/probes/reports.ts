import { list, probe } from '../matrix.js';

const unitReport = "no target: the report covers the caller's own unit";

export const reportProbes = [
  list(
    'GET /api/reports/online-share',
    // Asking for district B: only a province officer (or the system admin) may look at it.
    async ({ world }) => ({
      method: 'GET',
      url: `/api/reports/online-share?districtId=${world.districtB.id}`,
    }),
    async ({ world, caller }) => world.unitsOutside(caller).map((unit) => unit.schoolId),
  ),
  list(
    'GET /api/reports/kpis',
    async ({ world }) => ({ method: 'GET', url: `/api/reports/kpis?districtId=${world.districtB.id}` }),
    async ({ world, caller }) => world.unitsOutside(caller).map((unit) => unit.schoolId),
  ),
  probe(
    'GET /api/reports/online-share.xlsx',
    async () => ({ method: 'GET', url: '/api/reports/online-share.xlsx' }),
    unitReport,
  ),
  probe('GET /api/reports/online-share/schools/:schoolId', async ({ unit }) => ({
    method: 'GET',
    url: `/api/reports/online-share/schools/${unit.schoolId}`,
  })),
  probe('GET /api/reports/online-share/classes/:classId', async ({ unit }) => ({
    method: 'GET',
    url: `/api/reports/online-share/classes/${unit.classId}`,
  })),
  // The target is the class: the caller's own is one they teach (A1's admin teaches 6A1 too).
  probe('POST /api/online-lessons', async ({ world, unit }) => ({
    method: 'POST',
    url: '/api/online-lessons',
    payload: {
      classId: unit.classId,
      subjectCode: 'toan',
      date: '2026-10-06',
      periods: 1,
      link: `https://meet.example.edu.vn/buoi-${world.next()}`,
    },
  })),
  list(
    'GET /api/online-lessons/pending',
    async () => ({ method: 'GET', url: '/api/online-lessons/pending' }),
    async ({ world }) =>
      Promise.all(
        [world.units.otherSchool, world.units.otherDistrict].map(
          async (unit) => (await world.shared(`live:${unit.label}`, () => world.liveClass(unit))).id,
        ),
      ),
  ),
  probe('POST /api/online-lessons/:lessonId/decision', async ({ world, unit }) => ({
    method: 'POST',
    url: `/api/online-lessons/${(await world.liveClass(unit)).id}/decision`,
    payload: { confirm: true },
  })),
];
