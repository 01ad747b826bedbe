import type { QuestionInput } from '@hoclieu/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileAssessmentWorld, optionId, type View } from './assessment-world.js';
import { approvedQuestionOf, post } from './question-fixtures.js';
import { get } from './world.js';

/** Partial credit stored, graded, kept across a key correction only while it still fits. */
const world = await fileAssessmentWorld();
const { w } = world;

const meta = { subjectCode: 'toan', grade: 6, level: 'hieu' } as const;
const QUESTIONS: Record<string, QuestionInput> = {
  // Key A; B earns half.
  single: {
    content: {
      type: 'single_choice',
      stem: 'Số nào là số nguyên tố nhỏ nhất?',
      options: [
        { label: 'A', html: '2', correct: true, feedback: '<p>Đúng: 2 chỉ chia hết cho 1 và 2.</p>' },
        {
          label: 'B',
          html: '3',
          correct: false,
          credit: 0.5,
          feedback: '<p>Gần đúng.</p><script>x</script>',
        },
        { label: 'C', html: '1', correct: false },
        { label: 'D', html: '0', correct: false },
      ],
      feedback: { partial: '<p>Xem lại định nghĩa.</p>', incorrect: '  ' },
      hints: ['<p>Số nguyên tố có đúng hai ước.</p>', ''],
    },
    meta,
  },
  // A and C half each, a wrong pick costs half.
  multi: {
    content: {
      type: 'multiple_select',
      stem: 'Chọn các số chẵn.',
      options: [
        { label: 'A', html: '2', correct: true, credit: 0.5 },
        { label: 'B', html: '3', correct: false, credit: -0.5 },
        { label: 'C', html: '4', correct: true, credit: 0.5 },
        { label: 'D', html: '5', correct: false, credit: -0.5 },
      ],
    },
    meta,
  },
  // 12 earns all; 12,5 ± 0,5 earns half.
  short: {
    content: {
      type: 'short_answer',
      stem: 'Tính 3 × 4.',
      answer: {
        accepted: ['12'],
        tolerance: null,
        credited: [{ text: ' 12,5 ', credit: 0.5, tolerance: 0.5, feedback: '<p>Gần đúng</p>' }],
      },
    },
    meta,
  },
};

describe('partial credit through an exam', () => {
  const ids: Record<string, string> = {};
  let examId = '';
  let attempt: View;
  const keyOf = (type: string) => attempt.questions.find((q) => q.type === type)?.key as string;

  beforeAll(async () => {
    for (const [name, input] of Object.entries(QUESTIONS)) {
      ids[name] = (await approvedQuestionOf(w.teacher.client, w.schoolAdmin.client, input)).id;
    }
    const questionIds = Object.values(ids).map((questionId) => ({ questionId }));
    examId = (await world.examWithVersion('credit', questionIds)).id;
  });

  it('stores credits, sanitised feedback and credited answers, dropping empty ones', async () => {
    const single = (await get(w.teacher.client, `/api/questions/${ids.single}`)).json();
    expect(single.content.options.map((o: { credit?: number }) => o.credit)).toEqual([
      undefined,
      0.5,
      undefined,
      undefined,
    ]);
    expect(single.content.options[1].feedback).toBe('<p>Gần đúng.</p>');
    expect(single.content.feedback).toEqual({ partial: '<p>Xem lại định nghĩa.</p>' });
    expect(single.content.hints).toEqual(['<p>Số nguyên tố có đúng hai ước.</p>']);
    const short = (await get(w.teacher.client, `/api/questions/${ids.short}`)).json();
    expect(short.content.answer.credited).toEqual([
      { text: '12,5', credit: 0.5, tolerance: 0.5, feedback: '<p>Gần đúng</p>' },
    ]);
  });

  it('refuses credits that do not make a whole multiple-select question', async () => {
    const bad = await post(w.teacher.client, '/api/questions', {
      ...QUESTIONS.multi,
      content: {
        ...QUESTIONS.multi?.content,
        options: QUESTIONS.multi?.content.options?.map((o) => (o.label === 'C' ? { ...o, credit: 0.25 } : o)),
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Tổng tỷ lệ điểm của các phương án được cộng điểm phải bằng 100 %.');
  });

  it('grades a 50 % option, a negative mark and a credited answer as partial', async () => {
    const assignment = await world.assign(examId, { releasePolicy: 'practice' });
    attempt = (await post(w.student.client, `/api/assignments/${assignment.id}/attempts`)).json();
    const saved = await w.student.client.request({
      method: 'PUT',
      url: `/api/attempts/${attempt.id}/answers`,
      payload: {
        seq: 1,
        answers: [
          { key: keyOf('single_choice'), answer: { choice: optionId(attempt, keyOf('single_choice'), '3') } },
          {
            key: keyOf('multiple_select'),
            answer: {
              choices: ['2', '4', '5'].map((html) => optionId(attempt, keyOf('multiple_select'), html)),
            },
          },
          { key: keyOf('short_answer'), answer: { text: '12,9' } },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const result = (await post(w.student.client, `/api/attempts/${attempt.id}/submit`)).json();
    // Default points (Toán): 0.25 single choice, 0.25 multiple select, 0.5 short answer; each half.
    const byKey = Object.fromEntries(
      result.review.map((r: { key: string; result: object }) => [r.key, r.result]),
    );
    expect(byKey[keyOf('single_choice')]).toMatchObject({ score: 0.13, status: 'partial' });
    expect(byKey[keyOf('multiple_select')]).toMatchObject({ score: 0.13, status: 'partial' });
    expect(byKey[keyOf('short_answer')]).toMatchObject({ score: 0.25, status: 'partial' });
    // Item statistics: a half-right answer counts half.
    const results = (await get(w.teacher.client, `/api/assignments/${assignment.id}/results`)).json();
    const single = results.items.find((i: { type: string }) => i.type === 'single_choice');
    expect(single).toMatchObject({ facility: 0.52, correctLabels: ['A'] });
  });

  it('grades a corrected key as written: the old credits go with the old key', async () => {
    // The teacher decides B is the key after all: B earns all, A (credited 1 by `correct`) nothing.
    const fixed = await post(w.teacher.client, `/api/exams/${examId}/items/${keyOf('single_choice')}/key`, {
      options: ['B'],
      reason: 'Đề hỏi số nguyên tố lẻ nhỏ nhất',
    });
    expect(fixed.json()).toEqual({ regraded: 1 });
    // The short answer's key becomes 13: the credited 12,5 (which took 12,9) goes with the old key.
    await post(w.teacher.client, `/api/exams/${examId}/items/${keyOf('short_answer')}/key`, {
      accepted: ['13'],
      reason: 'Đề sửa thành 3 × 4 + 1',
    });
    const result = (await get(w.student.client, `/api/attempts/${attempt.id}/result`)).json();
    const byKey = Object.fromEntries(
      result.review.map((r: { key: string; result: object; content: object }) => [r.key, r]),
    );
    expect(byKey[keyOf('single_choice')].result).toMatchObject({ score: 0.25, status: 'correct' });
    expect(byKey[keyOf('single_choice')].content.options.some((o: object) => 'credit' in o)).toBe(false);
    expect(byKey[keyOf('short_answer')].result).toMatchObject({ score: 0, status: 'wrong' });
    expect(byKey[keyOf('short_answer')].content.answer).toEqual({ accepted: ['13'], tolerance: null });
    // The multiple-select question was not corrected: its credits still grade it.
    expect(byKey[keyOf('multiple_select')].result).toMatchObject({ score: 0.13, status: 'partial' });
  });
});
