import type { ShareScope } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import { type Actor, checkQuestionContent, hasErrors, mayDecide, mayRequestShare } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/record.js';
import {
  bankViewer,
  currentContent,
  placementOf,
  type QuestionRow,
  questionInclude,
  refreshQuestion,
  visibleQuestion,
} from './load.js';
import { summaryOf } from './view.js';

type Decision = { decision: 'approve' } | { decision: 'reject'; reason: string };

/**
 * Review of questions: draft -> submitted -> approved at the school, then shared wider one level at
 * a time (district, province), each decided by that level's reviewer, as for materials.
 */
export function createQuestionSharing(db: Db, onChange: () => void) {
  async function transition(
    actor: Actor,
    q: QuestionRow,
    step: {
      action: string;
      scope: ShareScope | null;
      reason: string | null;
      data: Prisma.QuestionUpdateInput;
    },
  ) {
    const { action, scope, reason } = step;
    await db.$transaction(async (tx) => {
      await tx.question.update({ where: { id: q.id }, data: step.data });
      await tx.questionDecision.create({
        data: { questionId: q.id, action, scope, reason, actorId: actor.userId },
      });
      await refreshQuestion(tx, q.id);
      await recordAudit(tx, {
        actor,
        action: `question.${action}`,
        resourceType: 'question',
        resourceId: q.id,
        scope: { provinceId: q.provinceId, districtId: q.districtId, schoolId: q.schoolId },
        details: { scope, reason, version: q.currentVersion },
      });
    });
    onChange();
  }

  return {
    async requestShare(actor: Actor, questionId: string, scope: Exclude<ShareScope, 'private'>) {
      const q = await visibleQuestion(db, actor, questionId);
      const placement = placementOf(q);
      if (q.authorId !== actor.userId && !mayRequestShare(actor, placement, scope)) throw forbidden();
      if (!mayRequestShare(actor, placement, scope) || hasErrors(checkQuestionContent(currentContent(q))))
        throw new AppError('QUESTION_SHARE_NOT_ALLOWED');
      await transition(actor, q, {
        action: 'submitted',
        scope,
        reason: null,
        data: { requestedScope: scope, rejectionReason: null },
      });
    },

    async decide(actor: Actor, questionId: string, decision: Decision) {
      const q = await visibleQuestion(db, actor, questionId);
      if (!mayDecide(actor, placementOf(q))) throw forbidden();
      const scope = q.requestedScope;
      if (decision.decision === 'approve') {
        await transition(actor, q, {
          action: 'approved',
          scope,
          reason: null,
          data: { scope: scope ?? q.scope, requestedScope: null },
        });
      } else {
        await transition(actor, q, {
          action: 'rejected',
          scope,
          reason: decision.reason,
          data: { requestedScope: null, rejectionReason: decision.reason },
        });
      }
    },

    /** Questions waiting for this actor's decision, oldest request first. */
    async reviewQueue(actor: Actor) {
      const tokens = bankViewer(actor).filter((t) => t.startsWith('review-') || t === 'admin');
      if (tokens.length === 0) return { items: [] };
      const rows = await db.question.findMany({
        where: { deletedAt: null, requestedScope: { not: null }, audience: { hasSome: tokens } },
        include: questionInclude,
        orderBy: { updatedAt: 'asc' },
        take: 200,
      });
      return { items: rows.map(summaryOf) };
    },
  };
}
