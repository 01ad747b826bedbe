import type { Db } from '@hoclieu/db';
import { type Actor, isVisible, mayUseQuestionBank, viewerTokens } from '@hoclieu/domain';
import { forbidden } from '../../http/errors.js';
import { loadQuestion, type QuestionRow } from './repository.js';

/** Students never reach the bank: answer keys live here. Everyone else sees by audience tokens. */
export function bankViewer(actor: Actor): string[] {
  if (!mayUseQuestionBank(actor)) throw forbidden();
  return viewerTokens(actor, []);
}

/** A question the actor may see, or FORBIDDEN; the same check guards every read. */
export async function visibleQuestion(db: Db, actor: Actor, questionId: string): Promise<QuestionRow> {
  const viewer = bankViewer(actor);
  const q = await loadQuestion(db, questionId);
  if (!isVisible(q.audience, viewer)) throw forbidden();
  return q;
}
