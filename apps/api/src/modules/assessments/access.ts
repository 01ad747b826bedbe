import type { Db } from '@hoclieu/db';
import { type Actor, mayManageExam, mayReadExam, mayWriteExams } from '@hoclieu/domain';
import { forbidden } from '../../http/errors.js';
import { type ExamRow, loadExam } from './repository.js';

/** An exam the actor may read (`mayReadExam`); a student is refused before the exam is looked up. */
export async function readableExam(db: Db, actor: Actor, examId: string): Promise<ExamRow> {
  if (!mayWriteExams(actor)) throw forbidden();
  const exam = await loadExam(db, examId);
  if (!mayReadExam(actor, exam)) throw forbidden();
  return exam;
}

/** An exam the actor may edit, assign and correct (`mayManageExam`). */
export async function managedExam(db: Db, actor: Actor, examId: string): Promise<ExamRow> {
  const exam = await readableExam(db, actor, examId);
  if (!mayManageExam(actor, exam)) throw forbidden();
  return exam;
}
