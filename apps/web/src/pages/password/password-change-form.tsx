import { endpoints, errorMessage } from '@hoclieu/contracts';
import { isStrongPassword } from '@hoclieu/domain';
import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { FormError } from '../../components/form-error';
import { PasswordField } from '../../components/password-field';
import { useErrorText } from '../../components/use-error-text';
import { useTextFields } from '../../components/use-text-fields';
import { currentLanguage } from '../../i18n/language';
import { useSessionActions } from '../../session/use-session-actions';

/** The current password, then the new one typed twice. */
const passwordInputs = [
  { key: 'currentPassword', label: 'password.current', hint: null, autoComplete: 'current-password' },
  { key: 'newPassword', label: 'password.new', hint: 'password.policy', autoComplete: 'new-password' },
  { key: 'repeated', label: 'password.confirm', hint: null, autoComplete: 'new-password' },
] as const;

/** Current + new password (typed twice). The new session replaces the old one, lifting a forced change. */
export function PasswordChangeForm({ onDone }: { onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const { remember } = useSessionActions();
  const { values, bind } = useTextFields({ currentPassword: '', newPassword: '', repeated: '' });
  const { currentPassword, newPassword, repeated } = values;
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
  const errors = {
    currentPassword: wrongCurrent ? errorText(change.error).text : undefined,
    newPassword: weak ? errorMessage('PASSWORD_TOO_WEAK', currentLanguage(i18n)) : undefined,
    repeated: mismatch ? t('password.mismatch') : undefined,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (currentPassword && isStrongPassword(newPassword) && repeated === newPassword) change.mutate();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        {change.isError && !wrongCurrent && <FormError error={change.error} />}
        {passwordInputs.map((input) => (
          <PasswordField
            key={input.key}
            label={t(input.label)}
            description={input.hint && t(input.hint)}
            autoComplete={input.autoComplete}
            required
            {...bind(input.key)}
            error={errors[input.key]}
          />
        ))}
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
