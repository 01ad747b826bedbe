import { endpoints, type MaterialDetail } from '@hoclieu/contracts';
import { Alert, Button, Group, Stack, Switch, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useSession } from '../../session/session-context';
import { type SharedScope, submitScope } from './material-status';
import { ReviewActions } from './review-actions';
import { FeaturedBadge, StatusBadge } from './share-badges';
import { useMaterialChanged } from './use-material-changed';

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

/** Where the material is shared, the next step, the reviewer's buttons and the history of decisions. */
export function SharingPanel({ material }: { material: MaterialDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const changed = useMaterialChanged();
  const params = { materialId: material.id };
  const submit = useMutation({
    mutationFn: (scope: SharedScope) =>
      api.call(endpoints.materials.requestShare, { params, body: { scope } }),
    onSuccess: (detail, scope) => {
      changed(detail);
      notifications.show({
        color: 'teal',
        message: t('sharing.submitted', { level: t(`materials.levelOf.${scope}`) }),
      });
    },
  });
  const feature = useMutation({
    mutationFn: (featured: boolean) =>
      api.call(endpoints.materials.setFeatured, { params, body: { featured } }),
    onSuccess: (detail) => changed(detail),
  });
  const next = submitScope(material, user);
  const { permissions } = material;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <StatusBadge material={material} size="lg" />
        {material.featured && <FeaturedBadge size="lg" />}
      </Group>
      {material.rejectionReason && (
        <Alert color="red" variant="light" title={t('sharing.actions.rejected')}>
          {material.rejectionReason}
        </Alert>
      )}
      {next && (
        <Button
          onClick={() => submit.mutate(next)}
          loading={submit.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('sharing.submit', { level: t(`materials.levelOf.${next}`) })}
        </Button>
      )}
      {submit.isError && <ErrorAlert error={submit.error} />}
      {permissions.review && material.requestedScope && material.requestedScope !== 'private' && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('sharing.waiting', { level: t(`materials.levelOf.${material.requestedScope}`) })}
          </Text>
          <ReviewActions material={material} />
        </Stack>
      )}
      {permissions.feature && (
        <Switch
          label={t('sharing.featured')}
          checked={material.featured}
          disabled={feature.isPending}
          onChange={(event) => feature.mutate(event.currentTarget.checked)}
        />
      )}
      {feature.isError && <ErrorAlert error={feature.error} />}
      <DecisionTrail decisions={material.decisions} />
    </Stack>
  );
}
