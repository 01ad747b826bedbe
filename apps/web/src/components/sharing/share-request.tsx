import type { ShareScope } from '@hoclieu/contracts';
import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

export type SharedScope = Exclude<ShareScope, 'private'>;

/** "Gửi duyệt" of a material or question at a level: the item as saved goes to `onChanged`, then a notice. */
export function useShareRequest<D>(
  requestShare: (scope: SharedScope) => Promise<D>,
  onChanged: (detail: D) => void,
) {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: requestShare,
    onSuccess: (detail, scope) => {
      onChanged(detail);
      notifications.show({
        color: 'teal',
        message: t('sharing.submitted', { level: t(`materials.levelOf.${scope}`) }),
      });
    },
  });
}

interface ShareRequestButtonProps extends ButtonProps {
  /** A first request ("Gửi duyệt cấp trường") or one sent again after a rejection. */
  action: 'submit' | 'resubmit';
  scope: SharedScope;
  request: UseMutationResult<unknown, Error, SharedScope>;
}

/** The button that asks for `scope` with a request of `useShareRequest`. */
export function ShareRequestButton({ action, scope, request, ...button }: ShareRequestButtonProps) {
  const { t } = useTranslation();
  return (
    <Button {...button} onClick={() => request.mutate(scope)} loading={request.isPending}>
      {t(`sharing.${action}`, { level: t(`materials.levelOf.${scope}`) })}
    </Button>
  );
}
