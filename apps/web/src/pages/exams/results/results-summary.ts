import type { AssignmentResults } from '@hoclieu/contracts';

export interface ResultsSummary {
  submitted: number;
  total: number;
  mean: number | null;
  max: number | null;
  needsGrading: number;
}

/** Counts and the mean and best of the scores handed in (an attempt still being graded counts as scored). */
export function summarize(results: AssignmentResults): ResultsSummary {
  const submitted = results.students.filter((student) => student.status === 'submitted');
  const scores = submitted.flatMap((student) => (student.score === null ? [] : [student.score]));
  return {
    submitted: submitted.length,
    total: results.students.length,
    mean: scores.length > 0 ? scores.reduce((sum, value) => sum + value, 0) / scores.length : null,
    max: scores.length > 0 ? Math.max(...scores) : null,
    needsGrading: results.students.filter((student) => student.needsGrading).length,
  };
}
