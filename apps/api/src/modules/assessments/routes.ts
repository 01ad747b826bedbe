import { type AttemptView, assessmentEndpoints } from '@hoclieu/contracts';
import type { Db, Sql } from '@hoclieu/db';
import { attachmentDisposition, type BlobStore } from '@hoclieu/storage';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { route } from '../../http/route.js';
import type { JobQueue } from '../../jobs/queue.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createAssignmentService } from './assignments.js';
import { createAttemptService } from './attempts.js';
import { createCorrectionService } from './corrections.js';
import { createTestDocuments } from './documents.js';
import { attemptViewJson } from './papers.js';
import { createResultService } from './results.js';
import { createTestService } from './tests.js';

export const ATTEMPT_DEADLINE = 'attempt-deadline';

/**
 * One deadline job per assignment and minute, however many students start: the job submits every
 * attempt of the assignment left open past its deadline and grace. Queued once per process (a
 * second process queuing the same minute only repeats a harmless pass).
 */
function deadlineScheduler(jobs: JobQueue) {
  const queued = new Set<string>();
  return async (assignmentId: string, at: Date) => {
    const minute = Math.ceil(at.getTime() / 60_000) * 60_000;
    const key = `${assignmentId}:${minute}`;
    if (queued.has(key)) return;
    if (queued.size > 10_000) queued.clear();
    queued.add(key);
    try {
      await jobs.send(ATTEMPT_DEADLINE, { assignmentId }, { startAfter: new Date(minute) });
    } catch (error) {
      queued.delete(key);
      throw error;
    }
  };
}

export interface AssessmentDeps {
  db: Db;
  sql: Sql;
  storage: BlobStore;
  jobs: JobQueue;
  clock: () => Date;
}

export async function assessmentRoutes(
  app: FastifyInstance,
  { db, sql, storage, jobs, clock }: AssessmentDeps,
) {
  const tests = createTestService(db);
  const attempts = createAttemptService({ db, sql, clock, scheduleDeadline: deadlineScheduler(jobs) });
  const assignments = createAssignmentService(db, clock);
  const results = createResultService(db, assignments, clock);
  const corrections = createCorrectionService(db, attempts, assignments);
  const documents = createTestDocuments(db, storage);
  // Jobs are rows in PostgreSQL: a deadline set before a crash still fires after the restart.
  await jobs.work<{ assignmentId?: string; attemptId?: string }>(ATTEMPT_DEADLINE, async (data) => {
    // Jobs queued before deadlines were batched name one attempt.
    const assignmentId =
      data.assignmentId ??
      (await db.attempt.findUnique({ where: { id: data.attemptId ?? '' }, select: { assignmentId: true } }))
        ?.assignmentId;
    if (assignmentId) await attempts.closeOverdue(assignmentId);
  });

  const e = assessmentEndpoints;
  route(app, e.listTests, async (request) => tests.list(actorOf(request)));
  route(app, e.drawMatrix, async (request) => tests.draw(actorOf(request), request.body));
  route(app, e.createTest, async (request) => tests.create(actorOf(request), request.body));
  route(app, e.getTest, async (request) => tests.get(actorOf(request), request.params.testId));
  route(app, e.updateTest, async (request) =>
    tests.update(actorOf(request), request.params.testId, request.body),
  );
  route(app, e.makeVersions, async (request) =>
    tests.makeVersions(actorOf(request), request.params.testId, request.body.count, request.body.seed),
  );
  route(app, e.correctKey, async (request) =>
    corrections.correctKey(actorOf(request), request.params.testId, request.params.key, request.body),
  );

  const send = (
    reply: Parameters<Parameters<typeof route>[2]>[1],
    file: { fileName: string; contentType: string; bytes: Buffer },
  ) =>
    reply
      .header('content-disposition', attachmentDisposition(file.fileName))
      .type(file.contentType)
      .send(file.bytes);
  route(app, e.paperDocx, async (request, reply) =>
    send(reply, await documents.paper(actorOf(request), request.params.testId, request.params.code)),
  );
  route(app, e.answerKeyDocx, async (request, reply) =>
    send(reply, await documents.answerKey(actorOf(request), request.params.testId)),
  );
  route(app, e.matrixDocx, async (request, reply) =>
    send(reply, await documents.matrix(actorOf(request), request.params.testId)),
  );

  route(app, e.assign, async (request) =>
    assignments.assign(actorOf(request), request.params.testId, request.body),
  );
  route(app, e.listAssignments, async (request) => assignments.list(actorOf(request)));
  route(app, e.release, async (request) =>
    assignments.release(actorOf(request), request.params.assignmentId),
  );
  route(app, e.results, async (request) => results.results(actorOf(request), request.params.assignmentId));
  route(app, e.resultsXlsx, async (request, reply) => {
    const file = await results.workbook(actorOf(request), request.params.assignmentId);
    return send(reply, {
      ...file,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  // The paper goes out as JSON cached per version (see attemptViewJson): a district starts at once.
  const sendView = (reply: FastifyReply, view: AttemptView) =>
    reply.type('application/json; charset=utf-8').send(attemptViewJson(view));
  route(app, e.start, async (request, reply) =>
    sendView(reply, await attempts.start(actorOf(request), request.params.assignmentId)),
  );
  route(app, e.attempt, async (request, reply) =>
    sendView(reply, await attempts.get(actorOf(request), request.params.attemptId)),
  );
  route(app, e.saveAnswers, async (request) =>
    attempts.save(actorOf(request), request.params.attemptId, request.body),
  );
  route(app, e.submit, async (request) => attempts.submit(actorOf(request), request.params.attemptId));
  route(app, e.result, async (request) => {
    const actor = actorOf(request);
    if (actor.role === 'student') return attempts.result(actor, request.params.attemptId);
    // Teachers read a student's attempt with the key, to grade essays or explain a score.
    const a = await attempts.load(request.params.attemptId);
    await assignments.managed(actor, a.assignmentId);
    return attempts.resultOf(a, true);
  });
  route(app, e.gradeEssay, async (request) =>
    corrections.gradeEssay(
      actorOf(request),
      request.params.attemptId,
      request.params.key,
      request.body.score,
      request.body.comment,
    ),
  );
}
