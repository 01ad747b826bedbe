import type { Actor } from '../authz.js';

/** An exam (đề kiểm tra) as permissions see it: who wrote it and in which school. */
export interface ExamPlace {
  authorId: string;
  schoolId: string | null;
}

/** Staff write exams (and draw them from a matrix); students only sit them. */
export function mayWriteExams(actor: Actor): boolean {
  return actor.role !== 'student';
}

/** The author manages an exam; the school admin of its school and the system admin may read it. */
export function mayReadExam(actor: Actor, exam: ExamPlace): boolean {
  return (
    mayWriteExams(actor) &&
    (actor.userId === exam.authorId ||
      actor.role === 'system_admin' ||
      (actor.role === 'school_admin' && !!exam.schoolId && exam.schoolId === actor.schoolId))
  );
}

/** Editing, assigning and correcting an exam: its author, or the system admin. */
export function mayManageExam(actor: Actor, exam: ExamPlace): boolean {
  return mayReadExam(actor, exam) && (exam.authorId === actor.userId || actor.role === 'system_admin');
}
