import { endpoints, type MaterialDetail } from '@hoclieu/contracts';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { ShareRequestButton, useShareRequest } from '../../components/sharing/share-request';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useMaterialChanged } from './use-material-changed';

type Decision = MaterialDetail['decisions'][number];

/** The last sharing decision when it is a rejection nobody has acted on yet (no new request). */
function standingRejection(material: MaterialDetail): Decision | null {
  const sharingDecisions = material.decisions.filter((d) =>
    ['submitted', 'approved', 'rejected'].includes(d.action),
  );
  const last = sharingDecisions.at(-1);
  if (last?.action !== 'rejected' || material.requestedScope !== null) return null;
  return last;
}

/**
 * A rejected request, where the author sees it first: the reviewer's reason, and what to do about it
 * ("Sửa học liệu", then "Gửi duyệt lại" at the same level).
 */
export function RejectionNotice({ material, onEdit }: { material: MaterialDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const when = useVietnamFormat();
  const changed = useMaterialChanged();
  const rejection = standingRejection(material);
  const scope = rejection?.scope && rejection.scope !== 'private' ? rejection.scope : null;
  const resubmit = useShareRequest(
    (level) =>
      api.call(endpoints.materials.requestShare, {
        params: { materialId: material.id },
        body: { scope: level },
      }),
    changed,
  );
  if (!rejection || !material.permissions.edit) return null;
  const reason = rejection.reason ?? material.rejectionReason;
  return (
    <Alert color="red" variant="light" mb="lg" title={t('materialEdit.rejectedTitle')} role="alert">
      <Stack gap="xs">
        {reason && <Text fw={600}>{t('materialEdit.reason', { reason })}</Text>}
        <Text size="sm" c="dimmed">
          {t('materialEdit.rejectedBy', { actor: rejection.actor, at: when.dateTime(rejection.createdAt) })}
        </Text>
        <Text size="sm">{t('materialEdit.rejectedHint')}</Text>
        <Group gap="sm">
          <Button variant="default" onClick={onEdit}>
            {t('materialEdit.title')}
          </Button>
          {scope && <ShareRequestButton action="resubmit" scope={scope} request={resubmit} color="red" />}
        </Group>
        {resubmit.isError && <ErrorAlert error={resubmit.error} />}
      </Stack>
    </Alert>
  );
}
