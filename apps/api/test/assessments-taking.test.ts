import { SAVE_GRACE_MS } from '@hoclieu/domain';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAttemptService } from '../src/modules/assessments/attempts.js';
import { createOptionIds } from '../src/modules/assessments/option-ids.js';
import { fileAssessmentWorld, optionId, type View } from './assessment-world.js';
import { approvedQuestionOf, post } from './question-fixtures.js';
import { get } from './world.js';

const { t, w, classmate, makeExam, examWithVersion, assign } = await fileAssessmentWorld();

describe('taking an exam', () => {
  let examId: string;
  let assignmentId: string;
  let view: View;

  beforeAll(async () => {
    const exam = await makeExam();
    examId = exam.id;
    await post(w.teacher.client, `/api/exams/${examId}/versions`, { count: 2, seed: 'exam' });
    assignmentId = (await assign(examId)).id;
  });

  it('records the exam as online delivery for the class', async () => {
    const lessons = await t.db.onlineLesson.findMany({ where: { assignmentId } });
    expect(lessons.map((l) => [l.classId, l.source, l.periods])).toEqual([[w.schoolClass.id, 'test', 2]]);
  });

  it('starts once and resumes the same attempt, with no key anywhere in the paper', async () => {
    const start = await post(w.student.client, `/api/assignments/${assignmentId}/attempts`);
    expect(start.statusCode, start.body).toBe(200);
    view = start.json();
    expect((await post(w.student.client, `/api/assignments/${assignmentId}/attempts`)).json().id).toBe(
      view.id,
    );
    expect(start.body).not.toMatch(/"correct"|solution|rubric|accepted|Quy đồng/);
    expect(view.questions.map((q) => q.type).sort()).toEqual([
      'essay',
      'short_answer',
      'single_choice',
      'true_false_group',
    ]);
    const choice = view.questions.find((q) => q.type === 'single_choice');
    // Math arrives typeset; "Cả A và B" keeps its place at D.
    expect(choice?.stem).toContain('class="katex"');
    expect(choice?.options.find((o) => o.html.includes('Cả A và B'))?.display).toBe('D');
  });

  it('keeps the latest answer per question by seq, ignores replays, and survives a reload', async () => {
    const choiceKey = view.questions.find((q) => q.type === 'single_choice')?.key as string;
    const save = (seq: number, answer: object) =>
      w.student.client.request({
        method: 'PUT',
        url: `/api/attempts/${view.id}/answers`,
        payload: { seq, answers: [{ key: choiceKey, answer }] },
      });
    // Options go by this attempt's ids: "8" is the test's B, "4" its A (the key).
    const [b, a] = [optionId(view, choiceKey, '8'), optionId(view, choiceKey, '4')];
    expect((await save(2, { choice: b })).json().seq).toBe(2);
    expect((await save(3, { choice: a })).json().seq).toBe(3);
    // An older save arriving late (a retried request) changes nothing.
    expect((await save(2, { choice: b })).json().seq).toBe(3);
    const resumed = (await get(w.student.client, `/api/attempts/${view.id}`)).json() as View;
    expect(resumed.answers[choiceKey]).toEqual({ choice: a });
    // Stored by the test's own letter: grading, corrections and reports are unchanged.
    const row = await t.db.attemptAnswer.findUniqueOrThrow({
      where: { attemptId_key: { attemptId: view.id, key: choiceKey } },
    });
    expect(row.answer).toEqual({ choice: 'A' });
    expect(resumed.seq).toBe(3);
  });

  it('two tabs saving at once keep the highest seq', async () => {
    const key = view.questions.find((q) => q.type === 'short_answer')?.key as string;
    await Promise.all(
      [10, 11, 12, 13].map((seq) =>
        w.student.client.request({
          method: 'PUT',
          url: `/api/attempts/${view.id}/answers`,
          payload: { seq, answers: [{ key, answer: { text: seq === 13 ? '0.5' : '9' } }] },
        }),
      ),
    );
    const row = await t.db.attemptAnswer.findUniqueOrThrow({
      where: { attemptId_key: { attemptId: view.id, key } },
    });
    expect([row.seq, row.answer]).toEqual([13, { text: '0.5' }]);
  });

  it('keeps other students out of the attempt', async () => {
    expect((await get(classmate.client, `/api/attempts/${view.id}`)).statusCode).toBe(403);
    const stolen = await classmate.client.request({
      method: 'PUT',
      url: `/api/attempts/${view.id}/answers`,
      payload: { seq: 99, answers: [{ key: view.questions[0]?.key, answer: { text: 'x' } }] },
    });
    expect(stolen.statusCode).toBe(403);
    expect((await get(w.otherTeacher.client, `/api/assignments/${assignmentId}/results`)).statusCode).toBe(
      403,
    );
    expect((await get(w.student.client, `/api/assignments/${assignmentId}/results`)).statusCode).toBe(403);
    // District officers get aggregates from the reports, never a class's individual results.
    expect((await get(w.districtOfficer.client, `/api/assignments/${assignmentId}/results`)).statusCode).toBe(
      403,
    );
    expect((await get(w.districtOfficer.client, `/api/attempts/${view.id}/result`)).statusCode).toBe(403);
  });

  it('grades by the 2025 rules on submit, twice is harmless, and refuses answers afterwards', async () => {
    const tf = view.questions.find((q) => q.type === 'true_false_group')?.key as string;
    await w.student.client.request({
      method: 'PUT',
      url: `/api/attempts/${view.id}/answers`,
      // 3 of 4 statements right (c is wrong): 0.5 of its 1 point.
      payload: {
        seq: 20,
        answers: [{ key: tf, answer: { statements: { a: true, b: true, c: true, d: true } } }],
      },
    });
    const result = (await post(w.student.client, `/api/attempts/${view.id}/submit`)).json();
    // choice A right 0.25 + Đúng/Sai 0.5 + short "0.5" = "0,5" in Toán 0.5 + essay ungraded 0.
    expect(result).toMatchObject({ status: 'submitted', score: 1.25, maxScore: 2.75, released: true });
    expect((await post(w.student.client, `/api/attempts/${view.id}/submit`)).json().score).toBe(1.25);
    const late = await w.student.client.request({
      method: 'PUT',
      url: `/api/attempts/${view.id}/answers`,
      payload: { seq: 30, answers: [{ key: tf, answer: null }] },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('ATTEMPT_CLOSED');
    expect(
      (await post(w.student.client, `/api/assignments/${assignmentId}/attempts`)).json().error.code,
    ).toBe('ATTEMPTS_EXHAUSTED');
  });

  it('gives the teacher results, item statistics, essay grading, key correction and a gradebook', async () => {
    const essay = view.questions.find((q) => q.type === 'essay')?.key as string;
    const graded = await post(w.teacher.client, `/api/attempts/${view.id}/items/${essay}/grade`, {
      score: 0.75,
    });
    expect(graded.json().score).toBe(2);
    const results = (await get(w.teacher.client, `/api/assignments/${assignmentId}/results`)).json();
    expect(
      results.students.find((s: { studentId: string }) => s.studentId === w.student.user.id),
    ).toMatchObject({
      status: 'submitted',
      score: 2,
    });
    expect(results.items.find((i: { type: string }) => i.type === 'single_choice')).toMatchObject({
      facility: 1,
      optionCounts: { A: 1 },
      correctLabels: ['A'],
    });
    // The key of the multiple-choice question was wrong: B is right. Every attempt is regraded.
    const choiceKey = results.items.find((i: { type: string }) => i.type === 'single_choice').key;
    const fixed = await post(w.teacher.client, `/api/exams/${examId}/items/${choiceKey}/key`, {
      options: ['B'],
      reason: 'Nhập nhầm đáp án',
    });
    expect(fixed.json()).toEqual({ regraded: 1 });
    expect((await get(w.student.client, `/api/attempts/${view.id}/result`)).json().score).toBe(1.75);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: 'test.key_corrected' } });
    expect(audit.details).toMatchObject({ key: choiceKey, reason: 'Nhập nhầm đáp án', regraded: 1 });

    const file = await get(w.teacher.client, `/api/assignments/${assignmentId}/results.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]?.getSheetValues() as unknown[][];
    // The corrected score stands in the "Điểm" column of the student's row.
    const scoreColumn = rows[1]?.indexOf('Điểm') ?? -1;
    expect(rows[1]?.slice(1, 4)).toEqual(['STT', 'Mã học sinh', 'Họ và tên']);
    expect(rows.slice(2).some((row) => row?.[scoreColumn] === 1.75)).toBe(true);
  });

  it('holds results back until release when the policy says so', async () => {
    const later = await assign(examId, { releasePolicy: 'manual' });
    const attempt = (await post(classmate.client, `/api/assignments/${later.id}/attempts`)).json() as View;
    const submitted = (await post(classmate.client, `/api/attempts/${attempt.id}/submit`)).json();
    expect(submitted).toMatchObject({ score: null, review: null, released: false });
    await post(w.teacher.client, `/api/assignments/${later.id}/release`);
    const released = (await get(classmate.client, `/api/attempts/${attempt.id}/result`)).json();
    expect(released.released).toBe(true);
    // The keys wait until nobody can still answer (the close plus the save grace).
    expect(released).toMatchObject({ review: null, reviewHold: { reason: 'classmates_answering' } });
    const { closesAt } = await t.db.assignment.findUniqueOrThrow({ where: { id: later.id } });
    t.clock.now = new Date(closesAt.getTime() + SAVE_GRACE_MS + 1);
    try {
      const keys = (await get(classmate.client, `/api/attempts/${attempt.id}/result`)).json();
      expect(keys.review[0].content.options.length).toBeGreaterThan(0);
    } finally {
      t.clock.now = new Date();
    }
  });

  it('submits an attempt left open once its deadline has passed', async () => {
    const short = await assign(examId, { timeLimitMinutes: 1 });
    const attempt = (await post(classmate.client, `/api/assignments/${short.id}/attempts`)).json() as View;
    t.clock.now = new Date(Date.parse(attempt.deadlineAt) + 2 * 60_000);
    try {
      const saved = await classmate.client.request({
        method: 'PUT',
        url: `/api/attempts/${attempt.id}/answers`,
        payload: { seq: 1, answers: [{ key: attempt.questions[0]?.key, answer: { text: '1' } }] },
      });
      expect(saved.json().error.code).toBe('ATTEMPT_CLOSED');
      expect((await get(classmate.client, `/api/attempts/${attempt.id}`)).json().status).toBe('submitted');
    } finally {
      t.clock.now = new Date();
    }
  });

  it('has the deadline job submit the assignment’s overdue attempts, never one still in its grace', async () => {
    const short = await assign(examId, { timeLimitMinutes: 1 });
    const attempt = (await post(classmate.client, `/api/assignments/${short.id}/attempts`)).json() as View;
    const deadline = Date.parse(attempt.deadlineAt);
    const clock = { now: new Date(deadline + SAVE_GRACE_MS / 2) };
    const job = createAttemptService({
      db: t.db,
      sql: t.sql,
      clock: () => clock.now,
      scheduleDeadline: async () => {},
      optionIds: createOptionIds('a test secret of at least thirty-two characters'),
      assignments: { managed: async () => Promise.reject(new Error('not used by the deadline job')) },
      cacheBus: t.cacheBus,
    });
    const status = async () =>
      (await t.db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { status: true } })).status;
    await job.closeOverdue(short.id);
    expect(await status()).toBe('open');
    clock.now = new Date(deadline + SAVE_GRACE_MS + 1000);
    await job.closeOverdue(short.id);
    expect(await status()).toBe('submitted');
  });

  it('corrects the key of one question inside a group and regrades', async () => {
    const group = await approvedQuestionOf(w.teacher.client, w.schoolAdmin.client, {
      content: {
        type: 'group',
        stem: 'Đọc bảng số liệu sau.',
        children: [
          {
            type: 'single_choice',
            stem: 'Năm nào cao nhất?',
            options: [
              { label: 'A', html: '2024', correct: true },
              { label: 'B', html: '2025', correct: false },
            ],
          },
          { type: 'short_answer', stem: 'Trung bình?', answer: { accepted: ['10'], tolerance: null } },
        ],
      },
      meta: { subjectCode: 'toan', grade: 6, level: 'hieu' },
    });
    const exam = await examWithVersion('g', [{ questionId: group.id }]);
    // Practice: the corrected paper at once, so the review shows the regrade.
    const assignment = await assign(exam.id, { releasePolicy: 'practice' });
    const attempt = (
      await post(classmate.client, `/api/assignments/${assignment.id}/attempts`)
    ).json() as View;
    await classmate.client.request({
      method: 'PUT',
      url: `/api/attempts/${attempt.id}/answers`,
      payload: {
        seq: 1,
        answers: [
          { key: '1.1', answer: { choice: optionId(attempt, '1.1', '2025') } },
          { key: '1.2', answer: { text: '10' } },
        ],
      },
    });
    // Children share the group's points by their defaults: 0.25 and 0.5 (Toán).
    expect((await post(classmate.client, `/api/attempts/${attempt.id}/submit`)).json().score).toBe(0.5);
    const fixed = await post(w.teacher.client, `/api/exams/${exam.id}/items/1.1/key`, {
      options: ['B'],
      reason: 'Số liệu đúng là 2025',
    });
    expect(fixed.json()).toEqual({ regraded: 1 });
    const result = (await get(classmate.client, `/api/attempts/${attempt.id}/result`)).json();
    expect(result.score).toBe(0.75);
    // The review lists each question of the group with the shared text, the answer and its result.
    expect(
      result.review.map((r: { key: string; answer: unknown; result: { score: number } }) => [
        r.key,
        r.answer,
        r.result.score,
      ]),
    ).toEqual([
      ['1.1', { choice: 'B' }, 0.25],
      ['1.2', { text: '10' }, 0.5],
    ]);
    expect(result.review[0].content.stem).toBe('Đọc bảng số liệu sau.Năm nào cao nhất?');
    expect(
      (
        await post(w.teacher.client, `/api/exams/${exam.id}/items/1.3/key`, {
          options: ['A'],
          reason: 'không có',
        })
      ).statusCode,
    ).toBe(404);
  });
});
