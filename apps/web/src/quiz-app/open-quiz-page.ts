import type { AttemptView } from '@hoclieu/contracts';

/**
 * The quiz page (/lam-bai/<attemptId>) is a light entry of its own (quiz.html, src/quiz-app), not a
 * route of the main app: it is opened with a full navigation. An attempt just started hands its
 * paper over through sessionStorage, so the paper crosses a weak network once.
 */
export const quizPageUrl = (attemptId: string) => `/lam-bai/${encodeURIComponent(attemptId)}`;

/** An attempt with the device's time when it was asked for: the server clock's offset comes from that pair. */
export interface StartedAttempt {
  view: AttemptView;
  requestedAt: number;
}

/** How long a handed-over paper stays usable (the quiz page normally reads it within a second). */
const FRESH_MS = 60_000;

const startedKeyOf = (attemptId: string) => `hoclieu.attempt.${attemptId}.started`;

export function openQuizPage(started: StartedAttempt) {
  try {
    sessionStorage.setItem(startedKeyOf(started.view.id), JSON.stringify(started));
  } catch {
    // Full or forbidden: the quiz page reads the attempt itself.
  }
  window.location.assign(quizPageUrl(started.view.id));
}

/** The paper handed over by `openQuizPage`, once, if still fresh. */
export function takeStartedAttempt(attemptId: string, now = Date.now()): StartedAttempt | null {
  try {
    const key = startedKeyOf(attemptId);
    const raw = sessionStorage.getItem(key);
    if (raw === null) return null;
    sessionStorage.removeItem(key);
    const started = JSON.parse(raw) as StartedAttempt;
    const age = now - started.requestedAt;
    if (started.view?.id !== attemptId || !(age >= 0 && age < FRESH_MS)) return null;
    return started;
  } catch {
    return null;
  }
}
