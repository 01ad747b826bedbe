import type { AttemptResult, AttemptView } from '@hoclieu/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { goToLogin, type QuizApi, QuizApiError } from './api';
import { AttemptOutcome } from './attempt-outcome';
import { resumeFromSnapshot } from './attempt-snapshot';
import { ErrorNotice } from './error-notice';
import { keepPaperOffline } from './offline-worker';
import { takeStartedAttempt } from './open-quiz-page';
import { QuizSession } from './quiz-session';
import { serverClock } from './server-clock';
import { texts } from './texts';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  /** The device's time when the attempt was asked for: the server clock's offset comes from that pair. */
  | { kind: 'open'; view: AttemptView; requestedAt: number }
  | { kind: 'submitted'; result: AttemptResult };

const isUnauthenticated = (error: unknown) =>
  error instanceof QuizApiError && (error.status === 401 || error.code === 'UNAUTHENTICATED');

/** No network for the session: the paper may still come from the service worker; saves read it later. */
const sessionLater = (error: unknown) => {
  if (error instanceof QuizApiError && error.code === 'NETWORK_ERROR') return null;
  throw error;
};

/**
 * Làm bài, the light page: the session (for its csrf token) and the attempt read together, once;
 * answers move on without reading the attempt again. Signed out → the login page, back here after.
 */
export function QuizApp({ api, attemptId }: { api: QuizApi; attemptId: string }) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    // Just started from the list: the paper came with the start, no need to read it again.
    const started = takeStartedAttempt(attemptId);
    const requestedAt = started?.requestedAt ?? Date.now();
    Promise.all([api.me().catch(sessionLater), started?.view ?? api.attempt(attemptId)])
      .then(async ([, view]): Promise<Loaded> => {
        if (view.status === 'submitted') return { kind: 'submitted', result: await api.result(attemptId) };
        // Offline, the service worker replays the last paper: answers and clock come from the snapshot.
        const resumed = resumeFromSnapshot({ view, requestedAt });
        if (!resumed.replayed) void keepPaperOffline(view);
        return { kind: 'open', view: resumed.view, requestedAt: resumed.requestedAt };
      })
      .then(setState, (error: unknown) => {
        if (isUnauthenticated(error)) goToLogin();
        else setState({ kind: 'failed', error });
      });
  }, [api, attemptId]);

  useEffect(load, [load]);

  if (state.kind === 'open')
    return <OpenAttempt api={api} view={state.view} requestedAt={state.requestedAt} />;
  if (state.kind === 'submitted') return <AttemptOutcome reason="submitted" result={state.result} />;
  if (state.kind === 'failed')
    return (
      <main className="q-narrow">
        <ErrorNotice error={state.error} onRetry={load} />
        <p>
          <a href="/bai-kiem-tra">{texts.backToList}</a>
        </p>
      </main>
    );
  return (
    <p className="quiz-loading" role="status">
      {texts.loading}
    </p>
  );
}

function OpenAttempt({ api, view, requestedAt }: { api: QuizApi; view: AttemptView; requestedAt: number }) {
  const clock = useMemo(() => serverClock(view.serverNow, requestedAt), [view, requestedAt]);
  return <QuizSession api={api} view={view} clock={clock} />;
}
