import { endpoints, type MaterialDetail } from '@hoclieu/contracts';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { useMaterialChanged } from './use-material-changed';

type Decision = { decision: 'approve' } | { decision: 'reject'; reason: string };

interface ReviewActionsProps {
  material: { id: string; title: string };
  onDecided?: (detail: MaterialDetail) => void;
  size?: 'xs' | 'sm';
}

/** Duyệt, or Từ chối with a reason the author will read. */
export function ReviewActions({ material, onDecided, size = 'sm' }: ReviewActionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const changed = useMaterialChanged();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (body: Decision) =>
      api.call(endpoints.materials.decide, { params: { materialId: material.id }, body }),
    onSuccess: (detail, body) => {
      changed(detail);
      setRejecting(false);
      notifications.show({
        color: body.decision === 'approve' ? 'teal' : 'orange',
        message: body.decision === 'approve' ? t('sharing.approved') : t('sharing.rejectedDone'),
      });
      onDecided?.(detail);
    },
  });
  const approving = decide.isPending && decide.variables?.decision === 'approve';
  return (
    <>
      <Stack gap="xs">
        <Group gap="xs">
          <Button
            size={size}
            color="teal"
            loading={approving}
            disabled={decide.isPending}
            onClick={() => decide.mutate({ decision: 'approve' })}
          >
            {t('sharing.approve')}
          </Button>
          <Button
            size={size}
            color="red"
            variant="light"
            disabled={decide.isPending}
            onClick={() => {
              decide.reset();
              setRejecting(true);
            }}
          >
            {t('sharing.reject')}
          </Button>
        </Group>
        {decide.isError && !rejecting && <ErrorAlert error={decide.error} />}
      </Stack>
      <Modal
        opened={rejecting}
        onClose={() => setRejecting(false)}
        title={t('sharing.rejectTitle', { title: material.title })}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ decision: 'reject', reason: reason.trim() });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('sharing.reason')}
              description={t('sharing.reasonHint')}
              withAsterisk
              autosize
              minRows={3}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
            {decide.isError && <ErrorAlert error={decide.error} />}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setRejecting(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={decide.isPending} disabled={reason.trim() === ''}>
                {t('sharing.reject')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
