import { endpoints } from '@hoclieu/contracts';
import { Alert, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context';
import { CardForm } from '../components/card-form';
import { PasswordField } from '../components/password-field';
import { RouterAnchor } from '../components/router-links';
import { useTextFields } from '../components/use-text-fields';
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
  const { values, set, bind } = useTextFields({ username: '', password: '' });
  const { username, password } = values;
  const setup = useQuery(setupStatusQuery(api));
  const login = useMutation({
    mutationFn: () => api.call(endpoints.auth.login, { body: { username, password } }),
    onSuccess: (session) => {
      remember(session);
      router.history.push(next ?? '/');
    },
  });

  return (
    <StandaloneCard
      width={420}
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      below={setup.data?.demo && <DemoAccounts onPick={(picked) => set('username', picked)} />}
    >
      {setup.data?.pending && (
        <Alert color="blue" variant="light" title={t('login.setupPendingTitle')}>
          <Text size="sm">{t('login.setupPending')}</Text>
          <RouterAnchor to="/cai-dat" size="sm">
            {t('login.setupLink')}
          </RouterAnchor>
        </Alert>
      )}
      <CardForm
        mutation={login}
        onSubmit={() => login.mutate()}
        submit={{ label: t('login.submit'), disabled: !username.trim() || !password }}
      >
        <TextInput
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          required
          {...bind('username')}
        />
        <PasswordField
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          {...bind('password')}
        />
      </CardForm>
    </StandaloneCard>
  );
}
