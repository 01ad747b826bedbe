import { type QuestionDetail, type QuestionSummary, questionMetaSchema } from '@hoclieu/contracts';
import {
  type Actor,
  mayDecide,
  mayEditMaterial,
  mayRequestShare,
  nextScope,
  questionStatus,
  reviewBlock,
  seesRejectionReason,
} from '@hoclieu/domain';
import { requesterOf } from '../sharing/kind.js';
import { approvalStatusOf, asApproved, seesPendingQuestion } from './approved-view.js';
import { currentContent, placementOf, type QuestionRow } from './repository.js';

export function summaryOf(q: QuestionRow): QuestionSummary {
  const content = currentContent(q);
  return {
    id: q.id,
    type: content.type,
    stem: content.stem,
    subject: q.subject,
    grade: q.grade,
    topic: q.topic,
    level: q.level,
    difficulty: q.difficulty,
    estimatedDifficulty: q.estimatedDifficulty,
    difficultyAnswers: q.difficultyAnswers,
    tags: q.tags,
    status: questionStatus(q),
    scope: q.scope,
    requestedScope: q.requestedScope,
    author: q.author,
    school: q.school,
    currentVersion: q.currentVersion,
    updatedAt: q.updatedAt.toISOString(),
  };
}

/** The full question for someone who may see it; `names` maps user ids to names. */
export function detailOf(q: QuestionRow, actor: Actor, names: Map<string, string>): QuestionDetail {
  const placement = placementOf(q);
  // Everyone outside the author's reach and the reviewers sees the approved version.
  const pending = seesPendingQuestion(actor, q);
  const shown = pending ? q : asApproved(q);
  const requesterId = requesterOf(q.decisions);
  const next = nextScope(placement);
  const mayAsk = next !== null && mayRequestShare(actor, placement, next);
  const seesReason = seesRejectionReason(actor, q);
  return {
    ...summaryOf(shown),
    content: currentContent(shown),
    meta: questionMetaSchema.parse({
      subjectCode: q.subjectCode,
      grade: q.grade,
      topicId: q.topicId,
      learningOutcome: q.learningOutcome,
      level: q.level,
      difficulty: q.difficulty,
      tags: q.tags,
      source: q.source,
    }),
    rejectionReason: seesReason ? q.rejectionReason : null,
    versions: shown.versions.map((v) => ({
      number: v.number,
      createdBy: names.get(v.createdById) ?? '',
      createdAt: v.createdAt.toISOString(),
    })),
    decisions: q.decisions.map((d) => ({
      action: d.action,
      scope: d.scope,
      reason: d.reason,
      actor: names.get(d.actorId) ?? '',
      createdAt: d.createdAt.toISOString(),
    })),
    permissions: {
      edit: mayEditMaterial(actor, q),
      submit: mayAsk,
      review: mayDecide(actor, placement, requesterId),
      reviewBlocked: reviewBlock(actor, placement, requesterId),
    },
    nextScope: mayAsk ? next : null,
    approval: approvalStatusOf(q, pending),
  };
}
