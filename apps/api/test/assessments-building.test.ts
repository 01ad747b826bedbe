import type { QuestionInput } from '@hoclieu/contracts';
import { describe, expect, it } from 'vitest';
import { fileAssessmentWorld, questions } from './assessment-world.js';
import { createQuestion, post } from './question-fixtures.js';
import { get } from './world.js';

const { w, ids, makeExam } = await fileAssessmentWorld();

describe('building an exam', () => {
  it('pins question versions and applies the 2025 point defaults', async () => {
    const exam = await makeExam();
    expect(exam.items.map((i) => [i.part, i.points])).toEqual([
      ['I', 0.25],
      ['II', 1],
      ['III', 0.5],
      ['essay', 1],
    ]);
    expect(exam.maxScore).toBe(2.75);
    // Editing the question afterwards does not change the test.
    await w.teacher.client.request({
      method: 'PUT',
      url: `/api/questions/${ids.short}`,
      payload: { ...questions.short, content: { ...questions.short?.content, stem: 'Tính 1 : 2 =' } },
    });
    const again = (await get(w.teacher.client, `/api/exams/${exam.id}`)).json();
    expect(again.items[2].version).toBe(1);
    expect(again.items[2].content.stem).toBe('Tính 1 : 2');
  });

  it('refuses a question that is neither approved nor the author’s own', async () => {
    const draft = await createQuestion(w.otherTeacher.client, questions.short as QuestionInput);
    const response = await post(w.teacher.client, '/api/exams', {
      title: 'x',
      subjectCode: 'toan',
      grade: 6,
      items: [{ questionId: draft.id }],
    });
    expect(response.json().error.code).toBe('TEST_QUESTION_NOT_USABLE');
  });

  it('draws from a matrix and names the cells it cannot fill', async () => {
    const response = await post(w.teacher.client, '/api/exams/draw', {
      subjectCode: 'toan',
      grade: 6,
      seed: 'abc',
      cells: [
        { topicId: null, type: 'single_choice', level: 'biet', count: 1 },
        { topicId: null, type: 'true_false_group', level: 'hieu', count: 4 },
        { topicId: null, type: 'short_answer', level: 'van_dung', count: 2 },
      ],
    });
    const draw = response.json();
    expect(draw.picks.map((p: { questionId: string }) => p.questionId).sort()).toEqual(
      [ids.choice, ids.trueFalse].sort(),
    );
    expect(draw.shortfalls).toEqual([expect.objectContaining({ cellIndex: 2, wanted: 2, found: 0 })]);
    expect(draw.shortfalls[0].reason.length).toBeGreaterThan(10);
  });

  it('makes paper versions that are the same for the same seed, with documents to print', async () => {
    const exam = await makeExam();
    const first = (
      await post(w.teacher.client, `/api/exams/${exam.id}/versions`, { count: 2, seed: 's1' })
    ).json();
    const again = (
      await post(w.teacher.client, `/api/exams/${exam.id}/versions`, { count: 2, seed: 's1' })
    ).json();
    expect(first.versionCodes).toHaveLength(2);
    expect(again.versionCodes).toEqual(first.versionCodes);
    for (const url of [
      `/api/exams/${exam.id}/versions/${first.versionCodes[0]}/paper`,
      `/api/exams/${exam.id}/answer-key`,
      `/api/exams/${exam.id}/matrix`,
    ]) {
      const file = await get(w.teacher.client, url);
      expect(file.statusCode, `${url} ${file.body.slice(0, 200)}`).toBe(200);
      expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    expect((await get(w.otherTeacher.client, `/api/exams/${exam.id}/answer-key`)).statusCode).toBe(403);
    expect((await get(w.student.client, `/api/exams/${exam.id}`)).statusCode).toBe(403);
  });
});
