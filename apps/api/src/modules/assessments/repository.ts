import type { QuestionContent } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import { correctedContent } from '@hoclieu/domain';
import { contentOf, keyOverrideOf } from '../../db-json.js';
import { AppError } from '../../http/errors.js';

export const examInclude = {
  subject: { select: { code: true, name: true } },
  author: { select: { id: true, fullName: true } },
  items: {
    orderBy: { position: 'asc' },
    include: {
      questionVersion: { select: { number: true, content: true } },
      question: { select: { level: true, topic: { select: { id: true, title: true } } } },
    },
  },
  versions: { orderBy: { code: 'asc' } },
  _count: { select: { assignments: true } },
} satisfies Prisma.ExamInclude;

export type ExamRow = Prisma.ExamGetPayload<{ include: typeof examInclude }>;
export type ExamItemRow = ExamRow['items'][number];

export { headerOf, layoutOf, settingsOf } from '../../db-json.js';

/**
 * Corrected keys applied over the version's content (@hoclieu/domain `correctedContent`): what
 * grading and the key documents use. `keyOverride` holds the item's own fix and, for a group,
 * `children: { "1": fix, ... }`.
 */
export function itemContent(item: Pick<ExamItemRow, 'questionVersion' | 'keyOverride'>): QuestionContent {
  return correctedContent(contentOf(item.questionVersion), keyOverrideOf(item));
}

export async function loadExam(db: Db, examId: string): Promise<ExamRow> {
  const exam = await db.exam.findUnique({ where: { id: examId }, include: examInclude });
  if (!exam) throw new AppError('TEST_NOT_FOUND');
  return exam;
}
