import type { QuestionStatus, ShareScope } from '@hoclieu/contracts';

/** Draft until someone asks for a review; approved once any scope beyond private is granted. */
export function questionStatus(q: { scope: ShareScope; requestedScope: ShareScope | null }): QuestionStatus {
  if (q.scope !== 'private') return 'approved';
  return q.requestedScope ? 'submitted' : 'draft';
}
