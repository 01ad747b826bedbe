import type { Db, Prisma } from '@hoclieu/db';
import { type Actor, can } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { pageOf, pageWindow } from '../../paging.js';
import { districtsWithin, schoolScope, schoolsWithin } from './scope.js';
import { idsMatching } from './text-search.js';
import { districtInclude, districtItem } from './unit-items.js';

interface ListQuery {
  districtId?: string | undefined;
  level?: 'primary' | 'lower_secondary' | 'upper_secondary' | 'continuing' | undefined;
  q?: string | undefined;
  status?: 'active' | 'inactive' | 'all' | undefined;
  page: number;
  pageSize: number;
}

const withDistrict = { district: { select: { id: true, name: true, provinceId: true } } } as const;

export function createSchoolService(db: Db) {
  async function countsFor(schoolIds: string[]) {
    const [classes, people] = await Promise.all([
      db.class.groupBy({
        by: ['schoolId'],
        where: { schoolId: { in: schoolIds }, schoolYear: { isCurrent: true } },
        _count: true,
      }),
      db.user.groupBy({
        by: ['schoolId', 'role'],
        where: { schoolId: { in: schoolIds }, role: { in: ['teacher', 'student'] } },
        _count: true,
      }),
    ]);
    return (id: string) => ({
      classCount: classes.find((row) => row.schoolId === id)?._count ?? 0,
      teacherCount: people.find((row) => row.schoolId === id && row.role === 'teacher')?._count ?? 0,
      studentCount: people.find((row) => row.schoolId === id && row.role === 'student')?._count ?? 0,
    });
  }

  type SchoolRow = Prisma.SchoolGetPayload<{ include: typeof withDistrict }>;
  const summary = (school: SchoolRow, counts: ReturnType<Awaited<ReturnType<typeof countsFor>>>) => ({
    id: school.id,
    code: school.code,
    name: school.name,
    kind: school.kind,
    levels: school.levels,
    district: { id: school.district.id, name: school.district.name },
    active: !school.deactivatedAt,
    ...counts,
  });

  return {
    async listDistricts(actor: Actor) {
      const districts = await db.district.findMany({
        where: districtsWithin(actor),
        include: districtInclude,
        orderBy: { name: 'asc' },
      });
      return {
        items: districts
          .filter((d) => can(actor, 'org.read', { provinceId: d.provinceId, districtId: d.id }))
          .map(districtItem),
      };
    },

    async listSchools(actor: Actor, query: ListQuery) {
      const filters: Prisma.SchoolWhereInput[] = [schoolsWithin(actor)];
      if (query.districtId) filters.push({ districtId: query.districtId });
      if (query.level) filters.push({ levels: { has: query.level } });
      if (query.status === 'active') filters.push({ deactivatedAt: null });
      if (query.status === 'inactive') filters.push({ deactivatedAt: { not: null } });
      if (query.q) filters.push({ id: { in: await idsMatching(db, 'School', ['name', 'code'], query.q) } });
      const where = { AND: filters };
      const [total, schools] = await Promise.all([
        db.school.count({ where }),
        db.school.findMany({
          where,
          include: withDistrict,
          orderBy: [{ district: { name: 'asc' } }, { name: 'asc' }],
          ...pageWindow(query),
        }),
      ]);
      const counts = await countsFor(schools.map((s) => s.id));
      return pageOf(
        schools.map((s) => summary(s, counts(s.id))),
        total,
        query,
      );
    },

    async getSchool(actor: Actor, schoolId: string) {
      const school = await db.school.findUnique({ where: { id: schoolId }, include: withDistrict });
      if (!school) throw new AppError('SCHOOL_NOT_FOUND');
      if (!can(actor, 'org.read', schoolScope(school))) throw forbidden();
      const counts = await countsFor([school.id]);
      return { ...summary(school, counts(school.id)), address: school.address };
    },
  };
}
