import type { PracticeFeedback, PracticeNext, PracticeProgress } from '@hoclieu/contracts';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createQuizApi } from '../src/quiz-app/api';
import { PracticeApp } from '../src/quiz-app/practice-app';
import { practiceOutbox } from '../src/quiz-app/practice-outbox';
import { fakeFetch, json } from './fake-api';
import { studentSession } from './quiz-fixtures';

const TOPIC = {
  id: '7a1c1a52-6a2a-4d38-9a55-4c5b0a0f3c01',
  title: 'Chương VI. Phân số',
  subject: { code: 'toan', name: 'Toán' },
  grade: 6,
};
const QUESTION_ID = '8a1c1a52-6a2a-4d38-9a55-4c5b0a0f3c02';

const progress: PracticeProgress = {
  topics: [{ ...TOPIC, mastery: 0.5, answers: 2, correct: 1, dueReviews: 1, available: 3 }],
};
const served: PracticeNext = {
  item: {
    ticket: 'signed.ticket',
    topic: TOPIC,
    review: false,
    mastery: 0.5,
    question: {
      key: QUESTION_ID,
      type: 'single_choice',
      stem: '<p>Phân số nào bằng một nửa?</p>',
      options: [
        { id: 'A', display: 'A', html: '2/4' },
        { id: 'B', display: 'B', html: '3/4' },
      ],
      statements: [],
      points: 1,
    },
  },
};
const feedback = (answerId: string): PracticeFeedback => ({
  answerId,
  questionId: QUESTION_ID,
  status: 'correct',
  score: 1,
  key: { choice: 'A' },
  solution: '<p>Nhân cả tử và mẫu với 2.</p>',
  mastery: { topicId: TOPIC.id, before: 0.5, after: 0.58 },
  reviewAt: null,
});

/** The practice API with a network the test can cut. */
function practiceServer() {
  const network = { up: true };
  const server = fakeFetch({
    'GET /api/auth/me': () => json(200, studentSession()),
    'GET /api/practice/progress': () => json(200, progress),
    'GET /api/practice/next': () => json(200, served),
    'POST /api/practice/answers': (request) => {
      if (!network.up) throw new TypeError('Failed to fetch');
      return json(200, feedback(JSON.parse(request.body ?? '{}').answerId));
    },
  });
  return { ...server, network };
}

afterEach(() => localStorage.clear());

describe('practice page (Luyện tập, light entry)', () => {
  it('lists topics with mastery, serves a question, keeps the answer through a network drop', async () => {
    const server = practiceServer();
    render(<PracticeApp api={createQuizApi(server.fetch)} />);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Chương VI. Phân số' })).toBeTruthy();
    expect(screen.getByText('Mức thành thạo: 50%')).toBeTruthy();
    expect(screen.getByText('1 câu cần ôn')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Luyện tập' }));
    expect(server.requests.at(-1)?.url).toBe(`/api/practice/next?topicId=${TOPIC.id}`);

    await user.click(await screen.findByRole('radio', { name: /^A\./ }));
    server.network.up = false;
    await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText(/^Mất mạng/)).toBeTruthy();
    // Kept on the device while it waits: a reload would send it again.
    expect(practiceOutbox().read()?.body).toMatchObject({ ticket: 'signed.ticket', answer: { choice: 'A' } });

    server.network.up = true;
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText('Đúng rồi!', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Đáp án đúng: A')).toBeTruthy();
    expect(screen.getByText('Mức thành thạo: 50% → 58%')).toBeTruthy();
    const posts = server.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body ?? '{}'));
    expect(posts.length).toBeGreaterThanOrEqual(2);
    // Every try is the same answer: the server counts it once.
    expect(new Set(posts.map((p) => p.answerId)).size).toBe(1);
    expect(posts[0].answerId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    await waitFor(() => expect(practiceOutbox().read()).toBeNull());
  });

  it('sends an answer left from the last visit before anything else', async () => {
    const server = practiceServer();
    const answerId = '9a1c1a52-6a2a-4d38-9a55-4c5b0a0f3c03';
    const item = served.item;
    if (!item) throw new Error('fixture');
    practiceOutbox().keep({ body: { answerId, ticket: item.ticket, answer: { choice: 'B' } }, item });
    render(<PracticeApp api={createQuizApi(server.fetch)} />);
    expect(await screen.findByText('Đúng rồi!')).toBeTruthy();
    const post = server.requests.find((r) => r.method === 'POST');
    expect(JSON.parse(post?.body ?? '{}')).toMatchObject({ answerId, answer: { choice: 'B' } });
  });
});
