import { endpoints, type MyShareDecision } from '@hoclieu/contracts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { PageSection } from '../../components/page-section';
import { QueryView } from '../../components/query-view';
import { MathText } from '../../components/rich-content/math-text';
import { RouterAnchor } from '../../components/router-links';
import { useVietnamFormat } from '../../components/vietnam-format';

function ItemLink({ decision }: { decision: MyShareDecision }) {
  const { t } = useTranslation();
  const title = decision.title || t('myDecisions.question');
  return decision.kind === 'material' ? (
    <RouterAnchor to="/hoc-lieu/$materialId" params={{ materialId: decision.itemId }} fw={600}>
      {title}
    </RouterAnchor>
  ) : (
    <RouterAnchor to="/ngan-hang-cau-hoi/$questionId" params={{ questionId: decision.itemId }} fw={600}>
      <MathText text={title} />
    </RouterAnchor>
  );
}

/** Kết quả duyệt gần đây: what reviewers decided on the author's own materials and questions. */
export function RecentDecisions() {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const decisions = useApiQuery(endpoints.shareDecisions.mine, { query: { limit: 10 } });
  return (
    <PageSection title={t('myDecisions.title')}>
      <QueryView query={decisions}>
        {({ items }) =>
          items.length === 0 ? (
            <Text c="dimmed">{t('myDecisions.empty')}</Text>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((decision) => {
                const level = t(`materials.levelOf.${decision.scope ?? 'private'}`);
                return (
                  <li key={`${decision.kind}-${decision.itemId}-${decision.createdAt}`}>
                    <Group gap="xs" wrap="wrap">
                      <Badge color={decision.action === 'rejected' ? 'red' : 'teal'} variant="light">
                        {t(`myDecisions.${decision.action}`, { level })}
                      </Badge>
                      <Text size="sm" c="dimmed">
                        {t(`myDecisions.${decision.kind}`)}
                      </Text>
                      <ItemLink decision={decision} />
                    </Group>
                    {decision.reason && (
                      <Text size="sm" c="red.8">
                        {t('myDecisions.reason', { reason: decision.reason })}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t('myDecisions.by', { actor: decision.actor, at: when.dateTime(decision.createdAt) })}
                    </Text>
                  </li>
                );
              })}
            </Stack>
          )
        }
      </QueryView>
    </PageSection>
  );
}
