import { useEffect, useRef, useState } from 'react';
import { remainingMs, type ServerClock } from './server-clock';

/**
 * Milliseconds left to the deadline by the server's clock, updated at each whole second; calls
 * `onExpire` once when it reaches zero. Each tick reads the clock again, so a sleeping phone
 * shows the right time as soon as it wakes.
 */
export function useCountdown(deadlineAt: string, clock: ServerClock, onExpire: () => void): number {
  const [left, setLeft] = useState(() => remainingMs(deadlineAt, clock));
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const now = remainingMs(deadlineAt, clock);
      setLeft(now);
      if (now <= 0) {
        expire.current();
        return;
      }
      timer = setTimeout(tick, now % 1000 || 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [deadlineAt, clock]);

  return left;
}
