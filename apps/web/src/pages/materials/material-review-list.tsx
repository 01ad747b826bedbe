import type { MaterialSummary } from '@hoclieu/contracts';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/router-links';
import { authorLine } from '../../components/sharing/author-line';
import { ReapprovalBadge, ReviewQueue } from '../../components/sharing/review-queue-item';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useSubjectLine } from './material-card';
import { ReviewActions } from './review-actions';
import { StatusBadge } from './share-badges';

/** Materials waiting for this reviewer, decided inline or from the detail page. */
export function MaterialReviewList({ items }: { items: MaterialSummary[] }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const subjectLine = useSubjectLine();
  return (
    <ReviewQueue
      items={items}
      label={(material) => material.title}
      empty={t('reviews.empty')}
      actions={(material) => <ReviewActions material={material} />}
    >
      {(material) => (
        <>
          <RouterAnchor to="/hoc-lieu/$materialId" params={{ materialId: material.id }} fw={600}>
            {material.title}
          </RouterAnchor>
          <Text size="xs" c="dimmed">
            {t(`materials.types.${material.type}`)} · {subjectLine(material)}
          </Text>
          <Text size="sm">{authorLine(material)}</Text>
          <Group gap="xs">
            <StatusBadge material={material} />
            <ReapprovalBadge item={material} />
            <Text size="xs" c="dimmed">
              {when.date(material.updatedAt)}
            </Text>
          </Group>
        </>
      )}
    </ReviewQueue>
  );
}
