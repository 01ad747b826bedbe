import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Db } from '../client.js';
import type { SchoolLevel, SubjectKind } from '../generated/prisma/client.js';
import { packageRoot } from '../package-root.js';

const CURRICULUM_SOURCE = 'CT GDPT 2018 (TT 32/2018/TT-BGDĐT; THPT theo TT 13/2022/TT-BGDĐT)';
const levelOf: Record<string, SchoolLevel> = {
  primary: 'primary',
  'lower-secondary': 'lower_secondary',
  'upper-secondary': 'upper_secondary',
};

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(packageRoot(), 'data', file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
}

/** Subjects and periods per year from the shipped GDPT 2018 table; safe to run on every start. */
export async function seedCurriculum(db: Db): Promise<void> {
  const rows = readCsv('curriculum-gdpt2018-periods.csv');
  const subjects = new Map(rows.map((row) => [row.subject_code as string, row.subject_name as string]));
  await db.subject.createMany({
    data: [...subjects].map(([code, name]) => ({ code, name })),
    skipDuplicates: true,
  });
  await db.curriculumPeriod.createMany({
    data: rows.map((row) => ({
      level: levelOf[row.level as string] as SchoolLevel,
      grade: Number(row.grade),
      subjectCode: row.subject_code as string,
      periodsPerYear: Number(row.periods_per_year),
      kind: row.kind as SubjectKind,
      source: CURRICULUM_SOURCE,
    })),
    skipDuplicates: true,
  });
}

/**
 * The plan's targets from the shipped CSV, each naming its source document. A target that exists for
 * the indicator, scope and year is kept as it is: officers may have edited or replaced it.
 */
export async function seedKpiTargets(db: Db): Promise<void> {
  const data = readCsv('kpi-targets.csv').map((row) => ({
    kpi: row.kpi as string,
    scope: row.scope as string,
    year: Number(row.year),
    targetPercent: Number(row.target_percent),
    sourceDocument: row.source_document as string,
    sourceText: row.source_text as string,
  }));
  await db.kpiTarget.createMany({ data, skipDuplicates: true });
}

/**
 * Chapter-level topic trees for Toán 1–12 and Khoa học tự nhiên 6–9 (data/topics-gdpt2018.csv), written
 * from the content per grade of Chương trình GDPT 2018 (môn Toán and môn Khoa học tự nhiên, TT 32/2018/
 * TT-BGDĐT); chapter order and wording for Toán 6–12 follow the Kết nối tri thức textbooks. Safe on every
 * start: a topic whose code already exists (even retired or renamed by an import) is left as it is.
 */
export async function seedTopics(db: Db): Promise<void> {
  const rows = readCsv('topics-gdpt2018.csv');
  const toTopic = (row: Record<string, string>, position: number, parentId: string | null) => ({
    subjectCode: row.subject_code as string,
    grade: Number(row.grade),
    code: row.code as string,
    kind: parentId ? ('lesson' as const) : ('chapter' as const),
    title: row.title as string,
    position,
    parentId,
  });
  const chapters = rows.filter((row) => !row.parent_code);
  const positionOf = (row: Record<string, string>) =>
    rows
      .filter(
        (r) =>
          r.parent_code === row.parent_code && r.subject_code === row.subject_code && r.grade === row.grade,
      )
      .indexOf(row);
  await db.topic.createMany({
    data: chapters.map((row) => toTopic(row, positionOf(row), null)),
    skipDuplicates: true,
  });
  const lessons = rows.filter((row) => row.parent_code);
  if (lessons.length === 0) return;
  const parents = await db.topic.findMany({
    where: { series: '', code: { in: lessons.map((row) => row.parent_code as string) } },
    select: { id: true, subjectCode: true, grade: true, code: true },
  });
  const parentId = (row: Record<string, string>) =>
    parents.find(
      (p) =>
        p.code === row.parent_code && p.subjectCode === row.subject_code && p.grade === Number(row.grade),
    )?.id;
  await db.topic.createMany({
    data: lessons.flatMap((row) => {
      const id = parentId(row);
      return id ? [toTopic(row, positionOf(row), id)] : [];
    }),
    skipDuplicates: true,
  });
}
