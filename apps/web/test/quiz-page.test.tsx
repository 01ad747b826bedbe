import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { storageKeyOf } from '../src/quiz-app/answer-queue';
import { createQuizApi } from '../src/quiz-app/api';
import { QuizApp } from '../src/quiz-app/quiz-app';
import { apiError, fakeFetch, json, type RecordedRequest } from './fake-api';
import { ATTEMPT_ID, attemptResultOf, attemptViewOf, OPTION_IDS, studentSession } from './quiz-fixtures';

// Signing in is the main app's page: the quiz page only goes there.
const goToLogin = vi.hoisted(() => vi.fn());
vi.mock('../src/quiz-app/api', async (original) => ({
  ...(await original<typeof import('../src/quiz-app/api')>()),
  goToLogin,
}));

/** The light quiz page (quiz.html) as it starts for /lam-bai/<ATTEMPT_ID>. */
const renderQuiz = (fetch: typeof globalThis.fetch) =>
  render(<QuizApp api={createQuizApi(fetch)} attemptId={ATTEMPT_ID} />);

const ANSWERS = `/api/attempts/${ATTEMPT_ID}/answers`;
const syncText = () => document.querySelector('.quiz-sync')?.textContent;
const saveBodies = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.method === 'PUT').map((r) => JSON.parse(r.body ?? 'null'));

/** A server whose network the test can cut. */
function quizServer(view = attemptViewOf()) {
  const network = { up: true };
  const server = fakeFetch({
    'GET /api/auth/me': () => json(200, studentSession()),
    [`GET /api/attempts/${ATTEMPT_ID}`]: () => json(200, view),
    [`PUT ${ANSWERS}`]: (request) => {
      if (!network.up) throw new TypeError('Failed to fetch');
      const { seq } = JSON.parse(request.body ?? '{}') as { seq: number };
      return json(200, { seq, savedAt: '2020-01-01T08:01:00.000Z' });
    },
    [`POST /api/attempts/${ATTEMPT_ID}/submit`]: () => json(200, attemptResultOf()),
    [`GET /api/attempts/${ATTEMPT_ID}/result`]: () => json(200, attemptResultOf()),
  });
  return { ...server, network };
}

describe('quiz page', () => {
  it('saves answers, keeps them while offline, syncs when back online, then submits', async () => {
    const server = quizServer();
    renderQuiz(server.fetch);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Câu 1' })).toBeTruthy();
    expect(screen.getByText(/Mã đề 102/)).toBeTruthy();
    // The server's clock says 45 minutes are left, whatever year the device thinks it is.
    expect(screen.getByRole('timer', { name: 'Thời gian còn lại' }).textContent).toMatch(/^(45:00|44:5\d)$/);
    // KaTeX's output from the server, shown as it came.
    expect(document.querySelector('.quiz-stem .katex-mathml math mfrac')).not.toBeNull();

    // The student taps the paper's "B" (the question's original "C"): the save names its id, no letter.
    await user.click(screen.getByRole('radio', { name: 'B. 1' }));
    await waitFor(() =>
      expect(saveBodies(server.requests)).toEqual([
        { seq: 1, answers: [{ key: '1', answer: { choice: OPTION_IDS.C } }] },
      ]),
    );
    // The session's csrf token goes with every save.
    expect(server.requests.find((r) => r.method === 'PUT')?.headers.get('x-csrf-token')).toBe('csrf-123');
    await waitFor(() => expect(syncText()).toBe('Đã lưu'));

    server.network.up = false;
    await user.click(screen.getByRole('button', { name: /Câu sau/ }));
    const statementA = await screen.findByRole('group', { name: /^a\)/ });
    await user.click(within(statementA).getByRole('button', { name: 'Đúng' }));
    await waitFor(() => expect(syncText()).toBe('Mất mạng – 1 câu chờ gửi'));
    const stored = JSON.parse(localStorage.getItem(storageKeyOf(ATTEMPT_ID)) ?? 'null');
    expect(stored.pending).toEqual({ '2': { answer: { statements: { a: true } }, seq: 2 } });

    server.network.up = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(syncText()).toBe('Đã lưu'));
    expect(saveBodies(server.requests).at(-1)).toEqual({
      seq: 2,
      answers: [{ key: '2', answer: { statements: { a: true } } }],
    });

    await user.click(screen.getByRole('button', { name: 'Nộp bài' }));
    const dialog = await screen.findByRole('dialog');
    // Question 2 has one statement of four; 3, 4.1 and 4.2 are empty.
    expect(dialog.textContent).toContain('Còn 4 câu chưa trả lời xong.');
    await user.click(within(dialog).getByRole('button', { name: 'Nộp bài' }));

    expect(await screen.findByRole('heading', { name: 'Đã nộp bài' })).toBeTruthy();
    expect(screen.getByText('Đã nộp bài – kết quả sẽ được công bố sau.')).toBeTruthy();
    expect(localStorage.getItem(storageKeyOf(ATTEMPT_ID))).toBeNull();
  });

  it('resumes with the server answers and the newer ones queued on this device, on one page if chosen', async () => {
    localStorage.setItem('hoclieu.quiz.layout', 'all');
    localStorage.setItem(
      storageKeyOf(ATTEMPT_ID),
      JSON.stringify({
        seq: 4,
        ackedSeq: 2,
        pending: {
          '1': { answer: { choice: OPTION_IDS.A }, seq: 2 },
          '3': { answer: { text: '0,5' }, seq: 4 },
        },
      }),
    );
    const server = quizServer(attemptViewOf({ answers: { '1': { choice: OPTION_IDS.B } }, seq: 3 }));
    renderQuiz(server.fetch);

    // Every question is on the page; the server's "B" is the paper's "A".
    expect(await screen.findByRole('heading', { name: 'Câu 4' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'A. 2' }) as HTMLInputElement).checked).toBe(true);
    const [shortAnswer] = screen.getAllByRole('textbox', { name: /Đáp án/ });
    expect((shortAnswer as HTMLInputElement).value).toBe('0,5');
    expect(shortAnswer?.getAttribute('inputmode')).toBe('decimal');
    await waitFor(() =>
      expect(saveBodies(server.requests)).toEqual([
        { seq: 4, answers: [{ key: '3', answer: { text: '0,5' } }] },
      ]),
    );
  });

  it('counts down from the server clock, red at the end, and submits what is left when time runs out', async () => {
    localStorage.setItem(
      storageKeyOf(ATTEMPT_ID),
      JSON.stringify({ seq: 1, ackedSeq: 0, pending: { '3': { answer: { text: '0,5' }, seq: 1 } } }),
    );
    const server = quizServer(
      attemptViewOf({ serverNow: '2020-01-01T08:44:57.000Z', deadlineAt: '2020-01-01T08:45:00.000Z' }),
    );
    renderQuiz(server.fetch);

    const timer = await screen.findByRole('timer');
    expect(timer.textContent).toMatch(/^0:0[0-3]$/);
    expect(timer.getAttribute('data-warning')).toBe('true');

    expect(await screen.findByRole('heading', { name: 'Đã hết giờ' })).toBeTruthy();
    expect(await screen.findByText('Đã nộp bài – kết quả sẽ được công bố sau.')).toBeTruthy();
    const calls = server.requests.map((r) => `${r.method} ${new URL(r.url, 'http://x').pathname}`);
    expect(calls.indexOf(`PUT ${ANSWERS}`)).toBeGreaterThan(-1);
    expect(calls.indexOf(`PUT ${ANSWERS}`)).toBeLessThan(
      calls.indexOf(`POST /api/attempts/${ATTEMPT_ID}/submit`),
    );
  });

  it('stops sending and shows the result once the server says the attempt is closed', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, studentSession()),
      [`GET /api/attempts/${ATTEMPT_ID}`]: () => json(200, attemptViewOf()),
      [`PUT ${ANSWERS}`]: () => apiError(409, 'ATTEMPT_CLOSED'),
      [`GET /api/attempts/${ATTEMPT_ID}/result`]: () =>
        json(200, attemptResultOf({ released: true, score: 7.5 })),
    });
    renderQuiz(server.fetch);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'A. 2' }));
    expect(await screen.findByRole('heading', { name: 'Bài đã đóng' })).toBeTruthy();
    expect(screen.getByText('7,5/10')).toBeTruthy();
    // Score released, keys held: the link leads to the student's own answers.
    expect(screen.getByRole('link', { name: 'Xem bài làm của bạn' }).getAttribute('href')).toBe(
      `/ket-qua/${ATTEMPT_ID}`,
    );
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(server.requests.some((r) => r.url.endsWith('/submit'))).toBe(false);
  });

  it('flags questions and jumps to them from the question list', async () => {
    const server = quizServer();
    renderQuiz(server.fetch);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Đánh dấu/ }));
    const list = screen.getByRole('complementary', { name: 'Danh sách câu' });
    expect(within(list).getByRole('button', { name: 'Câu 1, chưa làm, đã đánh dấu' })).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: 'Câu 3, chưa làm' }));
    expect(await screen.findByRole('heading', { name: 'Câu 3' })).toBeTruthy();
    expect(screen.getByText('Câu 3/4')).toBeTruthy();
  });

  it('takes the paper handed over by the start instead of reading it again', async () => {
    sessionStorage.setItem(
      `hoclieu.attempt.${ATTEMPT_ID}.started`,
      JSON.stringify({ view: attemptViewOf({ versionCode: '205' }), requestedAt: Date.now() }),
    );
    const server = quizServer();
    renderQuiz(server.fetch);
    expect(await screen.findByText(/Mã đề 205/)).toBeTruthy();
    expect(server.requests.some((r) => r.method === 'GET' && r.url === `/api/attempts/${ATTEMPT_ID}`)).toBe(
      false,
    );
    expect(sessionStorage.getItem(`hoclieu.attempt.${ATTEMPT_ID}.started`)).toBeNull();
  });

  it('sends a signed-out student to the login page and shows the server message for other errors', async () => {
    renderQuiz(
      fakeFetch({
        'GET /api/auth/me': () => apiError(401, 'UNAUTHENTICATED'),
        [`GET /api/attempts/${ATTEMPT_ID}`]: () => apiError(401, 'UNAUTHENTICATED'),
      }).fetch,
    );
    await waitFor(() => expect(goToLogin).toHaveBeenCalled());
    render(
      <QuizApp
        api={createQuizApi(
          fakeFetch({
            'GET /api/auth/me': () => json(200, studentSession()),
            [`GET /api/attempts/${ATTEMPT_ID}`]: () => apiError(404, 'NOT_FOUND', 'Không tìm thấy bài làm.'),
          }).fetch,
        )}
        attemptId={ATTEMPT_ID}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Không tìm thấy bài làm.');
  });
});
