import { endpoints } from '@hoclieu/contracts';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { RouterAnchor } from '../../components/router-links';
import { useSubjectLine } from './material-card';
import { ReviewActions } from './review-actions';
import { StatusBadge } from './share-badges';

/** Duyệt học liệu: what waits for this reviewer's decision, decided inline or from the detail page. */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const queue = useApiQuery(endpoints.materials.reviewQueue, {});
  const subjectLine = useSubjectLine();
  return (
    <Stack gap={0}>
      <PageHeader title={t('reviews.title')} description={t('reviews.intro')} />
      <QueryView query={queue}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{t('reviews.empty')}</Text>
          ) : (
            <Stack gap="sm">
              {data.items.map((material) => (
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
                      <Text size="sm">
                        {[material.author.fullName, material.school?.name].filter(Boolean).join(' · ')}
                      </Text>
                      <Group gap="xs">
                        <StatusBadge material={material} />
                        <Text size="xs" c="dimmed">
                          {new Date(material.updatedAt).toLocaleDateString(i18n.language)}
                        </Text>
                      </Group>
                    </Stack>
                    <ReviewActions material={material} />
                  </Group>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
