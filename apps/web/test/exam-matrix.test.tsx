import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { curriculumHandlers } from './assessment-fixtures';
import { fakeFetch, json, type RecordedRequest, sessionOf } from './fake-api';
import { OTHER_QUESTION_ID, QUESTION_ID, TOPIC_ID } from './question-fixtures';
import { openApp } from './render-app';
import { pick } from './select-option';

const THIRD_QUESTION_ID = '8b1c1a52-6a2a-4d38-9a55-4c5b0a0f3c03';
const REASON = 'Chỉ có 2 câu Nhiều lựa chọn mức Biết đã duyệt thuộc “Phân số”.';

function matrixServer() {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    ...curriculumHandlers,
    'GET /api/questions': () => json(200, { items: [], total: 0, facets: {} }),
    'POST /api/exams/draw': (request: RecordedRequest) =>
      json(200, {
        seed: JSON.parse(request.body ?? '{}').seed ?? 'seed-1',
        picks: [
          { cellIndex: 0, questionId: QUESTION_ID },
          { cellIndex: 0, questionId: OTHER_QUESTION_ID },
          { cellIndex: 2, questionId: THIRD_QUESTION_ID },
        ],
        shortfalls: [{ cellIndex: 0, wanted: 4, found: 2, reason: REASON }],
      }),
  });
}

const cell = (name: string) => screen.getByRole('textbox', { name });

describe('exam matrix', () => {
  it('adds up rows and columns, draws, and shows a shortfall in its cell with the reason', async () => {
    const server = matrixServer();
    const { user } = openApp('/de-kiem-tra/moi', server.fetch);

    await screen.findByRole('heading', { name: 'Tạo đề kiểm tra' });
    await pick(user, 'Khối lớp', 'Lớp 6');
    await pick(user, 'Môn học', 'Toán');
    await user.click(screen.getByRole('tab', { name: 'Theo ma trận đề' }));
    expect(screen.getByText('Cột Đúng/Sai đếm theo ý (mệnh đề): 4 ý = 1 câu.')).toBeTruthy();
    await pick(user, 'Thêm chủ đề vào ma trận', 'Phân số');

    await user.type(cell('Phân số – Nhiều lựa chọn – Biết'), '4');
    await user.type(cell('Phân số – Đúng/Sai – Hiểu'), '8');
    await user.type(cell('Không theo chủ đề – Tự luận – Vận dụng'), '1');

    const row = screen.getByTestId(`matrix-row-${TOPIC_ID}`);
    const rowCells = within(row)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    // Biết, Hiểu, Vận dụng, then the row's total.
    expect(rowCells.slice(-4)).toEqual(['4', '8', '0', '12']);
    const totals = within(screen.getByTestId('matrix-totals'))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(totals.at(-1)).toBe('13');
    expect(totals.slice(-4, -1)).toEqual(['4', '8', '1']);
    expect(screen.getByText('13 câu/ý, khoảng 4 điểm theo cách tính điểm của đề 2025.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Rút câu hỏi' }));
    await screen.findByText('Đã rút 3 câu hỏi vào đề.');
    const draw = server.requests.find((r) => r.url === '/api/exams/draw');
    expect(JSON.parse(draw?.body ?? '')).toEqual({
      subjectCode: 'toan',
      grade: 6,
      cells: [
        { topicId: TOPIC_ID, type: 'single_choice', level: 'biet', count: 4 },
        { topicId: TOPIC_ID, type: 'true_false_group', level: 'hieu', count: 8 },
        { topicId: null, type: 'essay', level: 'van_dung', count: 1 },
      ],
    });

    const short = cell('Phân số – Nhiều lựa chọn – Biết');
    const td = short.closest('td');
    expect(td?.hasAttribute('data-shortfall')).toBe(true);
    expect(td?.textContent).toContain('có 2/4');
    const describedBy = short.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ').at(-1) ?? '')?.textContent).toContain(REASON);
    expect(cell('Phân số – Đúng/Sai – Hiểu').closest('td')?.hasAttribute('data-shortfall')).toBe(false);

    const items = screen.getByRole('region', { name: 'Câu hỏi trong đề' });
    expect(within(items).getAllByRole('listitem')).toHaveLength(3);
    expect(within(items).getAllByText('Từ ma trận')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Rút lại' }));
    await waitFor(() => expect(server.requests.filter((r) => r.url === '/api/exams/draw')).toHaveLength(2));
    const again = JSON.parse(server.requests.filter((r) => r.url === '/api/exams/draw')[1]?.body ?? '');
    expect(typeof again.seed).toBe('string');
    expect(again.seed.length).toBeGreaterThan(0);
    // The new draw replaces the previous picks instead of adding to them.
    await waitFor(() => expect(within(items).getAllByRole('listitem')).toHaveLength(3));
  });
});
