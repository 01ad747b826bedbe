import {
  type QuestionContent,
  type QuestionPartContent,
  questionContentSchema,
  type TestHeader,
  type TestSettings,
  testHeaderSchema,
  testSettingsSchema,
} from '@hoclieu/contracts';
import type { Db, Prisma } from '@hoclieu/db';
import type { Actor } from '@hoclieu/domain';
import { AppError, forbidden } from '../../http/errors.js';

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

export interface VersionLayout {
  order: string[];
  options: Record<string, string[]>;
}

export const settingsOf = (t: { settings: unknown }): TestSettings => testSettingsSchema.parse(t.settings);
export const headerOf = (t: { header: unknown }): TestHeader => testHeaderSchema.parse(t.header);
export const layoutOf = (v: { layout: unknown }) => v.layout as VersionLayout;

/** A key correction applied over the version's content: what grading and the key documents use. */
interface KeyFix {
  options?: string[];
  statements?: Record<string, boolean>;
  accepted?: string[];
}

/**
 * A corrected key over one part: options, statements or accepted answers, whichever it names.
 * A corrected key grades as written: the part's option credits (or its credited short answers),
 * set for the old key, are dropped with it, so a 50 % distractor cannot outscore the new key.
 */
function applyFix<T extends QuestionPartContent | QuestionContent>(part: T, fix: KeyFix | undefined): T {
  if (!fix) return part;
  return {
    ...part,
    options: fix.options
      ? part.options.map(({ credit: _credit, ...o }) => ({
          ...o,
          correct: fix.options?.includes(o.label) ?? false,
        }))
      : part.options,
    statements: fix.statements
      ? part.statements.map((st) => ({ ...st, correct: fix.statements?.[st.label] ?? st.correct }))
      : part.statements,
    answer:
      fix.accepted && part.answer
        ? { accepted: fix.accepted, tolerance: part.answer.tolerance }
        : part.answer,
  };
}

/**
 * Corrected keys applied over the version's content: what grading and the key documents use.
 * `keyOverride` holds the item's own fix and, for a group, `children: { "1": fix, ... }`.
 */
export function itemContent(item: Pick<TestItemRow, 'questionVersion' | 'keyOverride'>): QuestionContent {
  const content = questionContentSchema.parse(item.questionVersion.content);
  const fix = item.keyOverride as (KeyFix & { children?: Record<string, KeyFix> }) | null;
  if (!fix) return content;
  return {
    ...applyFix(content, fix),
    children: content.children.map((child, i) => applyFix(child, fix.children?.[String(i + 1)])),
  };
}

export async function loadTest(db: Db, testId: string): Promise<TestRow> {
  const test = await db.test.findUnique({ where: { id: testId }, include: testInclude });
  if (!test) throw new AppError('TEST_NOT_FOUND');
  return test;
}

/** The author manages a test; the school admin of its school and the system admin may read it. */
export function mayReadTest(actor: Actor, t: { authorId: string; schoolId: string | null }): boolean {
  return (
    actor.userId === t.authorId ||
    actor.role === 'system_admin' ||
    (actor.role === 'school_admin' && !!t.schoolId && t.schoolId === actor.schoolId)
  );
}

export async function readableTest(db: Db, actor: Actor, testId: string): Promise<TestRow> {
  if (actor.role === 'student') throw forbidden();
  const test = await loadTest(db, testId);
  if (!mayReadTest(actor, test)) throw forbidden();
  return test;
}

export async function ownTest(db: Db, actor: Actor, testId: string): Promise<TestRow> {
  const test = await readableTest(db, actor, testId);
  if (test.authorId !== actor.userId && actor.role !== 'system_admin') throw forbidden();
  return test;
}
