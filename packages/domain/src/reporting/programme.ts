import { levelOfGrade } from '../school-kind.js';

export interface CurriculumRow {
  grade: number;
  subjectCode: string;
  periodsPerYear: number;
  kind: 'compulsory' | 'elective' | 'optional';
}

/** Upper secondary: every class studies three clusters of chuyên đề học tập (35 periods each). */
export const TOPIC_CLUSTERS = 3;
export const TOPIC_CLUSTER_CODE = 'chuyen-de-hoc-tap';

/** A combination of electives and the share of the report window it was in force (0..1). */
export interface WeightedCombination {
  subjects: string[];
  weight: number;
}

/** An earlier combination of a class, in force before `until` (YYYY-MM-DD, exclusive). */
export interface ElectivePeriod {
  until: string;
  subjects: string[];
}

const DAY = 24 * 3_600_000;

/**
 * How long each combination of a class was in force within [start, end] (whole days): a class
 * that switched from Sinh học to Địa lí in January owes each subject its part of the year.
 */
export function combinationWeights(
  current: string[],
  history: ElectivePeriod[],
  start: Date,
  end: Date,
): WeightedCombination[] {
  const total = Math.round((end.getTime() - start.getTime()) / DAY) + 1;
  if (history.length === 0 || total <= 0) return [{ subjects: current, weight: 1 }];
  const segments: WeightedCombination[] = [];
  let from = start.getTime();
  const stop = end.getTime() + DAY;
  for (const period of [...history].sort((a, b) => a.until.localeCompare(b.until))) {
    const until = Math.min(Date.parse(`${period.until}T00:00:00Z`), stop);
    if (until > from)
      segments.push({ subjects: period.subjects, weight: Math.round((until - from) / DAY) / total });
    from = Math.max(from, until);
  }
  if (stop > from) segments.push({ subjects: current, weight: Math.round((stop - from) / DAY) / total });
  return segments;
}

/**
 * The programme of one class: compulsory subjects of its grade, plus, in upper secondary, the
 * elective subjects of its combination (each weighted by how long it was in force when the class
 * changed combination mid-year) and three chuyên đề clusters. Optional subjects (minority
 * language, second foreign language) are not in the denominator.
 */
export function classProgramme(
  grade: number,
  electiveSubjects: string[],
  curriculum: CurriculumRow[],
  combinations: WeightedCombination[] = [{ subjects: electiveSubjects, weight: 1 }],
): { subjectCode: string; periods: number }[] {
  const upper = levelOfGrade(grade) === 'upper_secondary';
  return curriculum
    .filter((row) => row.grade === grade)
    .flatMap((row) => {
      if (row.kind === 'compulsory') return [{ subjectCode: row.subjectCode, periods: row.periodsPerYear }];
      if (!upper || row.kind !== 'elective') return [];
      if (row.subjectCode === TOPIC_CLUSTER_CODE)
        return [{ subjectCode: row.subjectCode, periods: row.periodsPerYear * TOPIC_CLUSTERS }];
      const weight = combinations.reduce(
        (sum, c) => sum + (c.subjects.includes(row.subjectCode) ? c.weight : 0),
        0,
      );
      return weight > 0 ? [{ subjectCode: row.subjectCode, periods: row.periodsPerYear * weight }] : [];
    });
}
