import type { AttemptView, StudentAnswerInput } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { CacheBus } from '../../cache/cache-bus.js';
import { answerOf } from '../../db-json.js';
import { AppError } from '../../http/errors.js';
import { createAttemptCaches } from './attempt-caches.js';
import { attemptOwner } from './attempt-sql.js';
import type { OptionIds } from './option-ids.js';
import { studentPaper } from './papers.js';
import { examInclude } from './repository.js';

/** An attempt with everything grading and reviewing read: its assignment's exam, its version, its answers. */
export const attemptInclude = {
  assignment: { include: { exam: { include: examInclude } } },
  version: true,
  answers: true,
} as const;

async function loadAttempt(db: Db, attemptId: string) {
  const attempt = await db.attempt.findUnique({ where: { id: attemptId }, include: attemptInclude });
  if (!attempt) throw new AppError('ATTEMPT_NOT_FOUND');
  return attempt;
}
export type LoadedAttempt = Awaited<ReturnType<typeof loadAttempt>>;

/** What starting an attempt needs of its assignment: window, attempts, versions, maximum score. */
async function loadAssignment(db: Db, assignmentId: string) {
  const a = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: {
      exam: {
        select: {
          title: true,
          versions: { select: { id: true, code: true }, orderBy: { code: 'asc' } },
          items: { select: { points: true } },
        },
      },
    },
  });
  if (!a) throw new AppError('ASSIGNMENT_NOT_FOUND');
  return {
    ...a,
    maxScore: Math.round(a.exam.items.reduce((sum, i) => sum + i.points, 0) * 100) / 100,
  };
}
type AssignmentFacts = Awaited<ReturnType<typeof loadAssignment>>;

/**
 * The attempt service's reads, through its caches where one holds the answer: an assignment's start
 * facts, an attempt's owner, the whole attempt, a version's paper and the student's view.
 */
export function createAttemptReads({
  db,
  sql,
  clock,
  optionIds,
  cacheBus,
}: {
  db: Db;
  sql: Sql;
  clock: () => Date;
  optionIds: OptionIds;
  cacheBus: CacheBus;
}) {
  // What each cache holds and why nothing needs to invalidate it: attempt-caches.ts.
  const caches = createAttemptCaches<AssignmentFacts>(() => clock().getTime(), cacheBus);
  const { papers, owners, assignmentFacts: factsCache } = caches;

  function assignmentFacts(assignmentId: string): Promise<AssignmentFacts> {
    const cached = factsCache.get(assignmentId);
    if (cached !== undefined) return cached;
    const facts = factsCache.set(assignmentId, loadAssignment(db, assignmentId));
    facts.catch(() => factsCache.delete(assignmentId));
    return facts;
  }

  async function ownerOf(attemptId: string) {
    const cached = owners.get(attemptId);
    if (cached) return cached;
    const found = await attemptOwner(sql, attemptId);
    if (!found) throw new AppError('ATTEMPT_NOT_FOUND');
    owners.set(attemptId, found);
    return found;
  }

  const load = (attemptId: string) => loadAttempt(db, attemptId);

  const paperOf = (a: Pick<LoadedAttempt, 'version' | 'assignment'>) =>
    papers.get(a.version.id) ??
    papers.remember(
      a.version.id,
      studentPaper({
        version: a.version,
        items: a.assignment.exam.items,
        subjectCode: a.assignment.exam.subjectCode,
      }),
    );

  /**
   * What a student's page loads: the attempt row and its answers, the paper from the cache. Only
   * the first load of a version reads the exam, so a class starting together costs a few rows each.
   */
  async function viewOf(attemptId: string): Promise<AttemptView> {
    const a = await db.attempt.findUnique({
      where: { id: attemptId },
      include: {
        version: { select: { id: true, code: true } },
        answers: { select: { key: true, answer: true } },
        assignment: { select: { exam: { select: { title: true } } } },
      },
    });
    if (!a) throw new AppError('ATTEMPT_NOT_FOUND');
    const paper = papers.get(a.version.id) ?? paperOf(await load(attemptId));
    const questions = paper.questions;
    // Stored by original letter, echoed by this attempt's option ids.
    const ids = optionIds.forAttempt(a.id, paper.positions);
    const answers: Record<string, StudentAnswerInput> = {};
    for (const row of a.answers) {
      const answer = answerOf(row);
      if (answer) answers[row.key] = ids.toWire(row.key, answer);
    }
    return {
      id: a.id,
      assignmentId: a.assignmentId,
      title: a.assignment.exam.title,
      versionCode: a.version.code,
      status: a.status,
      startedAt: a.startedAt.toISOString(),
      deadlineAt: a.deadlineAt.toISOString(),
      serverNow: clock().toISOString(),
      questions,
      answers,
      seq: a.lastSeq,
    };
  }

  return { caches, assignmentFacts, ownerOf, load, paperOf, viewOf };
}
