import { endpoints } from '@hoclieu/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';

/** How many materials wait for the reviewer's decision, next to "Duyệt học liệu"; nothing when none. */
export function ReviewCountBadge() {
  const { t } = useTranslation();
  const count = useApiQuery(
    endpoints.materials.reviewQueue,
    {},
    { select: (data) => data.items.length, refetchInterval: 60_000 },
  );
  if (!count.data) return null;
  return (
    <Badge size="sm" circle color="red" aria-label={t('nav.reviewsPending', { count: count.data })}>
      {count.data}
    </Badge>
  );
}
