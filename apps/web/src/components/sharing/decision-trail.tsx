import type { MaterialDetail } from '@hoclieu/contracts';
import { Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVietnamFormat } from '../vietnam-format';

const knownActions = ['submitted', 'approved', 'rejected', 'featured', 'unfeatured'] as const;
type KnownAction = (typeof knownActions)[number];
const isKnown = (action: string): action is KnownAction =>
  (knownActions as readonly string[]).includes(action);

/** Who asked, approved or rejected, when, and why. */
export function DecisionTrail({ decisions }: { decisions: MaterialDetail['decisions'] }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const actionName = (action: string) => (isKnown(action) ? t(`sharing.actions.${action}`) : action);
  if (decisions.length === 0) return null;
  return (
    <div>
      <Title order={3} fz="sm" mb="xs">
        {t('sharing.trail')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={decisions.length - 1}>
        {decisions.map((decision) => (
          <Timeline.Item
            key={`${decision.createdAt}-${decision.action}`}
            title={
              <Text size="sm" fw={600}>
                {decision.scope && decision.scope !== 'private'
                  ? t('sharing.trailEntry', {
                      action: actionName(decision.action),
                      scope: t(`materials.levelOf.${decision.scope}`),
                      actor: decision.actor,
                    })
                  : t('sharing.trailEntryNoScope', {
                      action: actionName(decision.action),
                      actor: decision.actor,
                    })}
              </Text>
            }
            color={decision.action === 'rejected' ? 'red' : 'teal'}
          >
            {decision.reason && <Text size="sm">{decision.reason}</Text>}
            <Text size="xs" c="dimmed">
              {when.dateTime(decision.createdAt)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </div>
  );
}
