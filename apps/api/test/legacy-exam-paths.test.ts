import { describe, expect, it } from 'vitest';
import { rewriteLegacyExamUrl } from '../src/modules/assessments/legacy-exam-paths.js';
import { fileAssessmentWorld } from './assessment-world.js';
import { post } from './question-fixtures.js';
import { get } from './world.js';

// /api/tests is the deprecated alias of /api/exams for one release (issue 17, the rename to Exam).
const { w, ids, makeExam } = await fileAssessmentWorld();

describe('the /api/tests alias of /api/exams', () => {
  it('maps only the old prefix', () => {
    expect(rewriteLegacyExamUrl('/api/tests')).toBe('/api/exams');
    expect(rewriteLegacyExamUrl('/api/tests?x=1')).toBe('/api/exams?x=1');
    expect(rewriteLegacyExamUrl('/api/tests/abc/versions')).toBe('/api/exams/abc/versions');
    expect(rewriteLegacyExamUrl('/api/testsuite')).toBe('/api/testsuite');
    expect(rewriteLegacyExamUrl('/api/exams/abc')).toBe('/api/exams/abc');
    expect(rewriteLegacyExamUrl('/de-kiem-tra/api/tests')).toBe('/de-kiem-tra/api/tests');
  });

  it('answers the old paths like the new ones, marked deprecated', async () => {
    const exam = await makeExam();
    const now = await get(w.teacher.client, `/api/exams/${exam.id}`);
    const old = await get(w.teacher.client, `/api/tests/${exam.id}`);
    expect(old.statusCode).toBe(200);
    expect(old.json()).toEqual(now.json());
    expect(old.headers.deprecation).toBe('true');
    expect(old.headers.link).toBe(`</api/exams/${exam.id}>; rel="successor-version"`);
    expect(now.headers.deprecation).toBeUndefined();

    const list = await get(w.teacher.client, '/api/tests');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(exam.id);
  });

  it('creates through the old path', async () => {
    const created = await post(w.teacher.client, '/api/tests', {
      title: 'Kiểm tra qua đường dẫn cũ',
      subjectCode: 'toan',
      grade: 6,
      items: [{ questionId: ids.choice as string }],
    });
    expect(created.statusCode).toBe(200);
    expect((await get(w.teacher.client, `/api/exams/${created.json().id}`)).statusCode).toBe(200);
  });

  it('keeps the permission line: another school’s teacher and a student are refused on both paths', async () => {
    const exam = await makeExam();
    for (const path of [`/api/exams/${exam.id}`, `/api/tests/${exam.id}`]) {
      expect((await get(w.otherTeacher.client, path)).statusCode).toBe(403);
      expect((await get(w.student.client, path)).statusCode).toBe(403);
    }
    expect((await get(w.teacher.client, '/api/tests/not-a-uuid')).statusCode).toBe(
      (await get(w.teacher.client, '/api/exams/not-a-uuid')).statusCode,
    );
  });
});
