import { endpoints, type userSummarySchema } from '@hoclieu/contracts';
import { Button, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { endpointKey } from '../../api/use-api-query';
import { useApi } from '../../app/api-context';
import { ConfirmDialog } from '../org/confirm-dialog';
import { OneTimePassword } from '../org/one-time-password';

type UserSummary = z.infer<typeof userSummarySchema>;

/** "Cấp lại mật khẩu": confirm, then show the temporary password once (it is not stored in the page). */
export function ResetPasswordAction({
  user,
  confirm,
}: {
  user: UserSummary;
  /** Opened from elsewhere (a row menu): no button of its own. */
  confirm?: { opened: boolean; onClose: () => void };
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [confirmingHere, setConfirmingHere] = useState(false);
  const confirming = confirm ? confirm.opened : confirmingHere;
  const setConfirming = (opened: boolean) =>
    confirm && !opened ? confirm.onClose() : setConfirmingHere(opened);
  const reset = useMutation({
    mutationFn: () => api.call(endpoints.org.resetPassword, { params: { userId: user.id } }),
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.org.listUsers) });
    },
  });

  return (
    <>
      {!confirm && (
        <Button size="xs" variant="light" onClick={() => setConfirming(true)}>
          {t('users.reset')}
        </Button>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('users.reset')}
          text={t('users.resetConfirm', { name: user.fullName, username: user.username })}
          confirmLabel={t('users.reset')}
          danger
          mutation={reset}
          onClose={() => setConfirming(false)}
        />
      )}
      <Modal
        opened={reset.isSuccess}
        onClose={() => reset.reset()}
        title={t('users.resetDone', { username: reset.data?.username ?? '' })}
        centered
      >
        <Stack gap="md">
          <OneTimePassword password={reset.data?.temporaryPassword ?? ''} notice={t('users.resetOnce')} />
          <Button onClick={() => reset.reset()} style={{ alignSelf: 'flex-end' }}>
            {t('common.close')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
