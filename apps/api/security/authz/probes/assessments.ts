import { type CaseContext, list, probe, targetProbe } from '../matrix.js';
import type { AuthzWorld } from '../world.js';
import type { Unit } from '../world-org.js';

/** A test with a paper version, written by the case's author (the caller's own on `own`). */
const sharedExam = (ctx: CaseContext) =>
  ctx.world.shared(`exam:${ctx.author.id}`, () => ctx.world.exam(ctx.author));
/** An open assignment the unit's teacher gave the unit's class. */
const sharedAssignment = (ctx: CaseContext) =>
  ctx.world.shared(`assignment:${ctx.unit.label}`, () => ctx.world.assignment(ctx.unit));
const openAttempt = (ctx: CaseContext) =>
  ctx.world.shared(`attempt:open:${ctx.unit.label}`, () => ctx.world.attempt(ctx.unit));
const submittedAttempt = (ctx: CaseContext) =>
  ctx.world.shared(`attempt:submitted:${ctx.unit.label}`, () =>
    ctx.world.attempt(ctx.unit, { submitted: true }),
  );

/** One item in each class other than the caller's own: a list of one's own must leave them out. */
const othersItems = (world: AuthzWorld, item: (unit: Unit) => Promise<{ id: string }>) =>
  Promise.all(
    [world.units.peer, world.units.otherSchool, world.units.otherDistrict].map(
      async (unit) => (await item(unit)).id,
    ),
  );

const examInput = (title: string, questionIds: string[]) => ({
  title,
  subjectCode: 'toan',
  grade: 6,
  durationMinutes: 15,
  items: questionIds.map((questionId) => ({ questionId })),
});

export const assessmentProbes = [
  list(
    'GET /api/exams',
    async () => ({ method: 'GET', url: '/api/exams' }),
    // Only the caller's own tests: never another teacher's, in the same school or elsewhere.
    async ({ world }) =>
      othersItems(world, (unit) => world.shared(`exam:${unit.teacher.id}`, () => world.exam(unit.teacher))),
  ),
  probe(
    'POST /api/exams/draw',
    async () => ({
      method: 'POST',
      url: '/api/exams/draw',
      payload: {
        subjectCode: 'toan',
        grade: 6,
        cells: [{ topicId: null, type: 'single_choice', level: 'biet', count: 1 }],
      },
    }),
    'no target: draws from what the caller may see',
  ),
  probe(
    'POST /api/exams',
    async ({ world, caller }) => {
      // The caller's own question when they may write one; a student gets a teacher's.
      const author =
        caller === 'anonymous' || caller === 'student' ? world.units.own.teacher : world.callers[caller];
      const q = await world.shared(`question:own:${author.id}`, () => world.question(author));
      return { method: 'POST', url: '/api/exams', payload: examInput(`Đề ${world.next()}`, [q.id]) };
    },
    "no target: created in the caller's own unit from questions they may use",
  ),
  targetProbe('GET /api/exams/:examId', sharedExam),
  probe('PUT /api/exams/:examId', async (ctx) => {
    const t = await ctx.world.exam(ctx.author);
    return { method: 'PUT', url: `/api/exams/${t.id}`, payload: examInput('Đề đã sửa', t.questionIds) };
  }),
  probe('POST /api/exams/:examId/versions', async (ctx) => ({
    method: 'POST',
    url: `/api/exams/${(await ctx.world.exam(ctx.author)).id}/versions`,
    payload: { count: 2 },
  })),
  probe('POST /api/exams/:examId/items/:key/key', async (ctx) => ({
    method: 'POST',
    url: `/api/exams/${(await ctx.world.exam(ctx.author)).id}/items/1/key`,
    payload: { options: ['A'], reason: 'Sửa đáp án theo tổ chuyên môn' },
  })),
  probe('GET /api/exams/:examId/versions/:code/paper', async (ctx) => {
    const t = await sharedExam(ctx);
    return { method: 'GET', url: `/api/exams/${t.id}/versions/${t.code}/paper` };
  }),
  targetProbe('GET /api/exams/:examId/answer-key', sharedExam),
  targetProbe('GET /api/exams/:examId/matrix', sharedExam),
  // Two targets in the same place: the author's test and the unit's class.
  probe('POST /api/exams/:examId/assignments', async (ctx) => {
    const now = Date.now();
    return {
      method: 'POST',
      url: `/api/exams/${(await ctx.world.exam(ctx.author)).id}/assignments`,
      payload: {
        classIds: [ctx.unit.classId],
        opensAt: new Date(now + 86_400_000).toISOString(),
        closesAt: new Date(now + 2 * 86_400_000).toISOString(),
        timeLimitMinutes: 15,
      },
    };
  }),
  list(
    'GET /api/assignments',
    async () => ({ method: 'GET', url: '/api/assignments' }),
    // A student's are their classes', a teacher's their own: never another class's.
    async ({ world }) =>
      othersItems(world, (unit) => world.shared(`assignment:${unit.label}`, () => world.assignment(unit))),
  ),
  targetProbe('POST /api/assignments/:assignmentId/release', (ctx) => ctx.world.assignment(ctx.unit)),
  targetProbe('GET /api/assignments/:assignmentId/results', sharedAssignment),
  targetProbe('GET /api/assignments/:assignmentId/results.xlsx', sharedAssignment),
  targetProbe('POST /api/assignments/:assignmentId/attempts', sharedAssignment),
  targetProbe('GET /api/attempts/:attemptId', openAttempt),
  probe('PUT /api/attempts/:attemptId/answers', async (ctx) => {
    const a = await openAttempt(ctx);
    return {
      method: 'PUT',
      url: `/api/attempts/${a.id}/answers`,
      payload: {
        seq: ctx.world.next(),
        answers: [{ key: a.assignment.exam.choiceKey, answer: { choice: a.optionIds[1] } }],
      },
    };
  }),
  targetProbe('POST /api/attempts/:attemptId/submit', (ctx) => ctx.world.attempt(ctx.unit)),
  targetProbe('GET /api/attempts/:attemptId/result', submittedAttempt),
  probe('POST /api/attempts/:attemptId/items/:key/grade', async (ctx) => {
    const a = await submittedAttempt(ctx);
    return {
      method: 'POST',
      url: `/api/attempts/${a.id}/items/${a.assignment.exam.essayKey}/grade`,
      payload: { score: 1, comment: 'Trình bày rõ' },
    };
  }),
  // Exam supervision: the teacher's timeline of an attempt and the device unlock.
  targetProbe('GET /api/attempts/:attemptId/events', openAttempt),
  targetProbe('POST /api/attempts/:attemptId/unlock-device', openAttempt),
];
