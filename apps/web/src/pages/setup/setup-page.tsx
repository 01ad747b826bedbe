import { endpoints } from '@hoclieu/contracts';
import { Alert, Button, Center, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { PasswordField } from '../../components/password-field';
import { RouterAnchor } from '../../components/router-links';
import { useErrorText } from '../../components/use-error-text';
import { useSessionActions } from '../../session/use-session-actions';
import { LanguageSwitch } from '../../shell/language-switch';
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
  const [token, setToken] = useState(search.token ?? '');
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
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
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={480} gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" c="teal.8">
            {t('app.productName')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
          {done ? (
            <Stack gap="md">
              <Title order={1} fz="h2">
                {t('setup.title')}
              </Title>
              <Alert color="teal" variant="light">
                {t('setup.done')}
              </Alert>
              <RouterAnchor to="/dang-nhap">{t('setup.toLogin')}</RouterAnchor>
            </Stack>
          ) : (
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <div>
                  <Title order={1} fz="h2">
                    {t('setup.title')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('setup.subtitle')}
                  </Text>
                </div>
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
                    value={token}
                    onChange={(event) => setToken(event.currentTarget.value)}
                  />
                )}
                <TextInput
                  label={t('login.username')}
                  description={t('setup.usernameHint')}
                  name="username"
                  autoComplete="username"
                  autoCapitalize="none"
                  required
                  value={username}
                  onChange={(event) => setUsername(event.currentTarget.value)}
                />
                <TextInput
                  label={t('setup.fullName')}
                  name="name"
                  autoComplete="name"
                  required
                  value={fullName}
                  onChange={(event) => setFullName(event.currentTarget.value)}
                />
                <PasswordField
                  label={t('login.password')}
                  description={t('password.policy')}
                  name="new-password"
                  autoComplete="new-password"
                  required
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                />
                <PasswordField
                  label={t('setup.confirm')}
                  name="confirm-password"
                  autoComplete="new-password"
                  required
                  error={mismatch ? t('password.mismatch') : undefined}
                  value={confirm}
                  onChange={(event) => setConfirm(event.currentTarget.value)}
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
          )}
        </Paper>
      </Stack>
    </Center>
  );
}
