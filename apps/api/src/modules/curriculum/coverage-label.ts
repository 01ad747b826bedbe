import type { Db } from '@hoclieu/db';

/** "1–5, 7" from [1, 2, 3, 4, 5, 7]. */
export function gradeRanges(grades: number[]): string {
  const sorted = [...new Set(grades)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j += 1;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

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
