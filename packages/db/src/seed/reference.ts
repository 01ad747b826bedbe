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

/** A starter topic tree (Toán 6, Kết nối tri thức) so the tree is not empty on a fresh install. */
export async function seedTopics(db: Db): Promise<void> {
  if ((await db.topic.count({ where: { subjectCode: 'toan', grade: 6 } })) > 0) return;
  const chapters: [string, string[]][] = [
    [
      'Chương I. Tập hợp các số tự nhiên',
      ['Bài 1. Tập hợp', 'Bài 2. Cách ghi số tự nhiên', 'Bài 3. Thứ tự trong tập hợp các số tự nhiên'],
    ],
    [
      'Chương II. Tính chia hết trong tập hợp các số tự nhiên',
      ['Bài 8. Quan hệ chia hết và tính chất', 'Bài 9. Dấu hiệu chia hết'],
    ],
    ['Chương III. Số nguyên', ['Bài 13. Tập hợp các số nguyên', 'Bài 14. Phép cộng và phép trừ số nguyên']],
    [
      'Chương IV. Một số hình phẳng trong thực tiễn',
      ['Bài 18. Hình tam giác đều. Hình vuông. Hình lục giác đều'],
    ],
  ];
  for (const [position, [title, lessons]] of chapters.entries()) {
    const chapter = await db.topic.create({
      data: { subjectCode: 'toan', grade: 6, kind: 'chapter', title, position },
    });
    await db.topic.createMany({
      data: lessons.map((lesson, index) => ({
        subjectCode: 'toan',
        grade: 6,
        kind: 'lesson' as const,
        title: lesson,
        position: index,
        parentId: chapter.id,
      })),
    });
  }
}
