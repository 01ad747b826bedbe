import { endpoints } from '@hoclieu/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';

const options = { select: (data: { items: unknown[] }) => data.items.length, refetchInterval: 60_000 };

/** How many materials and questions wait for the reviewer's decision, next to "Duyệt"; nothing when none. */
export function ReviewCountBadge() {
  const { t } = useTranslation();
  const materials = useApiQuery(endpoints.materials.reviewQueue, {}, options);
  const questions = useApiQuery(endpoints.questions.reviewQueue, {}, options);
  // One queue failing (an older server without questions) must not hide the other's count.
  const count = (materials.data ?? 0) + (questions.data ?? 0);
  if (!count) return null;
  return (
    <Badge size="sm" circle color="red" role="img" aria-label={t('nav.reviewsPending', { count })}>
      {count}
    </Badge>
  );
}
