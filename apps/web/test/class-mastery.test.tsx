import type { ClassMastery } from '@hoclieu/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { topicOptions } from '../src/pages/mastery/goal-dialog';
import { masteryColor, masteryPercent } from '../src/pages/mastery/mastery-format';
import { EstimateBadge } from '../src/pages/questions/view/estimate-badge';
import { fakeFetch, json, sessionOf } from './fake-api';
import { renderApp } from './render-app';
import { renderComponent } from './render-component';

const CLASS_ID = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b21';
const STUDENT_A = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b31';
const STUDENT_B = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b32';
const FRACTIONS = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b41';
const NUMBERS = '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b42';

const table: ClassMastery = {
  class: { id: CLASS_ID, name: '6A', grade: 6 },
  subjects: [{ code: 'toan', name: 'Toán' }],
  topics: [
    { id: FRACTIONS, title: 'Phân số', subjectCode: 'toan', mean: 0.38, answers: 12 },
    { id: NUMBERS, title: 'Số tự nhiên', subjectCode: 'toan', mean: 0.81, answers: 9 },
  ],
  students: [
    {
      id: STUDENT_A,
      fullName: 'Nguyễn Văn An',
      username: 'an',
      cells: [
        { topicId: FRACTIONS, mastery: 0.27, answers: 6, correct: 2 },
        { topicId: NUMBERS, mastery: 0.88, answers: 5, correct: 4 },
      ],
    },
    { id: STUDENT_B, fullName: 'Lê Thị Bình', username: 'binh', cells: [] },
  ],
  goals: [
    {
      id: '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b51',
      classId: CLASS_ID,
      topics: [{ id: NUMBERS, title: 'Số tự nhiên' }],
      target: 0.8,
      dueOn: '2026-12-13',
      createdAt: '2026-12-06T02:00:00.000Z',
      reached: [STUDENT_A],
    },
  ],
};

function teacherServer() {
  return fakeFetch({
    'GET /api/auth/me': () => json(200, sessionOf()),
    [`GET /api/classes/${CLASS_ID}/mastery`]: () => json(200, table),
    [`GET /api/classes/${CLASS_ID}/students/${STUDENT_A}/practice`]: () =>
      json(200, {
        student: { id: STUDENT_A, fullName: 'Nguyễn Văn An' },
        answers: [
          {
            id: '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b61',
            questionId: '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3b71',
            stemText: 'Rút gọn phân số 6/8',
            topic: { id: FRACTIONS, title: 'Phân số' },
            correct: false,
            score: 0,
            // 23:30 UTC is already 06:30 the next day in Vietnam.
            answeredAt: '2026-12-05T23:30:00.000Z',
          },
        ],
      }),
  });
}

describe('mastery formatting', () => {
  it('shows a mastery as a percentage and colours it against the target', () => {
    expect(masteryPercent(0.876)).toBe('88%');
    expect(masteryColor(0.3)).toBe('red');
    expect(masteryColor(0.6)).toBe('orange');
    expect(masteryColor(0.75)).toBe('lime');
    expect(masteryColor(0.85)).toBe('teal');
    expect(masteryColor(0.85, 0.9)).toBe('lime');
  });

  it('lists chapters with their lessons under them for the goal picker', () => {
    const lesson = {
      id: NUMBERS,
      subjectCode: 'toan',
      grade: 6,
      parentId: FRACTIONS,
      kind: 'lesson' as const,
      title: 'Rút gọn',
      position: 1,
      code: 'B1',
      series: '',
      outcomes: null,
    };
    const chapter = {
      ...lesson,
      id: FRACTIONS,
      parentId: null,
      kind: 'chapter' as const,
      title: 'Phân số',
      children: [lesson],
    };
    expect(topicOptions([chapter])).toEqual([
      { value: FRACTIONS, label: 'Phân số' },
      { value: NUMBERS, label: 'Phân số › Rút gọn' },
    ]);
  });
});

describe('estimated difficulty in the bank', () => {
  it('labels a question dễ / trung bình / khó with the share an average student gets right and the answers', () => {
    renderComponent(<EstimateBadge question={{ estimatedDifficulty: -1.2, difficultyAnswers: 14 }} />);
    expect(screen.getByTestId('estimate-badge').textContent).toBe('Ước lượng: Dễ · 77% · 14 lượt trả lời');
  });

  it('shows nothing before the first answer', () => {
    const { container } = renderComponent(
      <EstimateBadge question={{ estimatedDifficulty: null, difficultyAnswers: 0 }} />,
    );
    expect(container.querySelector('[data-testid="estimate-badge"]')).toBeNull();
  });
});

describe('the class mastery page', () => {
  it('shows topics weakest first, cells, the goal with who reached it, and a student history in Vietnam time', async () => {
    const server = teacherServer();
    renderApp(`/lop/${CLASS_ID}/thanh-thao`, server.fetch);
    const grid = await screen.findByTestId('mastery-table');
    const headers = within(grid)
      .getAllByTestId('mastery-topic')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Phân sốTrung bình lớp: 38%', 'Số tự nhiênTrung bình lớp: 81%']);
    const rows = within(grid).getAllByTestId('mastery-student');
    expect(rows[0]?.textContent).toContain('27%');
    expect(rows[1]?.textContent).toContain('—');
    const goal = screen.getByTestId('practice-goal');
    expect(goal.textContent).toContain('Đạt 80% trước hết ngày 13/12/2026');
    expect(goal.textContent).toContain('1/2 học sinh đã đạt');

    await userEvent.setup().click(within(grid).getByRole('button', { name: 'Nguyễn Văn An' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lịch sử luyện tập của Nguyễn Văn An' });
    await waitFor(() => expect(within(dialog).getByTestId('practice-history').textContent).toContain('Sai'));
    expect(within(dialog).getByTestId('practice-history').textContent).toContain('06/12/2026');
  });
});
