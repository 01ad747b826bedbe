import { messageOf } from './api';
import { texts } from './texts';

/** An error as the server worded it, with its request id and a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const requestId =
    error && typeof error === 'object' && 'requestId' in error && typeof error.requestId === 'string'
      ? error.requestId
      : null;
  return (
    <div role="alert" className="q-alert q-alert-error q-stack q-tight">
      <p>{messageOf(error)}</p>
      {requestId && <p className="q-xsmall q-dimmed">{texts.requestId(requestId)}</p>}
      {onRetry && (
        <div>
          <button type="button" className="q-btn q-btn-compact" onClick={onRetry}>
            {texts.retry}
          </button>
        </div>
      )}
    </div>
  );
}
