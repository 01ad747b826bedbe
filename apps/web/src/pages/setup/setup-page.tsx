import { endpoints } from '@hoclieu/contracts';
import { Alert, Button, Code, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { PasswordField } from '../../components/password-field';
import { RouterAnchor } from '../../components/router-links';
import { useErrorText } from '../../components/use-error-text';
import { useSessionActions } from '../../session/use-session-actions';
import { StandaloneCard } from '../../shell/standalone-card';
import { setupStatusQuery } from './setup-status';

const setupRoute = getRouteApi('/cai-dat');

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
  const errorText = useErrorText();
  const search = setupRoute.useSearch();
  const status = useQuery(setupStatusQuery(api));
  const [form, setForm] = useState({
    token: search.token ?? '',
    username: '',
    fullName: '',
    password: '',
    confirm: '',
  });
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setForm((current) => ({ ...current, [key]: value }));
    },
  });
  const { token, username, fullName, password, confirm } = form;
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

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!mismatch) create.mutate();
  }

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
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {create.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorText(create.error).text}
            </Alert>
          )}
          {!search.token && (
            <TextInput
              label={t('setup.token')}
              description={t('setup.tokenHint')}
              name="token"
              autoComplete="off"
              autoCapitalize="none"
              required
              {...field('token')}
            />
          )}
          <TextInput
            label={t('login.username')}
            description={t('setup.usernameHint')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            required
            {...field('username')}
          />
          <TextInput
            label={t('setup.fullName')}
            name="name"
            autoComplete="name"
            required
            {...field('fullName')}
          />
          <PasswordField
            label={t('login.password')}
            description={t('password.policy')}
            name="new-password"
            autoComplete="new-password"
            required
            {...field('password')}
          />
          <PasswordField
            label={t('setup.confirm')}
            name="confirm-password"
            autoComplete="new-password"
            required
            error={mismatch ? t('password.mismatch') : undefined}
            {...field('confirm')}
          />
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!token.trim() || !username.trim() || !fullName.trim() || !password || mismatch}
            fullWidth
          >
            {t('setup.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('setup.cliHint')} <Code>pnpm cli admin create --username … --name "…"</Code>
          </Text>
        </Stack>
      </form>
    </StandaloneCard>
  );
}
