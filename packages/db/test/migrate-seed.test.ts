import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrate } from '../src/migrate.js';
import { DEMO_PROVINCE_CODE, seed } from '../src/seed/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase(inject('templateDatabaseUrl'));
});
afterAll(() => test.drop());

describe('migrate', () => {
  it('is a no-op on a migrated database', async () => {
    expect(await migrate(test.url)).toEqual([]);
  });

  it('refuses an applied migration whose file changed', async () => {
    await expect(
      migrate(test.url, [{ name: (await firstMigration()).name, sql: 'SELECT 1', checksum: 'x' }]),
    ).rejects.toThrow(/changed after it was applied/);
  });
});

async function firstMigration() {
  const rows = await test.db.$queryRaw<
    { migration_name: string }[]
  >`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name LIMIT 1`;
  return { name: rows[0]!.migration_name };
}

describe('seed', () => {
  it('loads the curriculum and targets, and demo data once', async () => {
    const options = { demo: true, demoPasswordHash: async () => 'hash' };
    expect(await seed(test.db, options)).toEqual({ demoCreated: true });
    expect(await seed(test.db, options)).toEqual({ demoCreated: false });

    expect(await test.db.curriculumPeriod.count()).toBe(166);
    const grade6Maths = await test.db.curriculumPeriod.findUnique({
      where: { grade_subjectCode: { grade: 6, subjectCode: 'toan' } },
    });
    expect(grade6Maths?.periodsPerYear).toBe(140);
    expect(await test.db.kpiTarget.count()).toBe(9);
    const secondary2025 = await test.db.kpiTarget.findFirstOrThrow({
      where: { kpi: 'online_program_share', scope: 'secondary', year: 2025 },
    });
    expect(secondary2025.sourceDocument).toBe(
      'Kế hoạch số 1414/KH-UBND ngày 09/8/2022 của UBND tỉnh Quảng Bình',
    );

    const province = await test.db.province.findUnique({
      where: { code: DEMO_PROVINCE_CODE },
      include: { districts: true },
    });
    expect(province?.districts.map((d) => d.name)).toContain('Phòng GDĐT Tuyên Hoá');
    expect(await test.db.school.count()).toBe(20);
    const roles = await test.db.user.groupBy({ by: ['role'], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(
      ['district_officer', 'province_officer', 'school_admin', 'student', 'system_admin', 'teacher'].sort(),
    );
    // A multi-level school gets classes of each of its levels.
    const chauHoa = await test.db.school.findUnique({
      where: { code: 'ththcs-chauhoa' },
      include: { classes: true },
    });
    expect(chauHoa?.levels).toEqual(['primary', 'lower_secondary']);
    expect(chauHoa?.classes.map((c) => c.grade).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
