import type { LectureState, LectureStatusValue } from '@hoclieu/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<LectureStatusValue, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  completed: 'teal',
  passed: 'green',
  failed: 'orange',
};

/** chưa học / đang học / đã hoàn thành / đạt / chưa đạt. */
export function LectureStatusBadge({
  status,
  state,
}: {
  status?: LectureStatusValue;
  state?: LectureState | null;
}) {
  const { t } = useTranslation();
  const value = status ?? state?.status ?? 'not_started';
  return (
    <Badge color={colors[value]} variant="light" style={{ flex: 'none' }} data-status={value}>
      {t(`lectures.status.${value}`)}
    </Badge>
  );
}
