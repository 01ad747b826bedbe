import type { MaterialSummary } from '@hoclieu/contracts';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/router-links';
import { authorLine } from '../../components/sharing/author-line';
import { QueueDecision, ReapprovalBadge } from '../../components/sharing/review-queue-item';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useSubjectLine } from './material-card';
import { ReviewActions } from './review-actions';
import { StatusBadge } from './share-badges';

/** Materials waiting for this reviewer, decided inline or from the detail page. */
export function MaterialReviewList({ items }: { items: MaterialSummary[] }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const subjectLine = useSubjectLine();
  if (items.length === 0) return <Text c="dimmed">{t('reviews.empty')}</Text>;
  return (
    <Stack gap="sm">
      {items.map((material) => (
        <Paper
          key={material.id}
          withBorder
          p="md"
          radius="md"
          component="article"
          aria-label={material.title}
        >
          <Group justify="space-between" align="center" gap="md">
            <Stack gap={4} miw={220} style={{ flex: 1 }}>
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
            </Stack>
            <QueueDecision item={material} actions={<ReviewActions material={material} />} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
