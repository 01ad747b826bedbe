import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentSchoolYear } from '../src/pages/exams/builder/exam-draft';
import { curriculumHandlers, EXAM_ID, examDetailOf } from './assessment-fixtures';
import { fakeFetch, json, sessionOf } from './fake-api';
import { OTHER_QUESTION_ID, QUESTION_ID, questionSummaryOf, trueFalseSummaryOf } from './question-fixtures';
import { openApp } from './render-app';
import { pick } from './select-option';

function builderServer() {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    ...curriculumHandlers,
    'GET /api/questions': () =>
      json(200, {
        items: [questionSummaryOf({ status: 'approved', scope: 'school' }), trueFalseSummaryOf()],
        total: 2,
        facets: {},
      }),
    'POST /api/exams': () => json(200, examDetailOf()),
    [`GET /api/exams/${EXAM_ID}`]: () => json(200, examDetailOf()),
    [`PUT /api/exams/${EXAM_ID}`]: () => json(200, examDetailOf({ title: 'Kiểm tra giữa kì I (sửa)' })),
    'GET /api/assignments': () => json(200, { items: [] }),
  });
}

describe('exam builder', () => {
  it('searches approved questions of the subject and grade and saves the chosen ones in order', async () => {
    const server = builderServer();
    const { user } = openApp('/de-kiem-tra/moi', server.fetch);

    await screen.findByRole('heading', { name: 'Tạo đề kiểm tra' });
    expect(screen.getByText('Chọn khối lớp và môn học của đề trước.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lưu đề' }).hasAttribute('disabled')).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'Tên đề' }), 'Kiểm tra giữa kì I – Toán 6');
    await pick(user, 'Khối lớp', 'Lớp 6');
    await pick(user, 'Môn học', 'Toán');

    const results = await screen.findByTestId('bank-results');
    const search = server.requests.find((r) => r.url.startsWith('/api/questions?'));
    expect(decodeURIComponent(search?.url ?? '')).toContain('subjectCode=toan&grade=6&status=approved');

    await user.click(within(results).getByRole('button', { name: /^Thêm vào đề: Tính/ }));
    await user.click(
      within(results).getByRole('button', { name: 'Thêm vào đề: Xét tính đúng sai của các mệnh đề sau.' }),
    );
    expect(within(results).getAllByRole('button', { name: /^Bỏ khỏi đề/ })).toHaveLength(2);

    const items = screen.getByRole('region', { name: 'Câu hỏi trong đề' });
    expect(within(items).getAllByRole('listitem')).toHaveLength(2);
    // The 2025 defaults show greyed until the teacher sets other points.
    const first = within(items).getByRole('textbox', { name: 'Điểm câu 1' }) as HTMLInputElement;
    expect(first.placeholder).toBe('0,25');
    expect((within(items).getByRole('textbox', { name: 'Điểm câu 2' }) as HTMLInputElement).placeholder).toBe(
      '1',
    );
    await user.type(first, '0,5');
    await user.click(within(items).getByRole('button', { name: 'Đưa câu 2 lên' }));

    await user.click(screen.getByRole('button', { name: 'Lưu đề' }));
    await screen.findByRole('heading', { name: 'Kiểm tra giữa kì I – Toán 6', level: 1 });
    const saved = server.requests.find((r) => r.method === 'POST' && r.url === '/api/exams');
    expect(JSON.parse(saved?.body ?? '')).toEqual({
      title: 'Kiểm tra giữa kì I – Toán 6',
      subjectCode: 'toan',
      grade: 6,
      durationMinutes: 45,
      items: [
        { questionId: OTHER_QUESTION_ID, points: null },
        { questionId: QUESTION_ID, points: 0.5 },
      ],
      settings: {
        shuffleQuestions: true,
        withinParts: true,
        shuffleOptions: true,
        multipleSelect: 'all_or_nothing',
      },
      header: { authority: '', school: 'Trường THCS Tiến Hoá', schoolYear: currentSchoolYear() },
    });
    // The detail shows the points the server decided.
    await waitFor(() =>
      expect(screen.getByRole('article', { name: 'Câu 1' }).textContent).toContain('0,25 điểm'),
    );
  });

  it('edits a saved exam: its questions come back with default points left to the server', async () => {
    const server = builderServer();
    const { user } = openApp(`/de-kiem-tra/${EXAM_ID}/sua`, server.fetch);

    const title = await screen.findByRole('textbox', { name: 'Tên đề' });
    expect((title as HTMLInputElement).value).toBe('Kiểm tra giữa kì I – Toán 6');
    const items = screen.getByRole('region', { name: 'Câu hỏi trong đề' });
    expect(within(items).getAllByRole('listitem')).toHaveLength(2);
    await user.clear(title);
    await user.type(title, 'Kiểm tra giữa kì I (sửa)');
    await user.click(screen.getByRole('button', { name: 'Lưu đề' }));

    await screen.findByRole('heading', { name: 'Kiểm tra giữa kì I (sửa)', level: 1 });
    const body = JSON.parse(server.requests.find((r) => r.method === 'PUT')?.body ?? '');
    expect(body.title).toBe('Kiểm tra giữa kì I (sửa)');
    expect(body.items).toEqual([
      { questionId: QUESTION_ID, points: null },
      { questionId: OTHER_QUESTION_ID, points: null },
    ]);
    expect(body.header.authority).toBe('PHÒNG GDĐT TUYÊN HOÁ');
  });
});
