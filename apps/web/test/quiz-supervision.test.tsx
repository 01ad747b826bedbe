import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createQuizApi } from '../src/quiz-app/api';
import { QuizApp } from '../src/quiz-app/quiz-app';
import { apiError, fakeFetch, json } from './fake-api';
import { ATTEMPT_ID, attemptResultOf, attemptViewOf, studentSession } from './quiz-fixtures';

const ANSWERS = `/api/attempts/${ATTEMPT_ID}/answers`;

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('exam supervision on the quiz page', () => {
  it('tells the student, names the device on every call and sends absences with the saves', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, studentSession()),
      [`GET /api/attempts/${ATTEMPT_ID}`]: () => json(200, attemptViewOf()),
      [`PUT ${ANSWERS}`]: (request) =>
        json(200, {
          seq: (JSON.parse(request.body ?? '{}') as { seq: number }).seq,
          savedAt: '2020-01-01T08:01:00.000Z',
        }),
      [`POST /api/attempts/${ATTEMPT_ID}/submit`]: () => json(200, attemptResultOf()),
    });
    render(<QuizApp api={createQuizApi(server.fetch)} attemptId={ATTEMPT_ID} />);
    expect(await screen.findByText(/Hệ thống ghi lại khi bạn rời trang làm bài/)).toBeTruthy();
    const device = server.requests[0]?.headers.get('x-hoclieu-device');
    expect(device).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(server.requests.every((r) => r.headers.get('x-hoclieu-device') === device)).toBe(true);

    // Let React run the page's effects (the tracker's listeners) before the page is hidden: the text
    // can show before they run on a loaded machine.
    await act(async () => {});
    act(() => setVisibility('hidden'));
    // The queue writes to IndexedDB before it sends: slow on a loaded CI machine.
    await waitFor(() => expect(server.requests.some((r) => r.method === 'PUT')).toBe(true), {
      timeout: 10_000,
    });
    const [first] = server.requests.filter((r) => r.method === 'PUT').map((r) => JSON.parse(r.body ?? '{}'));
    expect(first).toMatchObject({ seq: 0, answers: [], events: [{ kind: 'hidden', durationMs: null }] });
    expect(
      server.requests
        .filter((r) => r.method === 'PUT')
        .every((r) => r.headers.get('x-hoclieu-device') === device),
    ).toBe(true);
    act(() => setVisibility('visible'));
  });

  it('says so when the attempt is locked to another device, and never claims it was submitted', async () => {
    const server = fakeFetch({
      'GET /api/auth/me': () => json(200, studentSession()),
      [`GET /api/attempts/${ATTEMPT_ID}`]: () => json(200, attemptViewOf()),
      [`PUT ${ANSWERS}`]: () => apiError(409, 'ATTEMPT_DEVICE_LOCKED'),
      [`POST /api/attempts/${ATTEMPT_ID}/submit`]: () => apiError(409, 'ATTEMPT_DEVICE_LOCKED'),
    });
    render(<QuizApp api={createQuizApi(server.fetch)} attemptId={ATTEMPT_ID} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'B. 1' }));
    expect(
      await screen.findByText(/đang mở trên thiết bị khác/, { selector: '[role="alert"]' }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Đã nộp bài' })).toBeNull();
  });
});
