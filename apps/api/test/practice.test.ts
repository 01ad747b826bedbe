import { randomUUID } from 'node:crypto';
import type { PracticeFeedback, PracticeNext, PracticeProgress, QuestionInput } from '@hoclieu/contracts';
import { makeClass, makeUser } from '@hoclieu/db/testing';
import { expectedScore } from '@hoclieu/domain';
import { choices, statements } from '@hoclieu/question-formats/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signIn, type TestApp, testPasswordHash } from './helpers.js';
import { approvedQuestionOf, createQuestion, post } from './question-fixtures.js';
import { buildWorld, enrolledStudent, get, teachToan, type World } from './world.js';

let t: TestApp;
let w: World;
let classmate: Client;
let outsider: Client;
const topics = { numbers: '', fractions: '' };
const ids = {
  easy: '',
  hard: '',
  short: '',
  essay: '',
  draft: '',
  otherSchool: '',
  trueFalse: '',
  inExam: '',
};

const choice = (stem: string, topicId: string, difficulty: number | null): QuestionInput => ({
  content: {
    type: 'single_choice',
    stem,
    options: choices('A', '<span class="math" data-latex="\\frac{1}{2}"></span>', 'Hai', 'Ba'),
    solution: 'Lời giải: chọn A.',
  },
  meta: { subjectCode: 'toan', grade: 6, topicId, difficulty },
});

async function topic(title: string, code: string, position: number) {
  const row = await t.db.topic.create({
    data: { subjectCode: 'toan', grade: 6, kind: 'chapter', title, position, code },
  });
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  await teachToan(t, w);
  const passwordHash = await testPasswordHash();
  const mate = await makeUser(t.db, 'student', { passwordHash, schoolId: w.school.id });
  await t.db.enrollment.create({ data: { studentId: mate.id, classId: w.schoolClass.id } });
  classmate = await signIn(t.app, mate.username);
  const other = await makeUser(t.db, 'student', { passwordHash, schoolId: w.sameDistrictSchool.id });
  await t.db.enrollment.create({ data: { studentId: other.id, classId: w.otherClass.id } });
  outsider = await signIn(t.app, other.username);
  topics.numbers = await topic('Chương 1. Số tự nhiên', 'P-6-C1', 1);
  topics.fractions = await topic('Chương 2. Phân số', 'P-6-C2', 2);

  const approve = (input: QuestionInput) => approvedQuestionOf(w.teacher.client, w.schoolAdmin.client, input);
  ids.easy = (await approve(choice('Câu dễ', topics.numbers, 1))).id;
  ids.hard = (await approve(choice('Câu khó', topics.numbers, 5))).id;
  ids.short = (
    await approve({
      content: { type: 'short_answer', stem: 'Tính 1 : 2', answer: { accepted: ['0,5'], tolerance: null } },
      meta: { subjectCode: 'toan', grade: 6, topicId: topics.numbers, level: 'hieu' },
    })
  ).id;
  ids.essay = (
    await approve({
      content: { type: 'essay', stem: 'Trình bày cách cộng hai số.', rubric: '<p>1 điểm</p>' },
      meta: { subjectCode: 'toan', grade: 6, topicId: topics.numbers },
    })
  ).id;
  ids.draft = (await createQuestion(w.teacher.client, choice('Câu nháp', topics.numbers, 1))).id;
  ids.otherSchool = (
    await approvedQuestionOf(
      w.otherTeacher.client,
      w.otherSchoolAdmin.client,
      choice('Câu của trường khác', topics.numbers, 1),
    )
  ).id;
  ids.trueFalse = (
    await approve({
      content: {
        type: 'true_false_group',
        stem: 'Cho phân số 2/4.',
        statements: statements('ĐSSĐ', 'Bằng 1/2', 'Lớn hơn 1', 'Tối giản', 'Dương'),
      },
      meta: { subjectCode: 'toan', grade: 6, topicId: topics.fractions, difficulty: 4 },
    })
  ).id;
  ids.inExam = (await approve(choice('Câu trong bài kiểm tra', topics.fractions, 2))).id;
});
afterAll(() => t.close());

/** The next question; the test's clock moves on a second first, as a student's does between questions. */
const next = async (client: Client, query = '') => {
  t.clock.now = new Date(t.clock.now.getTime() + 1000);
  const response = await get(client, `/api/practice/next${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PracticeNext;
};
const answer = (client: Client, ticket: string, given: object, answerId: string = randomUUID()) =>
  post(client, '/api/practice/answers', { answerId, ticket, answer: given });
const progress = async (client: Client) => {
  const response = await get(client, '/api/practice/progress');
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PracticeProgress;
};
const topicProgress = async (client: Client, topicId: string) =>
  (await progress(client)).topics.find((row) => row.id === topicId);

describe('practice for a student', () => {
  it('serves one question at a time without its key, near the student’s level', async () => {
    const response = await get(w.student.client, `/api/practice/next?topicId=${topics.numbers}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).not.toMatch(/"correct"|solution|Lời giải|accepted|0,5|credit|rubric/);
    const { item } = response.json() as PracticeNext;
    // Ability 0 aims at difficulty ln(3/7) ≈ −0.85: the easy question's prior (−1.2) is the closest.
    expect(item?.question.key).toBe(ids.easy);
    expect(item?.review).toBe(false);
    expect(item?.topic).toMatchObject({ id: topics.numbers, subject: { code: 'toan', name: 'Toán' } });
    expect(item?.question.options.map((o) => o.display)).toEqual(['A', 'B', 'C']);
    expect(item?.question.stem).toContain('Câu dễ');
    expect(item?.question.options[0]?.html).toContain('katex');
  });

  it('grades a right answer, moves both Elo estimates and records it once per answer id', async () => {
    const { item } = await next(w.student.client, `?topicId=${topics.numbers}`);
    const answerId = randomUUID();
    const first = await answer(w.student.client, item?.ticket ?? '', { choice: 'A' }, answerId);
    expect(first.statusCode, first.body).toBe(200);
    const feedback = first.json() as PracticeFeedback;
    expect(feedback).toMatchObject({ status: 'correct', score: 1, key: { choice: 'A' }, reviewAt: null });
    expect(feedback.solution).toContain('Lời giải');
    const surprise = 1 - expectedScore(0, -1.2);
    expect(feedback.mastery.before).toBeCloseTo(0.5, 6);
    expect(feedback.mastery.after).toBeCloseTo(expectedScore(0.8 * surprise, 0), 6);
    const question = await t.db.question.findUniqueOrThrow({ where: { id: ids.easy } });
    expect(question.estimatedDifficulty).toBeCloseTo(-1.2 - 0.8 * surprise, 6);
    expect(question.difficultyAnswers).toBe(1);
    // Its band moved (none → easy): the bank's filter by estimate finds it there once the outbox is applied.
    await t.app.searchOutbox.drain();
    const easy = await get(w.teacher.client, '/api/questions?estimate=easy');
    expect((easy.json().items as { id: string }[]).map((q) => q.id)).toContain(ids.easy);

    // The network dropped the reply: the page sends the same answer again.
    const retry = await answer(w.student.client, item?.ticket ?? '', { choice: 'A' }, answerId);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toEqual(feedback);
    expect(await t.db.practiceAnswer.count({ where: { studentId: w.student.user.id } })).toBe(1);
    const mastery = await t.db.topicMastery.findUniqueOrThrow({
      where: { studentId_topicId: { studentId: w.student.user.id, topicId: topics.numbers } },
    });
    expect(mastery).toMatchObject({ answers: 1, correct: 1 });
    expect((await t.db.question.findUniqueOrThrow({ where: { id: ids.easy } })).difficultyAnswers).toBe(1);
    expect(await t.db.auditEntry.count({ where: { action: 'practice.answer' } })).toBe(1);

    // Another answer to the same serving (a second tab, a replay) is refused.
    const replay = await answer(w.student.client, item?.ticket ?? '', { choice: 'B' });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().error.code).toBe('PRACTICE_ALREADY_ANSWERED');
  });

  it('schedules a wrong answer for review and serves it first once due', async () => {
    const { item } = await next(w.student.client, `?topicId=${topics.numbers}`);
    // The easy question was answered lately; the short answer (prior 0) is now the closest.
    expect(item?.question.key).toBe(ids.short);
    const response = await answer(w.student.client, item?.ticket ?? '', { text: '7' });
    expect(response.statusCode, response.body).toBe(200);
    const feedback = response.json() as PracticeFeedback;
    expect(feedback).toMatchObject({ status: 'wrong', score: 0, key: { text: '0,5' } });
    expect(feedback.mastery.after).toBeLessThan(feedback.mastery.before);
    expect(feedback.reviewAt).not.toBeNull();
    const review = await t.db.practiceReview.findUniqueOrThrow({
      where: { studentId_questionId: { studentId: w.student.user.id, questionId: ids.short } },
    });
    expect(review.dueAt.getTime()).toBeGreaterThan(t.clock.now.getTime());
    expect(review.topicId).toBe(topics.numbers);

    // Not due yet: the next question is another one.
    expect((await next(w.student.client, `?topicId=${topics.numbers}`)).item?.question.key).toBe(ids.hard);
    t.clock.now = new Date(review.dueAt.getTime() + 60_000);
    expect((await topicProgress(w.student.client, topics.numbers))?.dueReviews).toBe(1);
    const due = await next(w.student.client);
    expect(due.item).toMatchObject({ review: true, question: { key: ids.short } });
    const right = await answer(w.student.client, due.item?.ticket ?? '', { text: '0,5' });
    expect(right.statusCode, right.body).toBe(200);
    const later = await t.db.practiceReview.findUniqueOrThrow({
      where: { studentId_questionId: { studentId: w.student.user.id, questionId: ids.short } },
    });
    expect(later.dueAt.getTime()).toBeGreaterThan(t.clock.now.getTime());
    expect(right.json().reviewAt).toBe(later.dueAt.toISOString());
  });

  it('shows progress per topic: mastery, answers, right answers, due reviews, questions available', async () => {
    const { topics: rows } = await progress(w.student.client);
    const numbers = rows.find((row) => row.id === topics.numbers);
    expect(numbers).toMatchObject({ answers: 3, correct: 2, dueReviews: 0, available: 3 });
    const mastery = await t.db.topicMastery.findUniqueOrThrow({
      where: { studentId_topicId: { studentId: w.student.user.id, topicId: topics.numbers } },
    });
    expect(numbers?.mastery).toBeCloseTo(expectedScore(mastery.ability, 0), 6);
    expect(rows.find((row) => row.id === topics.fractions)).toMatchObject({ mastery: null, available: 2 });
  });

  it('never serves another school’s question, a draft or an essay', async () => {
    const served = new Set<string>();
    for (let round = 0; round < 8; round += 1) {
      const { item } = await next(classmate, `?topicId=${topics.numbers}`);
      if (!item) break;
      served.add(item.question.key);
      const response = await answer(classmate, item.ticket, { choice: 'B' });
      expect(response.statusCode, response.body).toBe(200);
    }
    expect([...served].sort()).toEqual([ids.easy, ids.hard, ids.short].sort());
    // The other school's student sees their own school's question only.
    expect((await topicProgress(outsider, topics.numbers))?.available).toBe(1);
    expect((await next(outsider, `?topicId=${topics.numbers}`)).item?.question.key).toBe(ids.otherSchool);
  });
});

describe('practice and open exams', () => {
  let heldTicket = '';
  let assignmentId = '';

  it('never serves nor grades a question of an exam still open for the student’s class', async () => {
    const before = await next(w.student.client, `?topicId=${topics.fractions}`);
    expect(before.item?.question.key).toBe(ids.inExam);
    heldTicket = before.item?.ticket ?? '';
    const exam = await post(w.teacher.client, '/api/exams', {
      title: 'Kiểm tra 15 phút',
      subjectCode: 'toan',
      grade: 6,
      durationMinutes: 15,
      items: [{ questionId: ids.inExam }],
    });
    expect(exam.statusCode, exam.body).toBe(200);
    const drawn = await post(w.teacher.client, `/api/exams/${exam.json().id}/versions`, {
      count: 1,
      seed: 'p',
    });
    expect(drawn.statusCode, drawn.body).toBe(200);
    const now = Date.now();
    const assigned = await post(w.teacher.client, `/api/exams/${exam.json().id}/assignments`, {
      classIds: [w.schoolClass.id],
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      timeLimitMinutes: 15,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    assignmentId = assigned.json().id;

    for (let round = 0; round < 3; round += 1) {
      const { item } = await next(w.student.client, `?topicId=${topics.fractions}`);
      expect(item?.question.key).toBe(ids.trueFalse);
    }
    expect((await topicProgress(w.student.client, topics.fractions))?.available).toBe(1);
    // Nor to a student of another class of the school, which has no such exam: students talk across
    // classes (and schools), so an exam open anywhere holds its questions from every student.
    const neighbour = await enrolledStudent(t, await makeClass(t.db, { schoolId: w.school.id, name: '6C' }));
    expect((await topicProgress(neighbour.client, topics.fractions))?.available).toBe(1);
    // The ticket served before the exam opened (or a guessed id) gets neither a grade nor the key.
    const refused = await answer(w.student.client, heldTicket, { choice: 'A' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('PRACTICE_QUESTION_UNAVAILABLE');
    expect(refused.body).not.toMatch(/"key"|solution|Lời giải/);
    // A student of another school still practises what their school sees.
    expect((await next(outsider)).item).not.toBeNull();
  });

  it('keeps it held while an attempt is still open after the close, and frees it after', async () => {
    const started = await post(classmate, `/api/assignments/${assignmentId}/attempts`);
    expect(started.statusCode, started.body).toBe(200);
    await t.db.assignment.update({
      where: { id: assignmentId },
      data: { closesAt: new Date(Date.now() - 1000), opensAt: new Date(Date.now() - 120_000) },
    });
    expect((await topicProgress(w.student.client, topics.fractions))?.available).toBe(1);
    await t.db.attempt.updateMany({ where: { assignmentId }, data: { status: 'submitted' } });
    expect((await topicProgress(w.student.client, topics.fractions))?.available).toBe(2);
    const graded = await answer(w.student.client, heldTicket, { choice: 'A' });
    expect(graded.statusCode, graded.body).toBe(200);
    expect(graded.json()).toMatchObject({ status: 'correct', key: { choice: 'A' } });
  });
});

describe('who may practise and with what', () => {
  it('refuses staff on every practice route', async () => {
    const { item } = await next(w.student.client, `?topicId=${topics.fractions}`);
    for (const person of [w.teacher, w.schoolAdmin, w.districtOfficer, w.provinceOfficer, w.systemAdmin]) {
      expect((await get(person.client, '/api/practice/progress')).statusCode).toBe(403);
      expect((await get(person.client, '/api/practice/next')).statusCode).toBe(403);
      expect((await answer(person.client, item?.ticket ?? '', { choice: 'A' })).statusCode).toBe(403);
    }
  });

  it('answers hostile input with a refusal, never a crash', async () => {
    for (const url of ['/api/practice/next?subjectCode=%00', '/api/practice/next?topicId=x']) {
      expect((await get(w.student.client, url)).statusCode).toBe(400);
    }
    const junk = ['', 'a.b.c', '\u0000.x', `${'x'.repeat(999)}.y`, '%%%.***'];
    for (const ticket of junk) {
      const response = await answer(w.student.client, ticket, { choice: 'A' });
      expect(response.statusCode, ticket).toBeLessThan(500);
    }
  });

  it('takes an answer only to a question served to that student', async () => {
    const { item } = await next(w.student.client, `?topicId=${topics.fractions}`);
    const ticket = item?.ticket ?? '';
    const stolen = await answer(classmate, ticket, { statements: { a: true } });
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json().error.code).toBe('PRACTICE_NOT_SERVED');
    expect(stolen.body).not.toMatch(/"key"|statements/);
    const [payload, mac] = ticket.split('.');
    const served = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...served, questionId: ids.essay })).toString('base64url');
    const guessed = await answer(w.student.client, `${forged}.${mac}`, { choice: 'A' });
    expect(guessed.statusCode).toBe(409);
    expect(guessed.json().error.code).toBe('PRACTICE_NOT_SERVED');
    // An answer id already used by another student is not theirs to reuse.
    const mine = await answer(w.student.client, ticket, { statements: { a: true, b: false } });
    expect(mine.statusCode, mine.body).toBe(200);
    const theirs = (await next(classmate, `?topicId=${topics.fractions}`)).item;
    const reused = await answer(classmate, theirs?.ticket ?? '', { choice: 'A' }, mine.json().answerId);
    expect(reused.statusCode).toBe(409);
  });

  it('keeps every update of concurrent answers to one question', async () => {
    const alone = await topic('Chương 3. Số nguyên', 'P-6-C3', 3);
    const { id } = await approvedQuestionOf(
      w.teacher.client,
      w.schoolAdmin.client,
      choice('Câu duy nhất của chương', alone, 3),
    );
    const served = await Promise.all(
      [w.student.client, classmate].map(async (client) => ({
        client,
        item: (await next(client, `?topicId=${alone}`)).item,
      })),
    );
    expect(served.map(({ item }) => item?.question.key)).toEqual([id, id]);
    const responses = await Promise.all(
      served.map(({ client, item }) => answer(client, item?.ticket ?? '', { choice: 'A' })),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    const after = await t.db.question.findUniqueOrThrow({ where: { id } });
    expect(after.difficultyAnswers).toBe(2);
    // Both moved the estimate: two right answers from a prior of 0 leave it lower than one would.
    const one = 0 - 0.8 * (1 - expectedScore(0, 0));
    expect(after.estimatedDifficulty).toBeLessThan(one);
  });
});
