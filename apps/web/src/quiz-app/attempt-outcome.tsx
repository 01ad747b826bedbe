import type { AttemptResult } from '@hoclieu/contracts';
import type { SyncState } from './answer-queue';
import { ErrorNotice } from './error-notice';
import type { FinishPhase, FinishReason } from './hooks';
import { SyncIndicator } from './session-status';
import { texts } from './texts';

/** Between the last answer and the result: answers going out (or waiting for the network), then the submission. */
export function FinishingView({
  phase,
  sync,
  onRetry,
}: {
  phase: Extract<FinishPhase, { kind: 'finishing' | 'failed' }>;
  sync: SyncState;
  onRetry: () => void;
}) {
  return (
    <main className="q-card q-narrow q-stack q-center">
      <h1 className="q-h2">{phase.reason === 'timeUp' ? texts.timeUp : texts.submitting}</h1>
      {phase.kind === 'finishing' ? (
        <>
          <span className="q-spinner" role="progressbar" aria-label={texts.submitting} />
          <SyncIndicator sync={sync} />
          {sync.status === 'offline' ? (
            <p className="q-alert q-alert-warn">{texts.offlineWaiting}</p>
          ) : (
            <p>{texts.sendingPending}</p>
          )}
        </>
      ) : (
        <>
          <p className="q-strong">{texts.finishFailed}</p>
          <ErrorNotice error={phase.error} onRetry={onRetry} />
        </>
      )}
    </main>
  );
}

const titles = { submitted: texts.submitted, timeUp: texts.timeUp, closed: texts.closed };
const notes = { submitted: null, timeUp: texts.timeUpText, closed: texts.closedText };

/** After the attempt: the score when released, else the promise of results later. */
export function AttemptOutcome({ reason, result }: { reason: FinishReason; result: AttemptResult }) {
  const note = notes[reason];
  return (
    <main className="q-card q-narrow q-stack q-center">
      <h1 className="q-h2">{titles[reason]}</h1>
      {note && <p>{note}</p>}
      {result.released && result.score !== null ? (
        <div>
          <p className="q-dimmed">{texts.score}</p>
          <p className="q-score">{texts.scoreValue(result.score, result.maxScore)}</p>
        </div>
      ) : (
        <p className="q-strong">{texts.resultLater}</p>
      )}
      <div className="q-stack q-full">
        {result.released && (
          <a className="q-btn q-btn-primary" href={`/ket-qua/${result.id}`}>
            {result.review ? texts.viewReview : texts.viewOwnAnswers}
          </a>
        )}
        <a className="q-btn" href="/bai-kiem-tra">
          {texts.backToList}
        </a>
      </div>
    </main>
  );
}
