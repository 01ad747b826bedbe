import { list, probe } from '../matrix.js';

/** Học sinh học trực tuyến: the unit's indicator (a list by unit) and one school's students. */
export const learningOnlineProbes = [
  list(
    'GET /api/reports/learning-online',
    // Asking for district B: only a province officer (or the system admin) may look at it.
    async ({ world }) => ({
      method: 'GET',
      url: `/api/reports/learning-online?districtId=${world.districtB.id}`,
    }),
    async ({ world, caller }) => world.unitsOutside(caller).map((unit) => unit.schoolId),
  ),
  probe('GET /api/reports/learning-online/schools/:schoolId/students', async ({ unit }) => ({
    method: 'GET',
    url: `/api/reports/learning-online/schools/${unit.schoolId}/students`,
  })),
];
