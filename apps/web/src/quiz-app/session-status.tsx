import { useEffect, useRef, useState } from 'react';
import type { SyncState } from './answer-queue';
import { formatRemaining, type ServerClock, WARNING_MS } from './server-clock';
import { syncText, texts } from './texts';
import { passedTimeMark } from './time-notices';
import { useCountdown } from './use-countdown';

/** Time left by the server's clock; red in the last five minutes. */
export function Countdown({
  deadlineAt,
  clock,
  onExpire,
  onTick,
}: {
  deadlineAt: string;
  clock: ServerClock;
  onExpire: () => void;
  onTick: (left: number) => void;
}) {
  const left = useCountdown(deadlineAt, clock, onExpire);
  const tick = useRef(onTick);
  tick.current = onTick;
  useEffect(() => tick.current(left), [left]);
  const [notice, setNotice] = useState<number | null>(null);
  const before = useRef(left);
  useEffect(() => {
    const mark = passedTimeMark(before.current, left);
    before.current = left;
    if (mark !== null) setNotice(mark);
  }, [left]);
  const warning = left <= WARNING_MS;
  return (
    <>
      {/* A timer is not live: its seconds are read on demand, the notice below speaks at 10, 5 and 1 minutes. */}
      <span
        role="timer"
        aria-live="off"
        aria-label={texts.timeLeft}
        data-warning={warning || undefined}
        className="quiz-countdown"
      >
        {formatRemaining(left)}
      </span>
      <span role="status" aria-live="polite" className="visually-hidden" data-testid="time-notice">
        {notice !== null ? texts.minutesLeft(notice) : ''}
      </span>
    </>
  );
}

/** Đã lưu / Đang lưu… / Mất mạng – N câu chờ gửi, announced politely to screen readers. */
export function SyncIndicator({ sync }: { sync: SyncState }) {
  return (
    <span role="status" aria-live="polite" className="quiz-sync" data-status={sync.status}>
      {syncText(sync)}
    </span>
  );
}
