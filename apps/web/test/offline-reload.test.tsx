import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQuizApi } from '../src/quiz-app/api';
import { QuizApp } from '../src/quiz-app/quiz-app';
import { fakeFetch, json } from './fake-api';
import { ATTEMPT_ID, attemptViewOf, OPTION_IDS, studentSession } from './quiz-fixtures';

const ANSWERS = `/api/attempts/${ATTEMPT_ID}/answers`;
const syncText = () => document.querySelector('.quiz-sync')?.textContent;
const offline = () => {
  throw new TypeError('Failed to fetch');
};

/**
 * The server as the page sees it: `paper` is what GET /api/attempts/<id> answers (offline, the
 * service worker's copy of the last paper); the session and saves fail while the network is down.
 */
function server(network: { up: boolean }) {
  const paper = attemptViewOf();
  return fakeFetch({
    'GET /api/auth/me': () => (network.up ? json(200, studentSession()) : offline()),
    [`GET /api/attempts/${ATTEMPT_ID}`]: () => json(200, paper),
    [`PUT ${ANSWERS}`]: (request) => {
      if (!network.up) offline();
      const { seq } = JSON.parse(request.body ?? '{}') as { seq: number };
      return json(200, { seq, savedAt: '2020-01-01T08:01:00.000Z' });
    },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the quiz page reloaded without a network', () => {
  it('shows the answers saved since the cached paper and the queued one, counts down from the kept clock, syncs later', async () => {
    const network = { up: true };
    const online = server(network);
    const first = render(<QuizApp api={createQuizApi(online.fetch)} attemptId={ATTEMPT_ID} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'B. 1' }));
    await waitFor(() => expect(syncText()).toBe('Đã lưu'));
    expect(screen.getByRole('timer').textContent).toMatch(/^(45:00|44:5\d)$/);
    first.unmount();

    // Ten minutes later, offline: the same cached paper (no answer in it, its serverNow long past).
    const now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now + 10 * 60_000);
    network.up = false;
    const replay = server(network);
    render(<QuizApp api={createQuizApi(replay.fetch)} attemptId={ATTEMPT_ID} />);
    const saved = (await screen.findByRole('radio', { name: 'B. 1' })) as HTMLInputElement;
    expect(saved.checked).toBe(true);
    // 45 minutes from the kept offset, not from the stale copy's serverNow.
    expect(screen.getByRole('timer').textContent).toMatch(/^(35:00|34:5\d)$/);

    await user.click(screen.getByRole('radio', { name: 'D. 3' }));
    await waitFor(() => expect(syncText()).toBe('Mất mạng – 1 câu chờ gửi'));

    network.up = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(syncText()).toBe('Đã lưu'));
    const puts = replay.requests.filter((r) => r.method === 'PUT');
    // The session was read before the save (the page opened without one), with its csrf token.
    expect(puts.at(-1)?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(JSON.parse(puts.at(-1)?.body ?? 'null')).toEqual({
      seq: 2,
      answers: [{ key: '1', answer: { choice: OPTION_IDS.D } }],
    });
  });
});
