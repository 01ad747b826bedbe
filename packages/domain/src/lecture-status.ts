/** A lecture as the student and the teacher see it: chưa học, đang học, đã hoàn thành, đạt, chưa đạt. */
export type LectureStatus = 'not_started' | 'in_progress' | 'completed' | 'passed' | 'failed';

export interface LectureProgressFacts {
  completionStatus: string;
  successStatus: string;
}

/**
 * Success decides when the lecture reports it (passed / failed, SCORM 1.2's lesson_status included);
 * else completion does. A lecture never committed, or committed as "not attempted", is not started.
 */
export function lectureStatus(progress: LectureProgressFacts | null): LectureStatus {
  if (!progress) return 'not_started';
  if (progress.successStatus === 'passed') return 'passed';
  if (progress.successStatus === 'failed') return 'failed';
  if (progress.completionStatus === 'completed') return 'completed';
  if (progress.completionStatus === 'not attempted') return 'not_started';
  return 'in_progress';
}
