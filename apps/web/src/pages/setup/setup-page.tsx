import { endpoints } from '@hoclieu/contracts';
import { Alert, Code, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { CardForm } from '../../components/card-form';
import { PasswordField } from '../../components/password-field';
import { RouterAnchor } from '../../components/router-links';
import { useTextFields } from '../../components/use-text-fields';
import { useSessionActions } from '../../session/use-session-actions';
import { StandaloneCard } from '../../shell/standalone-card';
import { setupStatusQuery } from './setup-status';

const setupRoute = getRouteApi('/cai-dat');

/** The plain text inputs of the form, in order; the token's is asked only when the link did not carry it. */
const textInputs = [
  { key: 'token', label: 'setup.token', hint: 'setup.tokenHint', autoComplete: 'off', lowercase: true },
  {
    key: 'username',
    label: 'login.username',
    hint: 'setup.usernameHint',
    autoComplete: 'username',
    lowercase: true,
  },
  { key: 'fullName', label: 'setup.fullName', hint: null, autoComplete: 'name', lowercase: false },
] as const;

/**
 * Cài đặt lần đầu: with the token the server printed at start, the first system administrator is
 * created and signed in. Once one exists the page only points to the sign-in page.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const api = useApi();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { remember } = useSessionActions();
  const search = setupRoute.useSearch();
  const status = useQuery(setupStatusQuery(api));
  const { values, bind } = useTextFields({
    token: search.token ?? '',
    username: '',
    fullName: '',
    password: '',
    confirm: '',
  });
  const { token, username, fullName, password, confirm } = values;
  const mismatch = confirm.length > 0 && confirm !== password;
  const create = useMutation({
    mutationFn: () =>
      api.call(endpoints.setup.createFirstAdmin, {
        body: { token: token.trim(), username, fullName, password },
      }),
    onSuccess: (session) => {
      remember(session);
      queryClient.setQueryData(setupStatusQuery(api).queryKey, { pending: false, demo: false });
      router.history.push('/');
    },
  });

  const done = status.data && !status.data.pending;
  if (done)
    return (
      <StandaloneCard width={480} title={t('setup.title')}>
        <Alert color="teal" variant="light">
          {t('setup.done')}
        </Alert>
        <RouterAnchor to="/dang-nhap">{t('setup.toLogin')}</RouterAnchor>
      </StandaloneCard>
    );
  return (
    <StandaloneCard width={480} title={t('setup.title')} subtitle={t('setup.subtitle')}>
      <CardForm
        mutation={create}
        onSubmit={() => {
          if (!mismatch) create.mutate();
        }}
        submit={{
          label: t('setup.submit'),
          disabled: !token.trim() || !username.trim() || !fullName.trim() || !password || mismatch,
        }}
        footer={
          <Text size="xs" c="dimmed">
            {t('setup.cliHint')} <Code>pnpm cli admin create --username … --name "…"</Code>
          </Text>
        }
      >
        {textInputs
          .filter((input) => input.key !== 'token' || !search.token)
          .map((input) => (
            <TextInput
              key={input.key}
              label={t(input.label)}
              description={input.hint && t(input.hint)}
              name={input.key === 'fullName' ? 'name' : input.key}
              autoComplete={input.autoComplete}
              autoCapitalize={input.lowercase ? 'none' : undefined}
              required
              {...bind(input.key)}
            />
          ))}
        <PasswordField
          label={t('login.password')}
          description={t('password.policy')}
          name="new-password"
          autoComplete="new-password"
          required
          {...bind('password')}
        />
        <PasswordField
          label={t('setup.confirm')}
          name="confirm-password"
          autoComplete="new-password"
          required
          error={mismatch ? t('password.mismatch') : undefined}
          {...bind('confirm')}
        />
      </CardForm>
    </StandaloneCard>
  );
}
