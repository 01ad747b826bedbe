import type { TestApp } from '../../test/helpers.js';
import type { AuthzWorld } from '../authz/world.js';

/** Real ids of the world for generated id fields, so generated requests reach rows and services. */

/** The callers' own accounts and units: no generated request may lock a caller out of the run. */
const callersOwn = (world: AuthzWorld) =>
  new Set<string>([
    ...Object.values(world.callers).map((p) => p.id),
    world.units.own.schoolId,
    world.province.id,
    world.districtA.id,
  ]);

/** Up to `limit` ids of a table, the callers' own left out. */
async function idsOf(t: TestApp, world: AuthzWorld, table: string, limit: number): Promise<string[]> {
  const own = callersOwn(world);
  const rows = await t.db.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text FROM "${table}" LIMIT ${limit}`);
  return rows.map((r) => r.id).filter((id) => !own.has(id));
}

/** Ids of every table with a uuid id: for an id field whose table the name does not tell. */
export async function worldIds(t: TestApp, world: AuthzWorld): Promise<string[]> {
  const tables = await t.db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.columns
      WHERE column_name = 'id' AND data_type = 'uuid' AND table_schema = current_schema()`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) ids.push(...(await idsOf(t, world, table_name, 10)));
  return ids;
}

/** Which table a field's ids come from, by the field's name (`materialId`, `classIds`, `:lessonId`). */
const TABLE_OF: Record<string, string> = {
  assignment: 'Assignment',
  attempt: 'Attempt',
  class: 'Class',
  district: 'District',
  file: 'MaterialFile',
  thumbnailFile: 'MaterialFile',
  keepFile: 'MaterialFile',
  import: 'OrgImport',
  lesson: 'OnlineLesson',
  material: 'Material',
  province: 'Province',
  question: 'Question',
  exclude: 'Question',
  school: 'School',
  target: 'KpiTarget',
  exam: 'Exam',
  goal: 'PracticeGoal',
  topic: 'Topic',
  parent: 'Topic',
  upload: 'Upload',
  user: 'User',
  student: 'User',
  year: 'SchoolYear',
  fromYear: 'SchoolYear',
};

/** For each id field name, the world's ids of its table (the callers' own accounts and units left out). */
export async function idsByName(t: TestApp, world: AuthzWorld): Promise<Record<string, string[]>> {
  const byName: Record<string, string[]> = {};
  for (const [stem, table] of Object.entries(TABLE_OF)) {
    const ids = await idsOf(t, world, table, 40);
    if (ids.length === 0) continue;
    byName[`${stem}Id`] = ids;
    byName[`${stem}Ids`] = ids;
  }
  return byName;
}
