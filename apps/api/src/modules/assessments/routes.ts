import { type AttemptView, assessmentEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import { attachmentDisposition, type BlobStore } from '@hoclieu/storage';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { authorOrSystemAdmin, type RoleAccess, rolesWith, route, signedIn, staff } from '../../http/route.js';
import type { JobQueue } from '../../jobs/queue.js';
import { actorOf } from '../../plugins/auth-context.js';
import { createAssignmentService } from './assignments.js';
import { createAttemptService } from './attempts.js';
import { createCorrectionService } from './corrections.js';
import { deadlineScheduler, workDeadlines } from './deadlines.js';
import { createTestDocuments } from './documents.js';
import { createOptionIds } from './option-ids.js';
import { createResultService } from './results.js';
import { createSupervisionService, deviceOf } from './supervision.js';
import { createTestService } from './tests.js';

/** Who reads a test (with its keys): its author, the school admin of its school, the system admin. */
const TEST_READERS: RoleAccess = { ...staff('self'), school_admin: 'unit', system_admin: 'unit' };
/** Who manages an assignment: the teacher who gave it, the school admin of its classes, the system admin. */
const ASSIGNMENT_MANAGERS: RoleAccess = { teacher: 'self', school_admin: 'unit', system_admin: 'unit' };

export interface AssessmentDeps {
  db: Db;
  sql: Sql;
  storage: BlobStore;
  jobs: JobQueue;
  clock: () => Date;
  /** Keys the per-attempt option ids (option-ids.ts). */
  sessionSecret: string;
}

export async function assessmentRoutes(
  app: FastifyInstance,
  { db, sql, storage, jobs, clock, sessionSecret }: AssessmentDeps,
) {
  const tests = createTestService(db);
  const assignments = createAssignmentService(db, clock);
  const attempts = createAttemptService({
    db,
    sql,
    clock,
    scheduleDeadline: deadlineScheduler(jobs),
    optionIds: createOptionIds(sessionSecret),
    assignments,
  });
  const results = createResultService(db, assignments, clock);
  const supervision = createSupervisionService(db, assignments, clock);
  const corrections = createCorrectionService(db, attempts, assignments);
  const documents = createTestDocuments(db, storage);
  await workDeadlines(jobs, attempts);

  const e = assessmentEndpoints;
  route(app, e.listTests, async (request) => tests.list(actorOf(request)), { access: staff('none') });
  route(app, e.drawMatrix, async (request) => tests.draw(actorOf(request), request.body), {
    access: staff('none'),
  });
  route(app, e.createTest, async (request) => tests.create(actorOf(request), request.body), {
    access: staff('none'),
  });
  route(app, e.getTest, async (request) => tests.get(actorOf(request), request.params.testId), {
    access: TEST_READERS,
  });
  route(
    app,
    e.updateTest,
    async (request) => tests.update(actorOf(request), request.params.testId, request.body),
    { access: authorOrSystemAdmin },
  );
  route(
    app,
    e.makeVersions,
    async (request) =>
      tests.makeVersions(actorOf(request), request.params.testId, request.body.count, request.body.seed),
    { access: authorOrSystemAdmin },
  );
  route(
    app,
    e.correctKey,
    async (request) =>
      corrections.correctKey(actorOf(request), request.params.testId, request.params.key, request.body),
    { access: authorOrSystemAdmin },
  );

  const send = (
    reply: Parameters<Parameters<typeof route>[2]>[1],
    file: { fileName: string; contentType: string; bytes: Buffer },
  ) =>
    reply
      .header('content-disposition', attachmentDisposition(file.fileName))
      .type(file.contentType)
      .send(file.bytes);
  route(
    app,
    e.paperDocx,
    async (request, reply) =>
      send(reply, await documents.paper(actorOf(request), request.params.testId, request.params.code)),
    { access: TEST_READERS },
  );
  route(
    app,
    e.answerKeyDocx,
    async (request, reply) => send(reply, await documents.answerKey(actorOf(request), request.params.testId)),
    { access: TEST_READERS },
  );
  route(
    app,
    e.matrixDocx,
    async (request, reply) => send(reply, await documents.matrix(actorOf(request), request.params.testId)),
    { access: TEST_READERS },
  );

  route(
    app,
    e.assign,
    async (request) => assignments.assign(actorOf(request), request.params.testId, request.body),
    { access: rolesWith('self', 'teacher', 'school_admin') },
  );
  route(app, e.listAssignments, async (request) => assignments.list(actorOf(request)), {
    access: signedIn('none'),
  });
  route(
    app,
    e.release,
    async (request) => assignments.release(actorOf(request), request.params.assignmentId),
    { access: ASSIGNMENT_MANAGERS },
  );
  route(app, e.results, async (request) => results.results(actorOf(request), request.params.assignmentId), {
    access: ASSIGNMENT_MANAGERS,
  });
  route(
    app,
    e.resultsXlsx,
    async (request, reply) => {
      const file = await results.workbook(actorOf(request), request.params.assignmentId);
      return send(reply, {
        ...file,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    },
    { access: ASSIGNMENT_MANAGERS },
  );

  // The paper goes out as JSON cached per version (see attemptViewJson): a district starts at once.
  const sendView = (reply: FastifyReply, view: AttemptView) =>
    reply.type('application/json; charset=utf-8').send(attempts.viewJson(view));
  route(
    app,
    e.start,
    async (request, reply) =>
      sendView(
        reply,
        await attempts.start(actorOf(request), request.params.assignmentId, deviceOf(request.headers)),
      ),
    { access: { student: 'self' } },
  );
  route(
    app,
    e.attempt,
    async (request, reply) =>
      sendView(
        reply,
        await attempts.get(actorOf(request), request.params.attemptId, deviceOf(request.headers)),
      ),
    { access: { student: 'self' } },
  );
  route(
    app,
    e.saveAnswers,
    async (request) =>
      attempts.save(actorOf(request), request.params.attemptId, request.body, deviceOf(request.headers)),
    {
      access: { student: 'self' },
      // Keyed by attempt, not address: a whole school sits behind one NAT address. The web queue
      // sends one batch at a time, 300 ms after the last change (every 2 s while typing), so even a
      // student clicking non-stop stays under 200 saves a minute; 300 leaves room for a second tab
      // and retries, and stops a script hammering one attempt. A 429 is retried with backoff by the
      // queue, the answers stay queued. One in-memory counter per attempt: this is the hottest route.
      rateLimit: {
        max: 300,
        timeWindow: '1 minute',
        keyGenerator: (request) => `attempt:${(request.params as { attemptId: string }).attemptId}`,
      },
    },
  );
  route(
    app,
    e.submit,
    async (request) => attempts.submit(actorOf(request), request.params.attemptId, deviceOf(request.headers)),
    { access: { student: 'self' } },
  );
  route(app, e.result, async (request) => attempts.result(actorOf(request), request.params.attemptId), {
    access: { ...ASSIGNMENT_MANAGERS, student: 'self' },
  });
  route(
    app,
    e.gradeEssay,
    async (request) =>
      corrections.gradeEssay(
        actorOf(request),
        request.params.attemptId,
        request.params.key,
        request.body.score,
        request.body.comment,
      ),
    { access: ASSIGNMENT_MANAGERS },
  );
  // Exam supervision (supervision.ts): the teacher's timeline of an attempt and the device unlock.
  route(
    app,
    e.attemptEvents,
    async (request) => supervision.timeline(actorOf(request), request.params.attemptId),
    { access: ASSIGNMENT_MANAGERS },
  );
  route(
    app,
    e.unlockDevice,
    async (request) => supervision.unlock(actorOf(request), request.params.attemptId),
    { access: ASSIGNMENT_MANAGERS },
  );
}
