import type { QuestionContent } from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import { correctedContent } from '@hoclieu/domain';
import { contentOf, keyOverrideOf } from '../../db-json.js';
import { AppError } from '../../http/errors.js';

export const testInclude = {
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
} satisfies Prisma.TestInclude;

export type TestRow = Prisma.TestGetPayload<{ include: typeof testInclude }>;
export type TestItemRow = TestRow['items'][number];

export { headerOf, layoutOf, settingsOf } from '../../db-json.js';

/**
 * Corrected keys applied over the version's content (@hoclieu/domain `correctedContent`): what
 * grading and the key documents use. `keyOverride` holds the item's own fix and, for a group,
 * `children: { "1": fix, ... }`.
 */
export function itemContent(item: Pick<TestItemRow, 'questionVersion' | 'keyOverride'>): QuestionContent {
  return correctedContent(contentOf(item.questionVersion), keyOverrideOf(item));
}

export async function loadTest(db: Db, testId: string): Promise<TestRow> {
  const test = await db.test.findUnique({ where: { id: testId }, include: testInclude });
  if (!test) throw new AppError('TEST_NOT_FOUND');
  return test;
}
