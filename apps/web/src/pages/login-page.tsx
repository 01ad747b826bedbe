import { endpoints } from '@hoclieu/contracts';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context';
import { PasswordField } from '../components/password-field';
import { RouterAnchor } from '../components/router-links';
import { useErrorText } from '../components/use-error-text';
import { useSessionActions } from '../session/use-session-actions';
import { StandaloneCard } from '../shell/standalone-card';
import { DemoAccounts } from './demo-accounts';
import { setupStatusQuery } from './setup/setup-status';

const loginRoute = getRouteApi('/dang-nhap');

export function LoginPage() {
  const { t } = useTranslation();
  const api = useApi();
  const router = useRouter();
  const { next } = loginRoute.useSearch();
  const { remember } = useSessionActions();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const setup = useQuery(setupStatusQuery(api));
  const login = useMutation({
    mutationFn: () => api.call(endpoints.auth.login, { body: { username, password } }),
    onSuccess: (session) => {
      remember(session);
      router.history.push(next ?? '/');
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate();
  }

  return (
    <StandaloneCard
      width={420}
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      below={setup.data?.demo && <DemoAccounts onPick={setUsername} />}
    >
      {setup.data?.pending && (
        <Alert color="blue" variant="light" title={t('login.setupPendingTitle')}>
          <Text size="sm">{t('login.setupPending')}</Text>
          <RouterAnchor to="/cai-dat" size="sm">
            {t('login.setupLink')}
          </RouterAnchor>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {login.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorText(login.error).text}
            </Alert>
          )}
          <TextInput
            label={t('login.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            required
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
          />
          <PasswordField
            label={t('login.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={login.isPending} disabled={!username.trim() || !password} fullWidth>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </StandaloneCard>
  );
}
