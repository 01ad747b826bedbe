import { type AttemptView, assessmentEndpoints } from '@hoclieu/contracts';
import type { Db } from '@hoclieu/db';
import type { Sql } from '@hoclieu/db/sql';
import type { BlobStore } from '@hoclieu/storage';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { CacheBus } from '../../cache/cache-bus.js';
import { actorRoute } from '../../http/actor-route.js';
import { type Attachment, sendAttachment, XLSX_TYPE } from '../../http/attachment.js';
import { authorOrSystemAdmin, type RoleAccess, rolesWith, signedIn, staff } from '../../http/route.js';
import type { JobQueue } from '../../jobs/queue.js';
import { createAssignmentService } from './assignments.js';
import { createAttemptService } from './attempts.js';
import { createCorrectionService } from './corrections.js';
import { deadlineScheduler, workDeadlines } from './deadlines.js';
import { createExamDocuments } from './documents.js';
import { createExamService } from './exams.js';
import { createOptionIds } from './option-ids.js';
import { createResultService } from './results.js';
import { SaveLimitedError } from './save-limit.js';
import { createSupervisionService, deviceOf } from './supervision.js';

/** Who reads an exam (with its keys): its author, the school admin of its school, the system admin. */
const EXAM_READERS: RoleAccess = { ...staff('self'), school_admin: 'unit', system_admin: 'unit' };
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
  /** Invalidates the attempt service's caches (attempt-caches.ts). */
  cacheBus: CacheBus;
  /** Told after an attempt is graded (mastery/test-difficulty.ts). */
  onGraded?: () => void;
}

export async function assessmentRoutes(
  app: FastifyInstance,
  { db, sql, storage, jobs, clock, sessionSecret, cacheBus, onGraded }: AssessmentDeps,
) {
  const exams = createExamService(db);
  const assignments = createAssignmentService(db, clock);
  const attempts = createAttemptService({
    db,
    sql,
    clock,
    scheduleDeadline: deadlineScheduler(jobs),
    optionIds: createOptionIds(sessionSecret),
    assignments,
    cacheBus,
    ...(onGraded ? { onGraded } : {}),
  });
  const results = createResultService(db, assignments, clock);
  const supervision = createSupervisionService(db, assignments, clock);
  const corrections = createCorrectionService(db, attempts, assignments);
  const documents = createExamDocuments(db, storage);
  await workDeadlines(jobs, attempts);

  const e = assessmentEndpoints;
  actorRoute(app, e.listExams, staff('none'), (actor) => exams.list(actor));
  actorRoute(app, e.drawMatrix, staff('none'), (actor, { body }) => exams.draw(actor, body));
  actorRoute(app, e.createExam, staff('none'), (actor, { body }) => exams.create(actor, body));
  actorRoute(app, e.getExam, EXAM_READERS, (actor, { params }) => exams.get(actor, params.examId));
  actorRoute(app, e.updateExam, authorOrSystemAdmin, (actor, { params, body }) =>
    exams.update(actor, params.examId, body),
  );
  actorRoute(app, e.makeVersions, authorOrSystemAdmin, (actor, { params, body }) =>
    exams.makeVersions(actor, params.examId, body.count, body.seed),
  );
  actorRoute(app, e.correctKey, authorOrSystemAdmin, (actor, { params, body }) =>
    corrections.correctKey(actor, params.examId, params.key, body),
  );

  const sendDocument = (reply: FastifyReply, file: Attachment & { bytes: Buffer }) =>
    sendAttachment(reply, file, file.bytes);
  actorRoute(app, e.paperDocx, EXAM_READERS, async (actor, { params }, reply) =>
    sendDocument(reply, await documents.paper(actor, params.examId, params.code)),
  );
  actorRoute(app, e.answerKeyDocx, EXAM_READERS, async (actor, { params }, reply) =>
    sendDocument(reply, await documents.answerKey(actor, params.examId)),
  );
  actorRoute(app, e.matrixDocx, EXAM_READERS, async (actor, { params }, reply) =>
    sendDocument(reply, await documents.matrix(actor, params.examId)),
  );

  actorRoute(app, e.assign, rolesWith('self', 'teacher', 'school_admin'), (actor, { params, body }) =>
    assignments.assign(actor, params.examId, body),
  );
  actorRoute(app, e.listAssignments, signedIn('none'), (actor) => assignments.list(actor));
  actorRoute(app, e.release, ASSIGNMENT_MANAGERS, (actor, { params }) =>
    assignments.release(actor, params.assignmentId),
  );
  actorRoute(app, e.results, ASSIGNMENT_MANAGERS, (actor, { params }) =>
    results.results(actor, params.assignmentId),
  );
  actorRoute(app, e.resultsXlsx, ASSIGNMENT_MANAGERS, async (actor, { params }, reply) => {
    const file = await results.workbook(actor, params.assignmentId);
    return sendAttachment(reply, { ...file, contentType: XLSX_TYPE }, file.bytes);
  });

  // The paper goes out as JSON cached per version (see attemptViewJson): a district starts at once.
  const sendView = (reply: FastifyReply, view: AttemptView) =>
    reply.type('application/json; charset=utf-8').send(attempts.viewJson(view));
  actorRoute(app, e.start, { student: 'self' }, async (actor, request, reply) =>
    sendView(reply, await attempts.start(actor, request.params.assignmentId, deviceOf(request.headers))),
  );
  actorRoute(app, e.attempt, { student: 'self' }, async (actor, request, reply) =>
    sendView(reply, await attempts.get(actor, request.params.attemptId, deviceOf(request.headers))),
  );
  // Limited per attempt (SAVES_PER_MINUTE, attempt-sql.ts) inside the save's own statement: one
  // count for all API processes at no extra round trip on the hottest route.
  actorRoute(app, e.saveAnswers, { student: 'self' }, (actor, request, reply) =>
    attempts.save(actor, request.params.attemptId, request.body, deviceOf(request.headers)).catch((error) => {
      if (error instanceof SaveLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }),
  );
  actorRoute(app, e.submit, { student: 'self' }, (actor, request) =>
    attempts.submit(actor, request.params.attemptId, deviceOf(request.headers)),
  );
  actorRoute(app, e.result, { ...ASSIGNMENT_MANAGERS, student: 'self' }, (actor, { params }) =>
    attempts.result(actor, params.attemptId),
  );
  actorRoute(app, e.gradeEssay, ASSIGNMENT_MANAGERS, (actor, { params, body }) =>
    corrections.gradeEssay(actor, params.attemptId, params.key, body.score, body.comment),
  );
  // Exam supervision (supervision.ts): the teacher's timeline of an attempt and the device unlock.
  actorRoute(app, e.attemptEvents, ASSIGNMENT_MANAGERS, (actor, { params }) =>
    supervision.timeline(actor, params.attemptId),
  );
  actorRoute(app, e.unlockDevice, ASSIGNMENT_MANAGERS, (actor, { params }) =>
    supervision.unlock(actor, params.attemptId),
  );
}
