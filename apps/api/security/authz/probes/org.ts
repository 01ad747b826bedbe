import type { CaseContext } from '../matrix.js';
import { probe, list as scopedList } from '../matrix.js';

/** Outside the caller's unit: the schools it does not hold and everyone in them. */
const outside = (ctx: CaseContext) => ctx.world.unitsOutside(ctx.caller);
const peopleOf = (units: ReturnType<typeof outside>) =>
  units.flatMap((u) => [u.teacher.id, u.student.id, u.admin.id]);

const list = (route: string, url = route.split(' ')[1] ?? '') =>
  probe(route, async () => ({ method: 'GET', url }), "no target: a list filtered by the caller's scope");

/** Districts, schools, classes, users, curriculum and KPI targets. */
export const orgProbes = [
  scopedList(
    'GET /api/districts',
    async () => ({ method: 'GET', url: '/api/districts' }),
    async (ctx) =>
      outside(ctx)
        .map((u) => u.districtId)
        .filter((id) => id !== ctx.world.districtA.id),
  ),
  scopedList(
    'GET /api/schools',
    async (ctx) => ({ method: 'GET', url: `/api/schools?pageSize=200&districtId=${ctx.world.districtB.id}` }),
    async (ctx) => outside(ctx).map((u) => u.schoolId),
  ),
  probe('GET /api/schools/:schoolId', async ({ unit }) => ({
    method: 'GET',
    url: `/api/schools/${unit.schoolId}`,
  })),
  list('GET /api/school-years'),
  probe('GET /api/schools/:schoolId/classes', async ({ unit }) => ({
    method: 'GET',
    url: `/api/schools/${unit.schoolId}/classes`,
  })),
  scopedList(
    'GET /api/me/classes',
    async () => ({ method: 'GET', url: '/api/me/classes' }),
    async ({ world }) => [
      world.units.peer.classId,
      world.units.otherSchool.classId,
      world.units.otherDistrict.classId,
    ],
  ),
  probe('GET /api/classes/:classId', async ({ unit }) => ({
    method: 'GET',
    url: `/api/classes/${unit.classId}`,
  })),
  scopedList(
    'GET /api/users',
    async () => ({ method: 'GET', url: '/api/users?pageSize=200' }),
    async (ctx) => {
      const { callers } = ctx.world;
      const officers =
        ctx.caller === 'district_officer'
          ? [callers.province_officer.id]
          : ['province_officer', 'system_admin'].includes(ctx.caller)
            ? []
            : [callers.district_officer.id, callers.province_officer.id];
      return [...peopleOf(outside(ctx)), ...officers];
    },
  ),
  probe('POST /api/users/:userId/reset-password', async ({ world, unit }) => ({
    method: 'POST',
    url: `/api/users/${(await world.account(unit)).id}/reset-password`,
  })),
  // Slowed sign-ins: every unit's student has failed sign-ins; a list names only the caller's.
  scopedList(
    'GET /api/users/login-throttles',
    async ({ world }) => {
      await world.shared('throttled-students', () =>
        Promise.all(
          Object.values(world.units).map(({ student }) =>
            world.db.loginThrottle.upsert({
              where: { key: `account:${student.username}` },
              create: {
                key: `account:${student.username}`,
                userId: student.id,
                failures: 9,
                lastFailedAt: new Date(),
                blockedUntil: new Date(),
              },
              update: {},
            }),
          ),
        ),
      );
      return { method: 'GET', url: '/api/users/login-throttles' };
    },
    async (ctx) => outside(ctx).map((u) => u.student.id),
  ),
  probe('DELETE /api/users/:userId/login-throttle', async ({ world, unit }) => ({
    method: 'DELETE',
    url: `/api/users/${(await world.account(unit)).id}/login-throttle`,
  })),

  // Managing the organisation (org-management.test.ts crosses provinces and abuses the workflow).
  list('GET /api/provinces'),
  probe(
    'POST /api/provinces',
    async ({ world }) => ({
      method: 'POST',
      url: '/api/provinces',
      payload: { code: `SGD-P${world.next()}`, name: `Sở GDĐT thử ${world.next()}` },
    }),
    'no target: a new province belongs to no unit yet',
  ),
  probe(
    'PATCH /api/provinces/:provinceId',
    async ({ world }) => ({
      method: 'PATCH',
      url: `/api/provinces/${world.province.id}`,
      payload: { name: world.province.name },
    }),
    "the world has one province (another province's is refused in org-management.test.ts)",
  ),
  probe(
    'POST /api/districts',
    async ({ world }) => ({
      method: 'POST',
      url: '/api/districts',
      payload: {
        provinceId: world.province.id,
        code: `PGD-P${world.next()}`,
        name: `Phòng GDĐT thử ${world.next()}`,
      },
    }),
    "the world has one province (another province's is refused in org-management.test.ts)",
  ),
  probe('PATCH /api/districts/:districtId', async ({ world, unit }) => {
    const district = unit.districtId === world.districtA.id ? world.districtA : world.districtB;
    return { method: 'PATCH', url: `/api/districts/${district.id}`, payload: { name: district.name } };
  }),
  probe('POST /api/schools', async ({ world, unit }) => ({
    method: 'POST',
    url: '/api/schools',
    payload: {
      districtId: unit.districtId,
      code: `TRG-P${world.next()}`,
      name: 'Trường THCS Thử',
      kind: 'THCS',
    },
  })),
  probe('PATCH /api/schools/:schoolId', async ({ unit }) => ({
    method: 'PATCH',
    url: `/api/schools/${unit.schoolId}`,
    payload: {},
  })),
  probe('POST /api/users', async ({ world, unit, caller }) => ({
    method: 'POST',
    url: '/api/users',
    payload: {
      // A role the caller outranks, in the target school.
      role: caller === 'school_admin' ? 'teacher' : 'school_admin',
      username: `tk-thu-${world.next()}`,
      fullName: 'Nguyễn Văn Thử',
      schoolId: unit.schoolId,
    },
  })),
  probe('PATCH /api/users/:userId', async ({ world, unit }) => ({
    method: 'PATCH',
    url: `/api/users/${(await world.account(unit)).id}`,
    payload: { fullName: 'Nguyễn Văn Sửa' },
  })),

  list('GET /api/curriculum/periods'),
  list('GET /api/curriculum/topics', '/api/curriculum/topics?subjectCode=toan&grade=6'),
  probe(
    'POST /api/curriculum/topics',
    async ({ world }) => ({
      method: 'POST',
      url: '/api/curriculum/topics',
      payload: { subjectCode: 'toan', grade: 6, title: `Chương mới ${world.next()}` },
    }),
    'sector-wide: the curriculum belongs to no unit',
  ),
  probe(
    'PATCH /api/curriculum/topics/:topicId',
    async ({ world }) => ({
      method: 'PATCH',
      url: `/api/curriculum/topics/${(await world.topic()).id}`,
      payload: { title: 'Chương đã sửa' },
    }),
    'sector-wide: the curriculum belongs to no unit',
  ),
  probe(
    'DELETE /api/curriculum/topics/:topicId',
    async ({ world }) => ({ method: 'DELETE', url: `/api/curriculum/topics/${(await world.topic()).id}` }),
    'sector-wide: the curriculum belongs to no unit',
  ),

  list('GET /api/kpi-targets'),
  probe(
    'PATCH /api/kpi-targets/:targetId',
    async ({ world }) => {
      const target = await world.shared('kpi-target', async () => {
        const found = await world.db.kpiTarget.findFirst();
        return (
          found ??
          (await world.db.kpiTarget.create({
            data: {
              kpi: 'online_share',
              scope: 'THCS',
              year: 2026,
              targetPercent: 20,
              sourceDocument: 'KH thử',
              sourceText: 'Tỷ lệ dạy học trực tuyến',
            },
          }))
        );
      });
      return { method: 'PATCH', url: `/api/kpi-targets/${target.id}`, payload: { targetPercent: 25 } };
    },
    'sector-wide: plan targets belong to no unit',
  ),
];
