import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { quizPageUrl } from '../src/quiz-app/open-quiz-page';
import { fakeFetch, json } from './fake-api';
import { choiceContent } from './question-fixtures';
import {
  ASSIGNMENT_ID,
  ATTEMPT_ID,
  assignmentOf,
  attemptResultOf,
  attemptViewOf,
  OTHER_ASSIGNMENT_ID,
  studentSession,
} from './quiz-fixtures';
import { mainNavLink, openApp, renderApp } from './render-app';

const openQuizPage = vi.hoisted(() => vi.fn());
vi.mock('../src/quiz-app/open-quiz-page', async (original) => ({
  ...(await original<typeof import('../src/quiz-app/open-quiz-page')>()),
  openQuizPage,
}));

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

describe('student tests list', () => {
  it('lists assigned tests by state and starts one straight into the quiz', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, studentSession()),
      'GET /api/assignments': () =>
        json(200, {
          items: [
            assignmentOf({
              id: OTHER_ASSIGNMENT_ID,
              title: 'Kiểm tra giữa kì',
              opensAt: hours(-3),
              closesAt: hours(-1),
              released: true,
              myAttempts: [
                { id: '7f1c1a52-6a2a-4d38-9a55-4c5b0a0f3e09', status: 'submitted', score: 8.5, maxScore: 10 },
              ],
            }),
            assignmentOf({
              id: '5a1c1a52-6a2a-4d38-9a55-4c5b0a0f3d03',
              title: 'Ôn tập chương 2',
              opensAt: hours(24),
              closesAt: hours(26),
            }),
            assignmentOf({ opensAt: hours(-1), closesAt: hours(2) }),
          ],
        }),
      [`POST /api/assignments/${ASSIGNMENT_ID}/attempts`]: () => json(200, attemptViewOf()),
    });
    const { user } = openApp('/bai-kiem-tra', server.fetch);

    expect(await mainNavLink('Bài kiểm tra')).toBeTruthy();
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      'Kiểm tra 15 phút – Phân số',
      'Ôn tập chương 2',
      'Kiểm tra giữa kì',
    ]);
    const [open, upcoming, done] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(open.textContent).toContain('Đang mở');
    expect(open.textContent).toMatch(/Còn (1|2) giờ \d+ phút/);
    expect(upcoming.textContent).toContain('Chưa mở');
    expect(within(upcoming).queryByRole('button')).toBeNull();
    expect(done.textContent).toContain('Đã nộp');
    expect(done.textContent).toContain('Điểm: 8,5/10');
    expect(within(done).getByRole('link', { name: 'Xem kết quả' })).toBeTruthy();

    await user.click(within(open).getByRole('button', { name: 'Làm bài' }));
    // The quiz page is its own light entry: a full navigation, with the paper that came with the start.
    await waitFor(() => expect(openQuizPage).toHaveBeenCalled());
    expect(openQuizPage.mock.calls[0]?.[0]?.view).toEqual(attemptViewOf());
    expect(quizPageUrl(ATTEMPT_ID)).toBe(`/lam-bai/${ATTEMPT_ID}`);
  });
});

describe('result page', () => {
  /** The student's result page, served this result. */
  const openResultPage = (result: ReturnType<typeof attemptResultOf>) => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, studentSession()),
      [`GET /api/attempts/${ATTEMPT_ID}/result`]: () => json(200, result),
    });
    renderApp(`/ket-qua/${ATTEMPT_ID}`, server.fetch);
  };

  it('shows the score and, after release, each answer beside the key', async () => {
    openResultPage(
      attemptResultOf({
        released: true,
        score: 7.5,
        review: [
          {
            key: '1',
            number: '1',
            // Key A; the student chose B.
            content: { ...choiceContent(), solution: '1/2 + 1/3 = 5/6' },
            answer: { choice: 'B' },
            result: { key: '1', score: 0, max: 0.25, status: 'wrong' },
          },
        ],
      }),
    );

    expect(await screen.findByText('7,5/10')).toBeTruthy();
    const item = screen.getByRole('article', { name: 'Câu 1' });
    expect(item.textContent).toContain('Sai');
    expect(item.textContent).toContain('0/0,25 điểm');
    expect(within(item).getByText('Bạn chọn')).toBeTruthy();
    expect(within(item).getByText(/Đáp án đúng/)).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Xem lời giải' })).toBeTruthy();
  });

  it('says results come later until they are released', async () => {
    openResultPage(attemptResultOf());

    expect(await screen.findByText('Kết quả sẽ được công bố sau.')).toBeTruthy();
    expect(screen.getByText('Bài chữa sẽ có khi kết quả được công bố.')).toBeTruthy();
  });

  it('shows the score and own answers, and when the keys come, while classmates can still answer', async () => {
    openResultPage(
      attemptResultOf({
        released: true,
        score: 7.5,
        ownAnswers: [
          {
            key: '1',
            number: '1',
            type: 'single_choice',
            stem: 'Giá trị của 1/2 + 1/2 là',
            options: [
              { display: 'A', html: '0' },
              { display: 'B', html: '2' },
            ],
            statements: [],
            answer: { choice: 'B' },
          },
          {
            key: '2',
            number: '2',
            type: 'essay',
            stem: 'So sánh hai phân số.',
            options: [],
            statements: [],
            answer: { text: 'Quy đồng mẫu số.' },
          },
        ],
        // 09:41 UTC is 16:41 in Vietnam.
        reviewHold: { reason: 'classmates_answering', until: '2026-11-20T09:41:00.000Z' },
      }),
    );

    expect(await screen.findByText('7,5/10')).toBeTruthy();
    expect(
      screen.getByText(
        'Đáp án và lời giải sẽ hiện sau 16:41 20/11/2026 (giờ Việt Nam), khi cả lớp đã hết thời gian làm bài.',
      ),
    ).toBeTruthy();
    const choice = screen.getByRole('article', { name: 'Câu 1' });
    expect(within(choice).getByText('Bạn chọn')).toBeTruthy();
    expect(within(choice).queryByText(/Đáp án đúng|Sai|Đúng/)).toBeNull();
    expect(screen.getByRole('article', { name: 'Câu 2' }).textContent).toContain('Quy đồng mẫu số.');
  });

  it('tells a student with a retake left why the keys wait', async () => {
    openResultPage(
      attemptResultOf({
        released: true,
        score: 5,
        ownAnswers: [],
        reviewHold: { reason: 'retake_left', until: null },
      }),
    );

    expect(
      await screen.findByText(
        'Bạn còn lượt làm lại: đáp án và lời giải sẽ hiện khi bạn đã dùng hết lượt làm bài.',
      ),
    ).toBeTruthy();
  });
});
