import type { Db } from '@hoclieu/db';
import { type Actor, checkQuestionContent, hasErrors } from '@hoclieu/domain';
import { requesterOf, type SharedItem, type SharingKind } from '../sharing/kind.js';
import { reviewQueueQuery } from '../sharing/review-queue.js';
import { createSharingWorkflow } from '../sharing/workflow.js';
import { bankViewer, visibleQuestion } from './access.js';
import {
  currentContent,
  placementOf,
  type QuestionRow,
  questionInclude,
  refreshQuestion,
} from './repository.js';
import { summaryOf } from './view.js';

type SharingColumns = Parameters<typeof placementOf>[0] &
  Pick<QuestionRow, 'id' | 'currentVersion' | 'approvedVersion'> & {
    decisions: { action: string; actorId: string }[];
  };

function itemOf(q: SharingColumns): SharedItem {
  return {
    id: q.id,
    placement: placementOf(q),
    approval: { scope: q.scope, currentVersion: q.currentVersion, approvedVersion: q.approvedVersion },
    requesterId: requesterOf(q.decisions),
  };
}

/** Questions in the sharing workflow: approval covers the content version. */
export const questionSharing: SharingKind<QuestionRow, { approvedVersion: number }> = {
  kind: 'question',
  load: (db, actor, id) => visibleQuestion(db, actor, id),
  async read(tx, id) {
    const q = await tx.question.findUniqueOrThrow({
      where: { id },
      include: { author: { select: { role: true } }, decisions: { orderBy: { createdAt: 'asc' } } },
    });
    return itemOf(q);
  },
  item: itemOf,
  ready: (q) => !hasErrors(checkQuestionContent(currentContent(q))),
  notAllowed: 'QUESTION_SHARE_NOT_ALLOWED',
  async write(tx, id, data) {
    await tx.question.update({ where: { id }, data });
  },
  async approvedCopy(tx, id) {
    const q = await tx.question.findUniqueOrThrow({ where: { id } });
    return { approvedVersion: q.currentVersion };
  },
  async record(tx, questionId, decision) {
    await tx.questionDecision.create({ data: { questionId, ...decision } });
  },
  refresh: (tx, id) => refreshQuestion(tx, id),
  queue: (db: Db, tokens) => db.question.findMany({ ...reviewQueueQuery(tokens), include: questionInclude }),
};

/**
 * Review of questions: draft -> submitted -> approved at the school, then shared wider one level at
 * a time (district, province), with the same workflow as materials.
 */
export function createQuestionSharing(db: Db, onChange: () => void) {
  const workflow = createSharingWorkflow(db, questionSharing, onChange);
  return {
    ...workflow,
    /** Questions waiting for this actor's decision, oldest request first, as the reviewer sees them. */
    async reviewQueue(actor: Actor) {
      bankViewer(actor);
      return { items: (await workflow.reviewQueue(actor)).map(summaryOf) };
    },
  };
}
