import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import { FormButtons } from './form-buttons';

type ReviewDecision = { decision: 'approve' } | { decision: 'reject'; reason: string };

interface ReviewDecisionButtonsProps<T> {
  /** Names what is rejected in the dialog's title. */
  title: string;
  decide: (decision: ReviewDecision) => Promise<T>;
  onDecided: (result: T) => void;
  /** Tells the reviewer who reads the reason and why. */
  reasonHint: string;
  size?: 'xs' | 'sm';
}

/** Duyệt, or Từ chối with a reason the author will read: the same two steps for materials and questions. */
export function ReviewDecisionButtons<T>({
  title,
  decide,
  onDecided,
  reasonHint,
  size = 'sm',
}: ReviewDecisionButtonsProps<T>) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: decide,
    onSuccess: (result, body) => {
      setRejecting(false);
      notifications.show({
        color: body.decision === 'approve' ? 'teal' : 'orange',
        message: body.decision === 'approve' ? t('sharing.approved') : t('sharing.rejectedDone'),
      });
      onDecided(result);
    },
  });
  const approving = mutation.isPending && mutation.variables?.decision === 'approve';
  return (
    <>
      <Stack gap="xs">
        <Group gap="xs">
          <Button
            size={size}
            color="teal"
            loading={approving}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ decision: 'approve' })}
          >
            {t('sharing.approve')}
          </Button>
          <Button
            size={size}
            color="red"
            variant="light"
            disabled={mutation.isPending}
            onClick={() => {
              mutation.reset();
              setRejecting(true);
            }}
          >
            {t('sharing.reject')}
          </Button>
        </Group>
        {mutation.isError && !rejecting && <ErrorAlert error={mutation.error} />}
      </Stack>
      <Modal
        opened={rejecting}
        onClose={() => setRejecting(false)}
        title={t('sharing.rejectTitle', { title })}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            mutation.mutate({ decision: 'reject', reason: reason.trim() });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('sharing.reason')}
              description={reasonHint}
              withAsterisk
              autosize
              minRows={3}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
            {mutation.isError && <ErrorAlert error={mutation.error} />}
            <FormButtons
              onCancel={() => setRejecting(false)}
              saving={mutation.isPending}
              disabled={reason.trim() === ''}
              color="red"
              label={t('sharing.reject')}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
