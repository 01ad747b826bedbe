import type { Actor } from '../authz.js';

/** Students never reach the question bank: answer keys live there. Staff see it by audience tokens. */
export function mayUseQuestionBank(actor: Actor): boolean {
  return actor.role !== 'student';
}

/** Fellow teachers see a question, not why a reviewer turned it down; its author and admins do. */
export function seesRejectionReason(actor: Actor, question: { authorId: string }): boolean {
  return question.authorId === actor.userId || actor.role !== 'teacher';
}
