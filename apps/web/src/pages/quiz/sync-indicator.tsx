import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncState } from './answer-queue';

const colors = {
  saved: 'teal.8',
  saving: 'dimmed',
  offline: 'red.7',
  failing: 'red.7',
  closed: 'dimmed',
} as const;

/** Đã lưu / Đang lưu… / Mất mạng – N câu chờ gửi, announced politely to screen readers. */
export function SyncIndicator({ sync }: { sync: SyncState }) {
  const { t } = useTranslation();
  const text =
    sync.status === 'offline' || sync.status === 'failing'
      ? t(`quiz.sync.${sync.status}`, { count: sync.pending })
      : t(`quiz.sync.${sync.status}`);
  return (
    <Text
      role="status"
      aria-live="polite"
      size="sm"
      fw={600}
      c={colors[sync.status]}
      className="quiz-sync"
      data-status={sync.status}
    >
      {text}
    </Text>
  );
}
