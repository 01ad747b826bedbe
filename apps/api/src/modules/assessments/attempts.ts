import { createHash, randomUUID } from 'node:crypto';
import type { AttemptResult, AttemptView, PageEvent, StudentAnswerInput } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import { type Actor, SAVE_GRACE_MS, sitsExams, studentSees } from '@hoclieu/domain';
import type { CacheBus } from '../../cache/cache-bus.js';
import { extraTimeOf, resultsOf } from '../../db-json.js';
import { AppError, forbidden } from '../../http/errors.js';
import type { AssignmentService } from './assignments.js';
import { attemptInclude, createAttemptReads, type LoadedAttempt } from './attempt-reads.js';
import { answersOf, resultFor, reviewOf } from './attempt-review.js';
import { insertAttempt, saveAnswers, startFacts } from './attempt-sql.js';
import { gradeAttempt } from './grading.js';
import type { OptionIds } from './option-ids.js';
import { attemptViewJson } from './papers.js';
import { releaseNow } from './release.js';
import { settingsOf } from './repository.js';
import { guardDevice, pageEventsOf, refusedSave } from './supervision.js';

export interface AttemptDeps {
  db: Db;
  /** The plain pool the start and save statements run on. */
  sql: Sql;
  clock: () => Date;
  /**
   * Asks the job queue to submit the assignment's attempts left open once `at` (a deadline plus
   * grace) has passed; called for every start, so it batches.
   */
  scheduleDeadline: (assignmentId: string, at: Date) => Promise<void>;
  /** Per-attempt option ids: the student's payload never names an option by its original letter. */
  optionIds: OptionIds;
  /** Who manages an assignment: they read its students' results with the key. */
  assignments: Pick<AssignmentService, 'managed'>;
  /** Invalidates the caches (attempt-caches.ts). */
  cacheBus: CacheBus;
  /** Told after a grading committed (question difficulty from tests counts it in the background). */
  onGraded?: () => void;
}

/** Which of an exam's versions a student gets: spread evenly, the same on every retry of the start. */
function versionIndex(studentId: string, assignmentId: string, number: number, count: number): number {
  const digest = createHash('sha256').update(`${assignmentId}:${studentId}:${number}`).digest();
  return digest.readUInt32BE(0) % count;
}

/** Starting, saving, submitting and reading attempts: the student's side of an online exam. */
export function createAttemptService({
  db,
  sql,
  clock,
  scheduleDeadline,
  optionIds,
  assignments,
  cacheBus,
  onGraded,
}: AttemptDeps) {
  const { assignmentFacts, ownerOf, load, paperOf, viewOf, caches } = createAttemptReads({
    db,
    sql,
    clock,
    optionIds,
    cacheBus,
  });
  const { papers, keys: keyCache, owners } = caches;

  /** The student's own attempt id, closed first when its deadline has passed. */
  async function ownOpen(actor: Actor, attemptId: string): Promise<void> {
    const a = await db.attempt.findUnique({
      where: { id: attemptId },
      select: { studentId: true, status: true, deadlineAt: true },
    });
    if (!a) throw new AppError('ATTEMPT_NOT_FOUND');
    if (a.studentId !== actor.userId) throw forbidden();
    if (a.status === 'open' && clock().getTime() > a.deadlineAt.getTime() + SAVE_GRACE_MS)
      await close(attemptId);
  }

  /**
   * Grades and closes an open attempt under its row lock, so no save can slip in between; returns
   * it as closed (read once, before its update), or null when it was not open.
   */
  async function close(attemptId: string): Promise<LoadedAttempt | null> {
    const done = await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ status: string }[]>`
        SELECT status::text FROM "Attempt" WHERE id = ${attemptId}::uuid FOR UPDATE`;
      if (locked[0]?.status !== 'open') return null;
      const a = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: attemptInclude });
      const exam = a.assignment.exam;
      const graded = gradeAttempt(exam.items, exam.subjectCode, settingsOf(exam), answersOf(a));
      const closed = {
        status: 'submitted' as const,
        submittedAt: clock(),
        score: graded.score,
        maxScore: graded.max,
        needsGrading: graded.needsGrading,
      };
      await tx.attempt.update({
        where: { id: attemptId },
        data: { ...closed, results: graded.results as object },
      });
      // The results as a read gives them back: stored JSON.
      return {
        ...a,
        ...closed,
        results: JSON.parse(JSON.stringify(graded.results)) as LoadedAttempt['results'],
      };
    });
    if (done) onGraded?.();
    return done;
  }

  async function own(actor: Actor, attemptId: string) {
    await ownOpen(actor, attemptId);
    return load(attemptId);
  }

  /**
   * Score and review for the teacher; for the student as released (release.ts): keys only once nobody
   * in the assignment can still save, own answers without keys meanwhile. `brief` leaves the own
   * answers out (the submit's answer: a whole class submits at once, the result page reads them).
   */
  function resultOf(a: LoadedAttempt, forTeacher: boolean, retakeLeft = false, brief = false): AttemptResult {
    const release = releaseNow(a.assignment, clock());
    const results = resultsOf(a);
    const seen = studentSees(release, { submitted: a.status === 'submitted', retakeLeft });
    const sees = forTeacher ? 'teacher' : { ...seen, ownAnswers: seen.ownAnswers && !brief };
    return resultFor(a, release.scores, sees, () =>
      reviewOf(a.assignment.exam, paperOf(a), results, answersOf(a)),
    );
  }

  /**
   * Whether the student may still start another attempt. While they may, the corrected paper (keys,
   * accepted answers, solutions) is held back even where results are released at once, or it would
   * answer the retake; the score is still released.
   */
  async function mayRetake(a: LoadedAttempt): Promise<boolean> {
    if (clock() >= a.assignment.closesAt) return false;
    const used = await db.attempt.count({ where: { assignmentId: a.assignmentId, studentId: a.studentId } });
    return used < a.assignment.attemptsAllowed;
  }

  /** The student's own view of a result. */
  async function studentResult(a: LoadedAttempt, brief = false): Promise<AttemptResult> {
    return resultOf(a, false, await mayRetake(a), brief);
  }

  /** Grades a submitted attempt again (a corrected key, an essay score), keeping its status. */
  async function regrade(attemptId: string): Promise<void> {
    const a = await load(attemptId);
    if (a.status !== 'submitted') return;
    const exam = a.assignment.exam;
    const graded = gradeAttempt(exam.items, exam.subjectCode, settingsOf(exam), answersOf(a));
    await db.attempt.update({
      where: { id: attemptId },
      data: {
        score: graded.score,
        maxScore: graded.max,
        results: graded.results as object,
        needsGrading: graded.needsGrading,
      },
    });
  }

  return {
    load,
    close,
    regrade,
    resultOf,

    /** `device`: the browser's id (exam supervision, supervision.ts); every entry below takes one. */
    async start(actor: Actor, assignmentId: string, device: string | null = null): Promise<AttemptView> {
      if (!sitsExams(actor)) throw forbidden();
      const assignment = await assignmentFacts(assignmentId);
      const facts = await startFacts(sql, actor.userId, assignmentId);
      if (!facts.enrolled) throw forbidden();
      if (facts.openId) {
        await ownOpen(actor, facts.openId);
        await guardDevice(sql, facts.openId, device, clock());
        return viewOf(facts.openId);
      }
      const now = clock();
      if (now < assignment.opensAt || now >= assignment.closesAt) throw new AppError('ASSIGNMENT_NOT_OPEN');
      if (facts.used >= assignment.attemptsAllowed) throw new AppError('ATTEMPTS_EXHAUSTED');
      const versions = assignment.exam.versions;
      if (versions.length === 0) throw new AppError('TEST_NO_VERSIONS');
      const extra = extraTimeOf(assignment).find((e) => e.studentId === actor.userId);
      const extraMs = (extra?.minutes ?? 0) * 60_000;
      const deadlineAt = new Date(
        Math.min(
          now.getTime() + assignment.timeLimitMinutes * 60_000 + extraMs,
          assignment.closesAt.getTime() + extraMs,
        ),
      );
      const number = facts.used + 1;
      const version = versions[versionIndex(actor.userId, assignmentId, number, versions.length)] as {
        id: string;
        code: string;
      };
      const id = randomUUID();
      const created = await insertAttempt(sql, {
        id,
        assignmentId,
        studentId: actor.userId,
        number,
        versionId: version.id,
        startedAt: now,
        deadlineAt,
        maxScore: assignment.maxScore,
        deviceId: device,
      });
      if (!created) {
        // Two taps raced: the other one made the attempt.
        const other = await startFacts(sql, actor.userId, assignmentId);
        if (!other.openId) throw new AppError('ATTEMPT_CLOSED');
        await guardDevice(sql, other.openId, device, clock());
        return viewOf(other.openId);
      }
      owners.set(id, { studentId: actor.userId, versionId: version.id });
      await scheduleDeadline(assignmentId, new Date(deadlineAt.getTime() + SAVE_GRACE_MS));
      // Everything the page needs is known: no read back, the paper comes from the cache.
      const questions = papers.get(version.id)?.questions ?? (await viewOf(id)).questions;
      return {
        id,
        assignmentId,
        title: assignment.exam.title,
        versionCode: version.code,
        status: 'open',
        startedAt: now.toISOString(),
        deadlineAt: deadlineAt.toISOString(),
        serverNow: clock().toISOString(),
        questions,
        answers: {},
        seq: 0,
      };
    },

    /** The view as the student receives it: the cached paper's JSON with this attempt's option ids. */
    viewJson: (view: AttemptView) => attemptViewJson(view, optionIds),

    async get(actor: Actor, attemptId: string, device: string | null = null): Promise<AttemptView> {
      await ownOpen(actor, attemptId);
      await guardDevice(sql, attemptId, device, clock());
      return viewOf(attemptId);
    },

    /**
     * Applies a batch of answers: per item, only a higher seq replaces what is stored, so replays
     * and out-of-order arrivals are harmless. The attempt row is locked by the guarded update, so a
     * save either lands before the submit's grading or is refused with ATTEMPT_CLOSED.
     */
    async save(
      actor: Actor,
      attemptId: string,
      body: {
        seq: number;
        answers: { key: string; answer: StudentAnswerInput | null }[];
        events?: PageEvent[];
      },
      device: string | null = null,
    ) {
      const a = await ownerOf(attemptId);
      if (a.studentId !== actor.userId) throw forbidden();
      let version = keyCache.get(a.versionId);
      if (!version) {
        const { letters, positions } = paperOf(await load(attemptId));
        const labels = new Map([...letters].map(([key, byLabel]) => [key, [...byLabel.keys()]]));
        version = { labels, positions };
        keyCache.set(a.versionId, version);
      }
      const { labels, positions } = version;
      const unknown = body.answers.find((entry) => !labels.has(entry.key));
      if (unknown) throw new AppError('ITEM_NOT_FOUND', [{ path: 'answers', message: unknown.key }]);
      // Ids of this attempt back to original letters (another attempt's id: OPTION_NOT_FOUND).
      const ids = optionIds.forAttempt(attemptId, positions);
      const stored = (key: string, answer: StudentAnswerInput | null) =>
        answer && ids.toStored(key, answer, labels.get(key) ?? []);
      const now = clock();
      const latest = new Map(body.answers.map((entry) => [entry.key, stored(entry.key, entry.answer)]));
      const keys = [...latest.keys()];
      const values = keys.map((key) => JSON.stringify(latest.get(key) ?? null));
      const notBefore = new Date(now.getTime() - SAVE_GRACE_MS);
      const seq = await saveAnswers(sql, {
        attemptId,
        seq: body.seq,
        notBefore,
        now,
        keys,
        values,
        device,
        events: pageEventsOf(body.events ?? [], now),
      });
      if (seq === null) return refusedSave(sql, { attemptId, device, notBefore, now });
      return { seq, savedAt: now.toISOString() };
    },

    /** Closes the attempt and answers with its brief result; the attempt is read once. */
    async submit(actor: Actor, attemptId: string, device: string | null = null): Promise<AttemptResult> {
      const { studentId } = await ownerOf(attemptId);
      if (studentId !== actor.userId) throw forbidden();
      await guardDevice(sql, attemptId, device, clock());
      return studentResult((await close(attemptId)) ?? (await load(attemptId)), true);
    },

    /**
     * A student reads their own result as released; a manager of the assignment reads a student's
     * with the key, to grade essays or explain a score.
     */
    async result(actor: Actor, attemptId: string): Promise<AttemptResult> {
      if (sitsExams(actor)) return studentResult(await own(actor, attemptId));
      const a = await load(attemptId);
      await assignments.managed(actor, a.assignmentId);
      return resultOf(a, true);
    },

    /** The deadline job: submits the assignment's attempts whose deadline (and grace) has passed. */
    async closeOverdue(assignmentId: string) {
      const overdue = await db.attempt.findMany({
        where: {
          assignmentId,
          status: 'open',
          deadlineAt: { lte: new Date(clock().getTime() - SAVE_GRACE_MS) },
        },
        select: { id: true },
      });
      for (const a of overdue) await close(a.id);
    },
  };
}

export type AttemptService = ReturnType<typeof createAttemptService>;
