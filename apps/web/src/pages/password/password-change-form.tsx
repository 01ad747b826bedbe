import { endpoints, errorMessage } from '@hoclieu/contracts';
import { isStrongPassword } from '@hoclieu/domain';
import { Alert, Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { PasswordField } from '../../components/password-field';
import { useErrorText } from '../../components/use-error-text';
import { currentLanguage } from '../../i18n/language';
import { useSessionActions } from '../../session/use-session-actions';

/** Current + new password (typed twice). The new session replaces the old one, lifting a forced change. */
export function PasswordChangeForm({ onDone }: { onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const { remember } = useSessionActions();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const change = useMutation({
    mutationFn: () => api.call(endpoints.auth.changePassword, { body: { currentPassword, newPassword } }),
    onSuccess: (session) => {
      notifications.show({ color: 'teal', message: t('password.changed') });
      remember(session);
      onDone?.();
    },
  });

  const weak = submitted && !isStrongPassword(newPassword);
  const mismatch = submitted && repeated !== newPassword;
  const wrongCurrent = change.error instanceof ApiError && change.error.code === 'CURRENT_PASSWORD_WRONG';

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (currentPassword && isStrongPassword(newPassword) && repeated === newPassword) change.mutate();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        {change.isError && !wrongCurrent && (
          <Alert color="red" variant="light" role="alert">
            {errorText(change.error).text}
          </Alert>
        )}
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={wrongCurrent ? errorText(change.error).text : undefined}
        />
        <PasswordField
          label={t('password.new')}
          description={t('password.policy')}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(event) => setNewPassword(event.currentTarget.value)}
          error={weak ? errorMessage('PASSWORD_TOO_WEAK', currentLanguage(i18n)) : undefined}
        />
        <PasswordField
          label={t('password.confirm')}
          autoComplete="new-password"
          required
          value={repeated}
          onChange={(event) => setRepeated(event.currentTarget.value)}
          error={mismatch ? t('password.mismatch') : undefined}
        />
        <Button
          type="submit"
          loading={change.isPending}
          disabled={!currentPassword}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
