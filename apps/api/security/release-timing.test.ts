import { makeUser } from '@hoclieu/db/testing';
import { SAVE_GRACE_MS } from '@hoclieu/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AssessmentWorld, createAssessmentWorld, type View } from '../test/assessment-world.js';
import type { Client } from '../test/helpers.js';
import { createQuestion, post } from '../test/question-fixtures.js';

/**
 * Keys (correct options, accepted answers, solutions, rubrics, per-question marks) must not reach a
 * student while a classmate with extra time, or anyone inside the save grace, can still save: copying
 * the review would give full marks. Each case below sits a classmate who can
 * still save beside a student reading their result, and scans that result for the key.
 */
const SOLUTION = 'LOIGIAI-THOIDIEM-BIMAT';
const KEY_MARKS = [
  '"correct":',
  '"accepted":',
  '"solution":',
  '"rubric":',
  '"result":',
  SOLUTION,
  '0,5', // the accepted short answer of the world's question
  'Quy đồng', // the world's essay rubric
];
const keysIn = (body: string) => KEY_MARKS.filter((mark) => body.includes(mark));
const MINUTE = 60_000;

let world: AssessmentWorld;
let examId = '';

beforeAll(async () => {
  world = await createAssessmentWorld();
  const { w, ids } = world;
  const solved = await createQuestion(w.teacher.client, {
    content: {
      type: 'short_answer',
      stem: 'Tính 3 + 4',
      answer: { accepted: ['7'], tolerance: null },
      solution: SOLUTION,
    },
    meta: { subjectCode: 'toan', grade: 6, level: 'biet' },
  });
  await post(w.teacher.client, `/api/questions/${solved.id}/share-requests`, { scope: 'school' });
  await post(w.schoolAdmin.client, `/api/questions/${solved.id}/decisions`, { decision: 'approve' });
  const exam = await world.makeExam([...Object.values(ids), solved.id].map((questionId) => ({ questionId })));
  examId = exam.id;
  await post(w.teacher.client, `/api/exams/${examId}/versions`, { count: 2, seed: 'release' });
});
afterEach(() => {
  world.t.clock.now = new Date();
});
afterAll(async () => {
  await world?.t.close();
});

/** An assignment closing 20 minutes from the app's now, with a time limit longer than its window. */
async function assignClosingSoon(overrides: object) {
  const now = world.t.clock.now.getTime();
  const closesAt = now + 20 * MINUTE;
  const assignment = await world.assign(examId, {
    opensAt: new Date(now - MINUTE).toISOString(),
    closesAt: new Date(closesAt).toISOString(),
    timeLimitMinutes: 90,
    ...overrides,
  });
  return { id: assignment.id, closesAt };
}

async function start(client: Client, assignmentId: string): Promise<View> {
  const started = await post(client, `/api/assignments/${assignmentId}/attempts`);
  expect(started.statusCode, started.body).toBe(200);
  return started.json() as View;
}

/** Saves an essay answer: the classmate still answering, or refused once they cannot. */
function saveEssay(client: Client, view: View, seq: number) {
  const key = view.questions.find((q) => q.type === 'essay')?.key;
  return client.request({
    method: 'PUT',
    url: `/api/attempts/${view.id}/answers`,
    payload: { seq, answers: [{ key, answer: { text: `Bài làm ${seq}` } }] },
  });
}

/** The student sits the whole test (an essay answer only) and submits: no key in that answer either. */
async function sitAndSubmit(
  client: Client,
  assignmentId: string,
  { keysExpected = false } = {},
): Promise<View> {
  const view = await start(client, assignmentId);
  expect((await saveEssay(client, view, 1)).statusCode).toBe(200);
  const submitted = await post(client, `/api/attempts/${view.id}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
  if (!keysExpected) expect(keysIn(submitted.body)).toEqual([]);
  return view;
}

async function resultOf(client: Client, attemptId: string) {
  const response = await client.request({ method: 'GET', url: `/api/attempts/${attemptId}/result` });
  expect(response.statusCode, response.body).toBe(200);
  return {
    body: response.body,
    json: response.json() as {
      score: number | null;
      released: boolean;
      review: unknown[] | null;
      ownAnswers: { key: string; type: string; answer: { text?: string } | null }[] | null;
      reviewHold: { reason: string; until: string | null } | null;
    },
  };
}

const at = (ms: number) => {
  world.t.clock.now = new Date(ms);
};

describe('keys are released only when nobody in the assignment can still save', () => {
  it('after close: a classmate with extra time still answering keeps the keys from the student', async () => {
    const { w, classmate } = world;
    const { id, closesAt } = await assignClosingSoon({
      releasePolicy: 'after_close',
      extraTime: [{ studentId: classmate.user.id, minutes: 10 }],
    });
    const mine = await sitAndSubmit(w.student.client, id);
    const theirs = await start(classmate.client, id);
    const lastSave = closesAt + 10 * MINUTE + SAVE_GRACE_MS;

    at(closesAt + 1000);
    const early = await resultOf(w.student.client, mine.id);
    expect(keysIn(early.body)).toEqual([]);
    expect(early.json).toMatchObject({
      score: null,
      released: false,
      review: null,
      reviewHold: { reason: 'not_released', until: new Date(lastSave).toISOString() },
    });
    // Their own answers, with nothing of the key.
    expect(early.json.ownAnswers?.find((a) => a.type === 'essay')?.answer).toEqual({ text: 'Bài làm 1' });
    expect((await saveEssay(classmate.client, theirs, 2)).statusCode).toBe(200);

    at(closesAt + 10 * MINUTE + SAVE_GRACE_MS / 2);
    expect((await saveEssay(classmate.client, theirs, 3)).statusCode).toBe(200);
    expect(keysIn((await resultOf(w.student.client, mine.id)).body)).toEqual([]);
    const list = await w.student.client.request({ method: 'GET', url: '/api/assignments' });
    expect(list.json().items.find((a: { id: string }) => a.id === id)).toMatchObject({ released: false });

    at(lastSave + 1);
    expect((await saveEssay(classmate.client, theirs, 4)).json().error.code).toBe('ATTEMPT_CLOSED');
    const late = await resultOf(w.student.client, mine.id);
    expect(late.json.released).toBe(true);
    expect(late.json.review?.length).toBeGreaterThan(0);
    expect(keysIn(late.body)).toEqual(expect.arrayContaining(['"correct":', '"solution":', SOLUTION]));
  });

  it('after close: inside the save grace after the close, keys still wait', async () => {
    const { w, classmate } = world;
    const { id, closesAt } = await assignClosingSoon({ releasePolicy: 'after_close' });
    const mine = await sitAndSubmit(w.student.client, id);
    const theirs = await start(classmate.client, id);

    at(closesAt + SAVE_GRACE_MS / 2);
    expect((await saveEssay(classmate.client, theirs, 2)).statusCode).toBe(200);
    const early = await resultOf(w.student.client, mine.id);
    expect(keysIn(early.body)).toEqual([]);
    expect(early.json.review).toBeNull();

    at(closesAt + SAVE_GRACE_MS + 1);
    expect((await resultOf(w.student.client, mine.id)).json.review?.length).toBeGreaterThan(0);
  });

  it('immediately: score and own answers at once, keys only once nobody can answer', async () => {
    const { w, classmate } = world;
    const { id, closesAt } = await assignClosingSoon({ releasePolicy: 'immediately' });
    const theirs = await start(classmate.client, id);
    const mine = await sitAndSubmit(w.student.client, id);

    const now = await resultOf(w.student.client, mine.id);
    expect(keysIn(now.body)).toEqual([]);
    expect(now.json).toMatchObject({
      released: true,
      review: null,
      reviewHold: { reason: 'classmates_answering', until: new Date(closesAt + SAVE_GRACE_MS).toISOString() },
    });
    expect(now.json.score).not.toBeNull();
    expect(now.json.ownAnswers?.find((a) => a.type === 'essay')?.answer).toEqual({ text: 'Bài làm 1' });
    expect((await saveEssay(classmate.client, theirs, 2)).statusCode).toBe(200);

    at(closesAt + SAVE_GRACE_MS + 1);
    const later = await resultOf(w.student.client, mine.id);
    expect(later.json.review?.length).toBeGreaterThan(0);
    expect(later.json.ownAnswers).toBeNull();
  });

  it('manual: a release while a classmate can still answer gives scores, the keys come after', async () => {
    const { w, classmate } = world;
    const { id, closesAt } = await assignClosingSoon({ releasePolicy: 'manual' });
    const mine = await sitAndSubmit(w.student.client, id);
    await start(classmate.client, id);
    expect((await post(w.teacher.client, `/api/assignments/${id}/release`)).statusCode).toBe(200);

    const released = await resultOf(w.student.client, mine.id);
    expect(keysIn(released.body)).toEqual([]);
    expect(released.json.score).not.toBeNull();
    expect(released.json.reviewHold?.reason).toBe('classmates_answering');

    at(closesAt + SAVE_GRACE_MS + 1);
    expect((await resultOf(w.student.client, mine.id)).json.review?.length).toBeGreaterThan(0);
  });

  it('practice: keys at once after submitting, as the teacher chose', async () => {
    const { w, classmate } = world;
    const { id } = await assignClosingSoon({ releasePolicy: 'practice' });
    await start(classmate.client, id);
    const mine = await sitAndSubmit(w.student.client, id, { keysExpected: true });
    const result = await resultOf(w.student.client, mine.id);
    expect(result.json).toMatchObject({ released: true, ownAnswers: null, reviewHold: null });
    expect(keysIn(result.body)).toEqual(expect.arrayContaining(['"correct":', SOLUTION]));
  });
});

describe('extra time goes only to students of the assignment', () => {
  it('refuses extra time for a student outside the chosen classes', async () => {
    const { t, w } = world;
    const outsider = await makeUser(t.db, 'student', { schoolId: w.school.id, passwordHash: 'x' });
    await t.db.enrollment.create({ data: { studentId: outsider.id, classId: w.otherClass.id } });
    const now = t.clock.now.getTime();
    const refused = await post(w.teacher.client, `/api/exams/${examId}/assignments`, {
      classIds: [w.schoolClass.id],
      opensAt: new Date(now).toISOString(),
      closesAt: new Date(now + 60 * MINUTE).toISOString(),
      timeLimitMinutes: 15,
      extraTime: [
        { studentId: w.student.user.id, minutes: 5 },
        { studentId: outsider.id, minutes: 30 },
      ],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'EXTRA_TIME_STUDENT_NOT_IN_CLASSES',
      message: 'Chỉ cộng giờ được cho học sinh của các lớp được giao bài.',
    });
    expect(await t.db.assignment.count({ where: { examId, closesAt: new Date(now + 60 * MINUTE) } })).toBe(0);
  });
});
