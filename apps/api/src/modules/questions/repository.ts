import { type QuestionContent, questionContentSchema } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import { type MaterialPlacement, materialAudience } from '@hoclieu/domain';
import { foundOr } from '../../http/found.js';
import { type PlacedRow, sharedPlacement } from '../sharing/placement.js';

export const questionInclude = {
  subject: { select: { code: true, name: true } },
  topic: { select: { id: true, title: true } },
  author: { select: { id: true, fullName: true, role: true } },
  school: { select: { id: true, name: true } },
  versions: {
    orderBy: { number: 'desc' },
    select: { number: true, content: true, createdById: true, createdAt: true },
  },
  decisions: { orderBy: { createdAt: 'asc' } },
} satisfies Prisma.QuestionInclude;

export type QuestionRow = Prisma.QuestionGetPayload<{ include: typeof questionInclude }>;

/** Sharing works as for materials; questions are never assigned to classes, so no class tokens. */
export const placementOf = (q: PlacedRow): MaterialPlacement => sharedPlacement(q);

export function loadQuestion(db: Db, questionId: string): Promise<QuestionRow> {
  const lookup = db.question.findFirst({
    where: { id: questionId, deletedAt: null },
    include: questionInclude,
  });
  return foundOr(lookup, 'QUESTION_NOT_FOUND');
}

export function currentContent(q: {
  currentVersion: number;
  versions: { number: number; content: unknown }[];
}): QuestionContent {
  const version = q.versions.find((v) => v.number === q.currentVersion) ?? q.versions[0];
  return questionContentSchema.parse(version?.content ?? { type: 'essay', stem: '' });
}

type Tx = Pick<Db, 'question' | 'searchOutbox'>;

/** Recomputes the visibility tokens and queues the search-index update, in the caller's transaction. */
export async function refreshQuestion(tx: Tx, questionId: string): Promise<void> {
  const q = await tx.question.findUniqueOrThrow({
    where: { id: questionId },
    include: { author: { select: { role: true } } },
  });
  await tx.question.update({
    where: { id: questionId },
    data: { audience: materialAudience(placementOf(q)) },
  });
  await tx.searchOutbox.create({
    data: { indexName: 'questions', documentId: questionId, operation: q.deletedAt ? 'remove' : 'upsert' },
  });
}
