import type { Db } from '@hoclieu/db';
import { gradeRanges } from '@hoclieu/domain';

/**
 * The subjects and grades that have topics in use, e.g. "Khoa học tự nhiên 6–9; Toán 1–12", so the
 * coverage indicator says what its denominator counts instead of a bare number of topics.
 */
export async function topicTreesLabel(db: Db): Promise<string> {
  const [groups, subjects] = await Promise.all([
    db.topic.groupBy({ by: ['subjectCode', 'grade'], where: { retiredAt: null } }),
    db.subject.findMany({ select: { code: true, name: true } }),
  ]);
  const grades = new Map<string, number[]>();
  for (const g of groups) grades.set(g.subjectCode, [...(grades.get(g.subjectCode) ?? []), g.grade]);
  const nameOf = new Map(subjects.map((s) => [s.code, s.name]));
  return [...grades]
    .map(([code, list]) => `${nameOf.get(code) ?? code} ${gradeRanges(list)}`)
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .join('; ');
}
