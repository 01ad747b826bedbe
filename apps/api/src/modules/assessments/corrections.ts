import type { Db } from '@hoclieu/db';
import { type Actor, scoringUnits } from '@hoclieu/domain';
import { keyOverrideOf } from '../../db-json.js';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import { managedExam } from './access.js';
import type { AssignmentService } from './assignments.js';
import type { AttemptService } from './attempts.js';
import { itemContent } from './repository.js';

interface KeyFix {
  options?: string[] | undefined;
  statements?: Partial<Record<'a' | 'b' | 'c' | 'd', boolean>> | undefined;
  accepted?: string[] | undefined;
  reason: string;
}

/** After the fact: a corrected key regrades every attempt; a teacher scores an essay. */
export function createCorrectionService(db: Db, attempts: AttemptService, assignments: AssignmentService) {
  return {
    async correctKey(actor: Actor, examId: string, key: string, fix: KeyFix) {
      const exam = await managedExam(db, actor, examId);
      // "3" is an item; "3.1" the first child of group item 3.
      const [itemKey, child] = key.split('.');
      const item = exam.items.find((i) => i.key === itemKey);
      const content = item && itemContent(item);
      if (!item || !content || (child !== undefined && !content.children[Number(child) - 1])) {
        throw new AppError('ITEM_NOT_FOUND');
      }
      const before = child === undefined ? content : (content.children[Number(child) - 1] as typeof content);
      const { reason, ...override } = fix;
      const current = keyOverrideOf(item) ?? {};
      const keyOverride =
        child === undefined
          ? { ...current, ...override }
          : { ...current, children: { ...(current.children ?? {}), [child]: override } };
      await db.examItem.update({ where: { id: item.id }, data: { keyOverride } });
      const affected = await db.attempt.findMany({
        where: { assignment: { examId }, status: 'submitted' },
        select: { id: true },
      });
      for (const a of affected) await attempts.regrade(a.id);
      await recordAudit(db, {
        actor,
        action: 'test.key_corrected',
        resourceType: 'test',
        resourceId: examId,
        scope: exam,
        details: {
          key,
          reason,
          before: {
            options: before.options.filter((o) => o.correct).map((o) => o.label),
            statements: before.statements.map((s) => s.correct),
            accepted: before.answer?.accepted ?? [],
          },
          after: override,
          regraded: affected.length,
        },
      });
      return { regraded: affected.length };
    },

    /** A teacher's score for one essay of a submitted attempt, by the rubric. */
    async gradeEssay(actor: Actor, attemptId: string, key: string, score: number, comment: string) {
      const a = await attempts.load(attemptId);
      await assignments.managed(actor, a.assignmentId);
      const exam = a.assignment.exam;
      const unit = exam.items
        .flatMap((item) => scoringUnits(item.key, itemContent(item), item.points, exam.subjectCode))
        .find((u) => u.key === key);
      if (unit?.content.type !== 'essay') throw new AppError('ITEM_NOT_FOUND');
      if (a.status !== 'submitted') throw forbidden();
      const manualScore = Math.min(score, unit.points);
      await db.attemptAnswer.upsert({
        where: { attemptId_key: { attemptId, key } },
        create: { attemptId, key, answer: undefined, seq: 0, manualScore, comment },
        update: { manualScore, comment },
      });
      await attempts.regrade(attemptId);
      await recordAudit(db, {
        actor,
        action: 'attempt.essay_graded',
        resourceType: 'attempt',
        resourceId: attemptId,
        scope: exam,
        details: { key, score: manualScore },
      });
      return attempts.resultOf(await attempts.load(attemptId), true);
    },
  };
}
