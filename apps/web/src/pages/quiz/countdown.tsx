import { Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRemaining, type ServerClock, WARNING_MS } from './server-clock';
import { useCountdown } from './use-countdown';

interface CountdownProps {
  deadlineAt: string;
  clock: ServerClock;
  onExpire: () => void;
  /** Each second's time left, for the page to act on without re-rendering the paper every second. */
  onTick?: (left: number) => void;
}

/** Time left by the server's clock; red in the last five minutes. */
export function Countdown({ deadlineAt, clock, onExpire, onTick }: CountdownProps) {
  const { t } = useTranslation();
  const left = useCountdown(deadlineAt, clock, onExpire);
  const tick = useRef(onTick);
  tick.current = onTick;
  useEffect(() => tick.current?.(left), [left]);
  const warning = left <= WARNING_MS;
  return (
    <Text
      role="timer"
      aria-label={t('quiz.timeLeft')}
      fw={700}
      fz="xl"
      c={warning ? 'red.7' : undefined}
      data-warning={warning || undefined}
      className="quiz-countdown"
    >
      {formatRemaining(left)}
    </Text>
  );
}
