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

/**
 * The programme of one class: compulsory subjects of its grade, plus, in upper secondary, the
 * elective subjects of its combination and three chuyên đề clusters. Optional subjects (minority
 * language, second foreign language) are not in the denominator.
 */
export function classProgramme(
  grade: number,
  electiveSubjects: string[],
  curriculum: CurriculumRow[],
): { subjectCode: string; periods: number }[] {
  const upper = levelOfGrade(grade) === 'upper_secondary';
  return curriculum
    .filter((row) => row.grade === grade)
    .flatMap((row) => {
      if (row.kind === 'compulsory') return [{ subjectCode: row.subjectCode, periods: row.periodsPerYear }];
      if (!upper || row.kind !== 'elective') return [];
      if (row.subjectCode === TOPIC_CLUSTER_CODE)
        return [{ subjectCode: row.subjectCode, periods: row.periodsPerYear * TOPIC_CLUSTERS }];
      return electiveSubjects.includes(row.subjectCode)
        ? [{ subjectCode: row.subjectCode, periods: row.periodsPerYear }]
        : [];
    });
}
