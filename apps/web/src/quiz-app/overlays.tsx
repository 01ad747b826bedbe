import { type ReactNode, useEffect, useId, useRef } from 'react';
import { texts } from './texts';

/**
 * A modal layer: a dialog in the middle of the screen, or a sheet from the bottom on phones. Escape
 * and the backdrop close it, focus moves in (to `[data-autofocus]`, else the first button) and back
 * where it was on close; the page behind does not scroll.
 */
export function Overlay({
  title,
  sheet = false,
  onClose,
  children,
}: {
  title: string;
  sheet?: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const root = box.current;
    const first = root?.querySelector<HTMLElement>('[data-autofocus]') ?? root?.querySelector('button');
    first?.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current();
      if (event.key !== 'Tab' || !root) return;
      // Keep Tab inside the layer.
      const focusable = [...root.querySelectorAll<HTMLElement>('button, a[href], input, textarea')];
      const [start, end] = [focusable[0], focusable.at(-1)];
      if (event.shiftKey && document.activeElement === start) {
        event.preventDefault();
        end?.focus();
      } else if (!event.shiftKey && document.activeElement === end) {
        event.preventDefault();
        start?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
      before?.focus?.();
    };
  }, []);

  return (
    <div className={sheet ? 'q-layer q-layer-sheet' : 'q-layer'}>
      <div className="q-backdrop" aria-hidden="true" onClick={() => close.current()} />
      <div ref={box} role="dialog" aria-modal="true" aria-labelledby={titleId} className="q-dialog">
        <div className="q-dialog-head">
          <h2 id={titleId} className="q-h4">
            {title}
          </h2>
          <button
            type="button"
            className="q-btn q-btn-subtle q-btn-square"
            aria-label={texts.close}
            onClick={() => close.current()}
          >
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

/** "Nộp bài?" with what is left undone; submitting waits for every answer to reach the server. */
export function SubmitDialog({
  unanswered,
  flagged,
  offline,
  onClose,
  onConfirm,
}: {
  unanswered: number;
  flagged: number;
  offline: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  return (
    <Overlay title={texts.confirmTitle} onClose={onClose}>
      <div className="q-stack">
        <p className={unanswered > 0 ? 'q-strong q-danger' : undefined}>
          {unanswered > 0 ? texts.confirmUnanswered(unanswered) : texts.confirmAllDone}
        </p>
        {flagged > 0 && <p>{texts.confirmFlagged(flagged)}</p>}
        {offline && <p className="q-alert q-alert-warn">{texts.offlineWaiting}</p>}
        <p className="q-dimmed q-small">{texts.confirmNote}</p>
        <div className="q-row q-end">
          <button type="button" className="q-btn" onClick={onClose}>
            {texts.keepWorking}
          </button>
          <button type="button" className="q-btn q-btn-primary" onClick={onConfirm}>
            {texts.confirmSubmit}
          </button>
        </div>
      </div>
    </Overlay>
  );
}
